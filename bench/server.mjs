// Shared by the benchmarks that need the production server: require a build, start it, measure it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export { freePort, startNext, waitFor } from '../e2e/server.mjs';

const projectRoot = new URL('..', import.meta.url).pathname;

/** Exits with a clear message when there is no production build to serve. */
export function requireBuild(script) {
  // csp-hashes.json: the step after `next build` without which prerendered pages get no working policy.
  if (['.next/BUILD_ID', '.next/csp-hashes.json'].every((file) => existsSync(`${projectRoot}${file}`))) return;
  console.error(`${script} serves the production build, and there is none: run \`npm run build\` first.`);
  process.exit(1);
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

/**
 * The V8 flags `npm start` gives the server (the start script of `dir`'s package.json), for benchmarks
 * that start `next start` themselves and must measure the server as it runs.
 */
export const startFlags = (dir) => JSON.parse(readFileSync(`${dir}/package.json`, 'utf8')).scripts.start.match(/--[\w-]+=\d+/g) ?? [];
