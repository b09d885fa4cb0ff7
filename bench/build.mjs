// Full production build (`npm run build`: next build, then the pages' CSP hashes): wall time, peak
// memory (GNU time), prerendered page count and .next size.
// Usage: node bench/build.mjs
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

export function measureBuild() {
  rmSync(new URL('../.next', import.meta.url), { recursive: true, force: true });
  const started = Date.now();
  const run = spawnSync('/usr/bin/time', ['-v', 'npm', 'run', 'build'], { encoding: 'utf8' });
  const seconds = (Date.now() - started) / 1000;
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    process.exit(1);
  }
  const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] ?? NaN);
  const manifest = JSON.parse(readFileSync(new URL('../.next/prerender-manifest.json', import.meta.url), 'utf8'));
  const size = execFileSync('du', ['-sh', '.next'], { encoding: 'utf8' }).split('\t')[0];
  return { seconds, peakMb: peakKb / 1024, routes: Object.keys(manifest.routes).length, size };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const build = measureBuild();
  console.table([
    {
      'build time': `${build.seconds.toFixed(1)} s`,
      'peak memory': `${build.peakMb.toFixed(0)} MB`,
      'prerendered routes': build.routes,
      '.next size': build.size,
    },
  ]);
}
