/**
 * The message files as written (raw ICU strings), read from disk. Pages get their messages from
 * next-intl, which imports them precompiled (next.config.ts), so code that needs the source text — the
 * staleness record's hashes, the pseudo-locale's transform — reads it here, once per process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MessageTree, TranslatedFrom } from './translation-sources';

const MESSAGES_DIR = join(process.cwd(), 'messages');

/** messages/<locale>.json as written. */
export function readMessageTree(locale: string): MessageTree {
  return JSON.parse(readFileSync(join(MESSAGES_DIR, `${locale}.json`), 'utf8')) as MessageTree;
}

/** messages/translated-from/<locale>.json; an empty record when the locale has none yet (all stale). */
export function readTranslatedFrom(locale: string): TranslatedFrom {
  const file = join(MESSAGES_DIR, 'translated-from', `${locale}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as TranslatedFrom) : {};
}
