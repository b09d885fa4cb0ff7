/**
 * How text becomes search terms, shared by the build-time index and the browser: case-, accent- and
 * diacritic-insensitive ("hop thu day" finds "hộp thư đầy", "boîte pleine" finds "boite pleine"), codes
 * kept whole ("5.1.1"), and Chinese, Japanese and Korean split into overlapping character pairs, since
 * those scripts do not separate words with spaces.
 */
import type { Options } from 'minisearch';

export type SearchDocument = {
  /** The slug of the page: "550", "5.1.1", "5.7.606-649"; "term:spf" and "guide:spf-dkim-dmarc" for the others. */
  id: string;
  code: string;
  name: string;
  summary: string;
  /** Protocol and provider wording people paste: standard reply text, registry title, wire phrases. */
  wire: string;
  kind: 'reply' | 'enhanced' | 'provider' | 'term' | 'guide';
};

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

export function fold(term: string): string {
  return term
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');
}

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:\.\p{N}+)*/gu)) {
    const word = match[0];
    if (!CJK.test(word)) {
      tokens.push(word);
      continue;
    }
    const chars = [...word];
    if (chars.length === 1) tokens.push(word);
    for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i]! + chars[i + 1]!);
  }
  return tokens;
}

export const SEARCH_OPTIONS: Options<SearchDocument> = {
  fields: ['code', 'name', 'summary', 'wire'],
  storeFields: ['code', 'name', 'summary', 'kind'],
  tokenize,
  processTerm: (term) => fold(term),
  searchOptions: {
    boost: { code: 6, name: 3, wire: 1.5 },
    prefix: true,
    fuzzy: (term) => (/\d/.test(term) || term.length < 4 ? false : 0.2),
    combineWith: 'AND',
  },
};
