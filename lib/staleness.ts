/**
 * Which messages of a locale were translated from an older English (lib/translation-sources.ts): a set
 * per locale, computed once per server process from the files as written, so a page asks a Set and never
 * hashes while rendering. Server only (it reads messages/ from disk).
 */
import { defaultLocale, locales } from '@/i18n/locales';
import { readMessageTree, readTranslatedFrom } from './message-files';
import { flatten, staleKeys } from './translation-sources';

const NONE: ReadonlySet<string> = new Set();
const byLocale = new Map<string, ReadonlySet<string>>();
let english: Map<string, string> | undefined;

/** Stale keys of `locale`; none for English and for locales that are not registered (the pseudo-locale). */
export function staleKeysOf(locale: string): ReadonlySet<string> {
  if (locale === defaultLocale || !(locales as readonly string[]).includes(locale)) return NONE;
  let stale = byLocale.get(locale);
  if (!stale) {
    english ??= flatten(readMessageTree(defaultLocale));
    stale = staleKeys(english, flatten(readMessageTree(locale)).keys(), readTranslatedFrom(locale));
    byLocale.set(locale, stale);
  }
  return stale;
}

/** Forget the sets: for tests that edit the English in memory, since a server process computes them once. */
export function recomputeStaleKeys(): void {
  byLocale.clear();
  english = undefined;
}
