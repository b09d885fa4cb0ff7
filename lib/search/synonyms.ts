/**
 * Words people type for the same thing ("blacklist", "block list", "DNSBL"; "Undeliverable", "配信不能"),
 * one file per locale: i18n/search/<locale>.json.
 *
 * Each group becomes one search term, its marker: a page whose text contains any phrase of the group
 * gets the marker in that field when the index is built (markDocument), and a query that contains one
 * of the phrases asks for the marker as well as for the words typed (expandQuery). One marker per group,
 * rather than asking for every phrase of the group, so that a page which happens to use three spellings
 * does not count three times, and a page says "block list" once for every spelling a reader may type.
 *
 * Adding a locale: write i18n/search/<locale>.json with the groups its readers type (the locale's
 * words for block lists, full mailboxes, bounces, login failures…, and the wording of bounce notices its
 * mail programs show), and the words of its language that say nothing in a query ("the", "what").
 * __tests__/search.test.ts fails while a registered locale has no file. English groups apply in every
 * locale too: every locale's pages quote English wire text and use English terms (SPF, PTR, NDR).
 */
import type { Query } from 'minisearch';
import { fold, isCjk, words as wordsOf } from './normalize';

export type SearchWordsFile = {
  /** Each group: phrases that mean the same to a reader; a phrase of several words matches them in a row. */
  synonyms: string[][];
  /** Words that say nothing about which page is wanted ("the", "does", "my"): dropped from a query that has others. */
  stopWords: string[];
};

/** What a query is read with: the locale's groups merged with English's, shipped with the browser index. */
export type QueryWords = { synonyms: string[][]; stopWords: string[] };

/** A unit of text: a folded word, or one CJK character (so that spaces between CJK words do not matter). */
type Unit = { key: string; original: string; cjk: boolean; spaceBefore: boolean };

function units(text: string): Unit[] {
  const out: Unit[] = [];
  for (const chunk of text.normalize('NFKC').split(/\s+/u)) {
    let spaceBefore = true;
    for (const word of wordsOf(chunk)) {
      for (const part of isCjk(word) ? [...word] : [word]) {
        out.push({ key: fold(part), original: part, cjk: isCjk(part), spaceBefore });
        spaceBefore = false;
      }
    }
  }
  return out;
}

const phraseKey = (phrase: string) => units(phrase).map((u) => u.key).join(' ');

/** Groups that share a phrase become one group: a locale's file may extend an English group. */
export function mergeWords(files: readonly SearchWordsFile[]): QueryWords {
  const groups: Map<string, string>[] = [];
  for (const file of files) {
    for (const group of file.synonyms) {
      const keyed = new Map(group.map((phrase) => [phraseKey(phrase), phrase] as const));
      const overlapping = groups.filter((g) => [...keyed.keys()].some((key) => g.has(key)));
      const merged = new Map([...overlapping.flatMap((g) => [...g]), ...keyed]);
      for (const g of overlapping) groups.splice(groups.indexOf(g), 1);
      groups.push(merged);
    }
  }
  return {
    synonyms: groups.map((g) => [...g.values()]),
    stopWords: [...new Set(files.flatMap((file) => file.stopWords.map(fold)))],
  };
}

/**
 * The marker of group number g: a term no text contains and no reader types (a digit first, so that
 * no fuzzy match reaches it; see SEARCH_OPTIONS), searched without prefix so that 0syn1 does not find 0syn12.
 */
export const marker = (g: number) => `0syn${g}`;

type Phrase = { g: number; keys: string[] };
/** Phrases by their first unit, longest first: a text is scanned once, not once per phrase. */
type Compiled = { byFirstKey: Map<string, Phrase[]>; stop: Set<string> };
const compiledCache = new WeakMap<QueryWords, Compiled>();

/** Phrases as folded units, longest first (so that "block list" wins over "block"), once per set of words. */
function compiled(words: QueryWords): Compiled {
  let found = compiledCache.get(words);
  if (!found) {
    const phrases = words.synonyms.flatMap((group, g) => group.map((phrase) => ({ g, keys: units(phrase).map((u) => u.key) })));
    const byFirstKey = new Map<string, Phrase[]>();
    for (const phrase of phrases.filter((p) => p.keys.length > 0).sort((a, b) => b.keys.length - a.keys.length)) {
      byFirstKey.set(phrase.keys[0]!, [...(byFirstKey.get(phrase.keys[0]!) ?? []), phrase]);
    }
    found = { byFirstKey, stop: new Set(words.stopWords) };
    compiledCache.set(words, found);
  }
  return found;
}

/** Where phrases of the groups occur in a run of units: [start, length, group]. */
function occurrences(typed: readonly Unit[], words: QueryWords): [number, number, number][] {
  const { byFirstKey } = compiled(words);
  const found: [number, number, number][] = [];
  for (let i = 0; i < typed.length; ) {
    const phrase = byFirstKey.get(typed[i]!.key)?.find(({ keys }) => keys.every((key, k) => typed[i + k]?.key === key));
    if (!phrase) {
      i += 1;
      continue;
    }
    found.push([i, phrase.keys.length, phrase.g]);
    i += phrase.keys.length;
  }
  return found;
}

/** The markers of the groups whose phrases a text contains, to add to the field of that text. */
export function markersIn(text: string, words: QueryWords): string[] {
  return [...new Set(occurrences(units(text), words).map(([, , g]) => marker(g)))];
}

/** Text of units as typed, for the index's own tokenizer: words apart, CJK characters of one word together. */
function joinUnits(parts: readonly Unit[]): string {
  return parts.map((u, i) => (i > 0 && (u.spaceBefore || !u.cjk || !parts[i - 1]!.cjk) ? ' ' : '') + u.original).join('');
}

/**
 * The query as MiniSearch reads it: its words combined with `combineWith`, where a phrase of a group
 * asks for "the words as typed, or the group's marker", and stop words are left out (unless nothing
 * else is left).
 */
export function expandQuery(query: string, words: QueryWords, combineWith: 'AND' | 'OR'): Query {
  const { stop } = compiled(words);
  const typed = units(query);
  const nodes: Query[] = [];
  const plain = (parts: Unit[]) => {
    const kept = parts.filter((u) => !stop.has(u.key));
    if (kept.length) nodes.push(joinUnits(kept));
  };
  let next = 0;
  for (const [start, length, g] of occurrences(typed, words)) {
    plain(typed.slice(next, start));
    nodes.push({ combineWith: 'AND', queries: [marker(g)], prefix: false, fuzzy: false });
    next = start + length;
  }
  plain(typed.slice(next));
  // A query of stop words only ("what is") still searches for them.
  if (nodes.length === 0 && typed.length) nodes.push(joinUnits(typed));
  return { combineWith, queries: nodes };
}
