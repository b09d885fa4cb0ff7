/**
 * After `next build`: the SHA-256 of every inline script of every prerendered page, by URL path,
 * written to .next/csp-hashes.json for the proxy's Content-Security-Policy (see lib/csp.ts).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CSP_HASHES_FILE, type CspHashes } from '../lib/csp-hashes';
import { inlineScripts, sha256Source } from '../lib/csp';

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

const hashes: CspHashes = {};
for (const file of htmlFiles(APP_DIR)) {
  const path = urlPathOf(file);
  // Next's own error shells are never served under their file name.
  if (path.startsWith('/_')) continue;
  hashes[path] = [...new Set(inlineScripts(readFileSync(file, 'utf8')).map(sha256Source))];
}
writeFileSync(CSP_HASHES_FILE, JSON.stringify(hashes));
console.log(`CSP: hashed the inline scripts of ${Object.keys(hashes).length} prerendered pages → ${CSP_HASHES_FILE}`);
