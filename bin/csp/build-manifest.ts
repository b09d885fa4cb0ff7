/**
 * After `next build`: the SHA-256 of every inline script of every prerendered page, by URL path, written
 * to the CSP manifest (lib/csp-manifest.ts) for the proxy's Content-Security-Policy (lib/csp.ts). Fails
 * the build if what was prerendered is not what lib/pages.ts says is (./prerendered-pages.ts says why).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CSP_MANIFEST_FILE, writeCspManifest, type CspManifest } from '../../lib/csp-manifest';
import { inlineScripts, sha256Source } from './inline-scripts';
import { disagreements, ruledCodePages } from './prerendered-pages';

const APP_DIR = join('.next', 'server', 'app');

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/** .next/server/app/en/smtp/5.1.1.html → /en/smtp/5.1.1; index.html → / */
function urlPathOf(file: string): string {
  const path = '/' + relative(APP_DIR, file).split(sep).join('/').replace(/\.html$/, '');
  return path === '/index' ? '/' : path;
}

const manifest: CspManifest = {};
for (const file of htmlFiles(APP_DIR)) {
  const path = urlPathOf(file);
  // Next's own error shells are never served under their file name.
  if (path.startsWith('/_')) continue;
  manifest[path] = [...new Set(inlineScripts(readFileSync(file, 'utf8')).map(sha256Source))];
}

const { notBuilt, notRuled } = disagreements(Object.keys(manifest), ruledCodePages());
if (notBuilt.length || notRuled.length) {
  const sample = (paths: string[]) => `${paths.length} (${paths.slice(0, 5).join(', ')}${paths.length > 5 ? ', …' : ''})`;
  console.error(`CSP: the build and lib/pages.ts disagree on what is prerendered.`);
  console.error(`  prerendered by the rule, not built: ${sample(notBuilt)}`);
  console.error(`  built, not prerendered by the rule: ${sample(notRuled)}`);
  process.exit(1);
}
writeCspManifest(manifest);
console.log(`CSP: hashed the inline scripts of ${Object.keys(manifest).length} prerendered pages → ${CSP_MANIFEST_FILE}`);
