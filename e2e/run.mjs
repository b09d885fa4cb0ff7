// Starts the production server (`next start`, after the build), runs the browser tests against it, stops it.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { startNext } from './server.mjs';

const server = await startNext({ quiet: false });
const files = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.test.mjs'))
  .map((f) => new URL(f, import.meta.url).pathname);
const tests = spawn(process.execPath, ['--test', '--test-concurrency=1', ...files], {
  stdio: 'inherit',
  env: { ...process.env, BASE_URL: server.url },
});
tests.on('exit', (code) => {
  server.stop();
  process.exit(code ?? 1);
});
