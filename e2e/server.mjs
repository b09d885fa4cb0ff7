// Starts the production server (`next start`) on a free localhost port and waits until it answers:
// used by the browser tests (e2e/run.mjs) and the benchmarks (bench/server.mjs).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const projectRoot = new URL('..', import.meta.url).pathname;

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
 * `next start` on a free localhost port. localhost and no -H: with -H 127.0.0.1, Next 16.4 treats the
 * proxy's 404 rewrites as external (it compares the rewrite's "localhost" origin with the bound address)
 * and proxies them to itself. Node runs Next's bin directly rather than through npx, so that the process
 * tree the benchmarks measure is the server's alone.
 */
export async function startNext({ quiet = true } = {}) {
  const port = await freePort();
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port)], {
    cwd: projectRoot,
    // The pseudo-locale's pages (/en-XA/…) answer only on test servers (e2e/pseudo-locale.test.mjs).
    env: { ...process.env, SERVE_PSEUDO_LOCALE: '1' },
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
