// Shared by the benchmarks that need the production server: start `next start`, wait for it, measure it.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

const projectRoot = new URL('..', import.meta.url).pathname;

/** Exits with a clear message when there is no production build to serve. */
export function requireBuild(script) {
  // csp-hashes.json: the step after `next build` without which prerendered pages get no working policy.
  if (['.next/BUILD_ID', '.next/csp-hashes.json'].every((file) => existsSync(`${projectRoot}${file}`))) return;
  console.error(`${script} serves the production build, and there is none: run \`npm run build\` first.`);
  process.exit(1);
}

export const freePort = () =>
  new Promise((resolve) => {
    const srv = createServer().listen(0, () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

export async function waitFor(url, ms = 60_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      await fetch(url, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`server did not answer at ${url}`);
}

/**
 * `next start` on a free localhost port, as e2e/run.mjs does (and, like it, without -H: with
 * -H 127.0.0.1 Next 16.4 proxies the proxy's 404 rewrites to itself). Node runs Next's bin directly
 * rather than through npx, so that the process tree measured is the server's alone.
 */
export async function startNext({ quiet = true } = {}) {
  const port = await freePort();
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port)], {
    cwd: projectRoot,
    stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'],
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
  };
  process.on('exit', stop);
  const url = `http://localhost:${port}`;
  await waitFor(url);
  return { url, port, pid: child.pid, stop };
}

// A child is listed under the thread that started it, so every thread's list is read.
const childrenOf = (pid) => {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
};

const rssKb = (pid) => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
};

// utime + stime, fields 14 and 15 of /proc/<pid>/stat (after the parenthesised name), in clock ticks.
const TICKS_PER_SECOND = 100;
const cpuTicks = (pid) => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
};

const tree = (pid) => {
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...childrenOf(all[i]));
  return all;
};

/** Resident memory of a process and all its descendants, in MB. */
export const treeRssMb = (pid) => tree(pid).reduce((sum, p) => sum + rssKb(p), 0) / 1024;

/**
 * CPU time used so far by a process and its descendants, in ms. Unlike requests per second, CPU time
 * per request hardly depends on what else the machine is running.
 */
export const treeCpuMs = (pid) => (tree(pid).reduce((sum, p) => sum + cpuTicks(p), 0) * 1000) / TICKS_PER_SECOND;
