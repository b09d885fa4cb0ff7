// All benchmarks in one command: `npm run bench`.
import { spawnSync } from 'node:child_process';

const steps = [
  ['build.mjs', process.execPath, [new URL('build.mjs', import.meta.url).pathname]],
  ['page-weight.mjs', process.execPath, [new URL('page-weight.mjs', import.meta.url).pathname]],
  ['decoder.ts', 'npx', ['tsx', '--tsconfig', 'tsconfig.json', new URL('decoder.ts', import.meta.url).pathname]],
];
for (const [name, command, args] of steps) {
  console.log(`\n# ${name}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
