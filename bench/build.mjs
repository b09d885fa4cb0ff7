// Full production build: wall time, peak memory (GNU time), prerendered page count and .next size.
// Usage: node bench/build.mjs
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

rmSync(new URL('../.next', import.meta.url), { recursive: true, force: true });
const started = Date.now();
const run = spawnSync('/usr/bin/time', ['-v', 'npx', 'next', 'build'], { encoding: 'utf8' });
const seconds = (Date.now() - started) / 1000;
if (run.status !== 0) {
  console.error(run.stdout, run.stderr);
  process.exit(1);
}
const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] ?? NaN);
const manifest = JSON.parse(readFileSync(new URL('../.next/prerender-manifest.json', import.meta.url), 'utf8'));
const size = execFileSync('du', ['-sh', '.next'], { encoding: 'utf8' }).split('\t')[0];
console.table([
  {
    'build time': `${seconds.toFixed(1)} s`,
    'peak memory': `${(peakKb / 1024).toFixed(0)} MB`,
    'prerendered routes': Object.keys(manifest.routes).length,
    '.next size': size,
  },
]);
