/**
 * The CSP manifest: for every prerendered page, by URL path, the hashes of its inline scripts. Written
 * once after `next build` (bin/csp/build-manifest.ts), read once by the proxy (which runs on Node.js).
 *
 * It is the proxy's answer to "is this page prerendered?" when choosing a policy: it lists exactly the
 * HTML files the build wrote, so a page served as static HTML always gets the hashes that HTML needs,
 * whatever the rule in lib/pages.ts meant to build. The build step fails if the two disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScriptHash, ScriptTrust } from './csp';

export const CSP_MANIFEST_FILE = join('.next', 'csp-hashes.json');

/** URL path of a prerendered page → the sources of its inline scripts. */
export type CspManifest = Record<string, readonly ScriptHash[]>;

export function writeCspManifest(manifest: CspManifest): void {
  writeFileSync(CSP_MANIFEST_FILE, JSON.stringify(manifest));
}

let loaded: Map<string, ScriptTrust> | undefined;

/**
 * Missing file = a build that skipped the manifest step: pages then get a nonce policy, which static HTML
 * cannot satisfy, so this says so loudly once rather than failing silently.
 */
function load(): Map<string, ScriptTrust> {
  try {
    const manifest = JSON.parse(readFileSync(join(process.cwd(), CSP_MANIFEST_FILE), 'utf8')) as CspManifest;
    return new Map(Object.entries(manifest).map(([path, sources]) => [path, { kind: 'hashes', sources }]));
  } catch (error) {
    console.error(`No ${CSP_MANIFEST_FILE} (run "npm run build", not "next build" alone):`, error);
    return new Map();
  }
}

/** The hash trust of a prerendered page, or undefined for a page rendered per request. */
export function prerenderedScripts(pathname: string): ScriptTrust | undefined {
  loaded ??= load();
  return loaded.get(pathname);
}
