/** The fields of the search index and how they count, shared by the build-time index and the browser. */
import type { Options } from 'minisearch';
import { fold, indexTokens, queryTokens } from './normalize';

export type SearchDocument = {
  /** The slug of the page: "550", "5.1.1", "5.7.606-649"; "term:spf" and "guide:spf-dkim-dmarc" for the others. */
  id: string;
  code: string;
  name: string;
  summary: string;
  /** Protocol and provider wording people paste: standard reply text, registry title, wire phrases. */
  wire: string;
  /** What the page explains (causes, fixes), reduced to the terms that carry meaning: see ./distinctive.ts. */
  body: string;
  /** Synonym markers (./synonyms.ts) of the name and summary, kept apart because those two are shown. */
  marks: string;
  kind: 'reply' | 'enhanced' | 'provider' | 'term' | 'guide';
  /** Multiplies the document's score (./weights.ts); stored so the browser ranks the same way. */
  weight: number;
};

export const SEARCH_OPTIONS: Options<SearchDocument> = {
  fields: ['code', 'name', 'marks', 'summary', 'wire', 'body'],
  storeFields: ['code', 'name', 'summary', 'kind', 'weight'],
  tokenize: indexTokens,
  processTerm: (term) => fold(term) || null,
  searchOptions: {
    tokenize: queryTokens,
    // Names and codes first; the explanations find a page but rank it below one whose name matches.
    boost: { code: 6, name: 3, marks: 2, summary: 1, wire: 1.5, body: 0.4 },
    boostDocument: (_id, _term, stored) => Number(stored?.weight ?? 1),
    prefix: true,
    fuzzy: (term) => (/\d/.test(term) || term.length < 4 ? false : 0.2),
    combineWith: 'AND',
  },
};
