/** Build-time scraping of our own HTML output: the inline scripts a page's policy must name. */
import { createHash } from 'node:crypto';
import type { ScriptHash } from '../../lib/csp';

export function sha256Source(script: string): ScriptHash {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/**
 * The inline scripts a browser would run in `html`: no `src`, and a JavaScript type (JSON-LD and other
 * data blocks never execute, so they need no hash). The HTML is our own build output.
 */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes = '', body = ''] = match;
    if (/\ssrc\s*=/i.test(attributes) || !body) continue;
    const type = /\stype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && type !== 'module' && !type.includes('javascript')) continue;
    scripts.push(body);
  }
  return scripts;
}
