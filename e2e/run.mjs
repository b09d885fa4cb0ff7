// Starts the production server (`next start`, after `next build`), runs the browser tests against it, stops it.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createServer } from 'node:net';

const freePort = () =>
  new Promise((resolve) => {
    const srv = createServer().listen(0, () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

async function waitFor(url, ms = 60_000) {
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

const port = await freePort();
// localhost and no -H: with -H 127.0.0.1, Next 16.4 treats the proxy's 404 rewrites as external
// (it compares the rewrite's "localhost" origin with the bound address) and proxies them to itself.
const baseURL = `http://localhost:${port}`;
const server = spawn('npx', ['next', 'start', '-p', String(port)], {
  stdio: ['ignore', 'inherit', 'inherit'],
  detached: true,
});
const stop = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {}
};
process.on('exit', stop);

await waitFor(baseURL);
const files = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.test.mjs'))
  .map((f) => new URL(f, import.meta.url).pathname);
const tests = spawn(process.execPath, ['--test', '--test-concurrency=1', ...files], {
  stdio: 'inherit',
  env: { ...process.env, BASE_URL: baseURL },
});
tests.on('exit', (code) => {
  stop();
  process.exit(code ?? 1);
});
