/**
 * Which English text each translation was made from. Every locale but English has
 * messages/translated-from/<locale>.json: flat key → the first 8 hex digits of the SHA-256 of the English
 * string it was translated from. A translation is stale when that hash is no longer the hash of the
 * English now. Shared by the translators' tool (bin/i18n) and the site's notice (lib/staleness.ts).
 */
import { createHash } from 'node:crypto';

/** A message file as the JSON holds it: nested objects of strings. */
export type MessageTree = { readonly [key: string]: string | MessageTree };
/** Flat key ("codes.550.whenYouSee") → message. */
export type FlatMessages = ReadonlyMap<string, string>;
/** Flat key → sourceHash of the English it was translated from. */
export type TranslatedFrom = Readonly<Record<string, string>>;

export function flatten(tree: MessageTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** Eight hex digits: enough to tell two versions of one string apart, short enough to read in a diff. */
export function sourceHash(english: string): string {
  return createHash('sha256').update(english, 'utf8').digest('hex').slice(0, 8);
}

/**
 * Keys of `translation` whose English changed since they were translated. A key with no record counts
 * as stale: nobody said which English it follows.
 */
export function staleKeys(english: FlatMessages, translation: Iterable<string>, translatedFrom: TranslatedFrom): Set<string> {
  const stale = new Set<string>();
  for (const key of translation) {
    const now = english.get(key);
    if (now !== undefined && translatedFrom[key] !== sourceHash(now)) stale.add(key);
  }
  return stale;
}

export type TranslationStatus = {
  /** Keys of English the locale has. */
  readonly translated: readonly string[];
  /** Keys of English the locale lacks (only a locale being prepared may have any). */
  readonly missing: readonly string[];
  /** Translated keys whose English changed since (or that have no record). */
  readonly stale: readonly string[];
  /** Keys the locale has that English does not (left over after a rename or removal). */
  readonly extra: readonly string[];
};

export function translationStatus(english: FlatMessages, translation: FlatMessages, translatedFrom: TranslatedFrom): TranslationStatus {
  const translated = [...english.keys()].filter((key) => translation.has(key));
  return {
    translated,
    missing: [...english.keys()].filter((key) => !translation.has(key)),
    stale: [...staleKeys(english, translated, translatedFrom)],
    extra: [...translation.keys()].filter((key) => !english.has(key)),
  };
}

/** The record file's text: keys sorted, one per line, so diffs show exactly what was re-translated. */
export function serializeTranslatedFrom(record: TranslatedFrom): string {
  const sorted = Object.fromEntries(Object.keys(record).sort().map((key) => [key, record[key]!]));
  return `${JSON.stringify(sorted, null, 2)}\n`;
}
