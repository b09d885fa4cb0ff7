// Starts the production server (`next start`, after the build), runs the browser tests against it (all, or
// those named on the command line), stops it.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { startNext } from './server.mjs';

const server = await startNext({ quiet: false });
// `node e2e/run.mjs pages security` runs e2e/pages.test.mjs and e2e/security.test.mjs only.
const only = process.argv.slice(2).map((name) => `${name}.test.mjs`);
const files = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.test.mjs') && (only.length === 0 || only.includes(f)))
  .map((f) => new URL(f, import.meta.url).pathname);
const tests = spawn(process.execPath, ['--test', '--test-concurrency=1', ...files], {
  stdio: 'inherit',
  env: { ...process.env, BASE_URL: server.url },
});
tests.on('exit', (code) => {
  server.stop();
  process.exit(code ?? 1);
});
