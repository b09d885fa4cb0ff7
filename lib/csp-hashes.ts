/**
 * The hashes bin/csp-hashes.ts computed at build time, read once by the proxy (which runs on Node.js).
 * Missing file = a build that skipped that step: pages then get a nonce policy, which static HTML
 * cannot satisfy, so this says so loudly once rather than failing silently.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScriptTrust } from './csp';

export const CSP_HASHES_FILE = join('.next', 'csp-hashes.json');

/** URL path of a prerendered page → the sources of its inline scripts. */
export type CspHashes = Record<string, Extract<ScriptTrust, { kind: 'hashes' }>['sources']>;

let loaded: Map<string, ScriptTrust> | undefined;

function load(): Map<string, ScriptTrust> {
  try {
    const hashes = JSON.parse(readFileSync(join(process.cwd(), CSP_HASHES_FILE), 'utf8')) as CspHashes;
    return new Map(Object.entries(hashes).map(([path, sources]) => [path, { kind: 'hashes', sources }]));
  } catch (error) {
    console.error(`No ${CSP_HASHES_FILE} (run "npm run build", not "next build" alone):`, error);
    return new Map();
  }
}

/** The hash trust of a prerendered page, or undefined for a page rendered per request. */
export function prerenderedScripts(pathname: string): ScriptTrust | undefined {
  loaded ??= load();
  return loaded.get(pathname);
}
