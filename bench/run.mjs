// All benchmarks in one command: `npm run bench`.
import { spawnSync } from 'node:child_process';

for (const script of ['build.mjs', 'page-weight.mjs']) {
  console.log(`\n# ${script}`);
  const { status } = spawnSync(process.execPath, [new URL(script, import.meta.url).pathname], { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
