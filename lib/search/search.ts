/** Searching: the index's own ranking, with codes that match the query exactly (or begin with it) first. */
import MiniSearch, { type AsPlainObject, type SearchResult } from 'minisearch';
import { fold } from './normalize';
import { SEARCH_OPTIONS, type SearchDocument } from './options';
import { expandQuery, type QueryWords } from './synonyms';

export type Hit = { id: string; code: string; name: string; summary: string; kind: SearchDocument['kind'] };

/** An index with the words its queries are read with (synonyms, stop words): one per locale. */
export type Searcher = { index: MiniSearch<SearchDocument>; words: QueryWords };

/** What /api/v1/search-index/{locale} sends: the index as MiniSearch serializes it, and the words. */
export type SearchPayload = { index: AsPlainObject; words: QueryWords };

export function loadSearcher(payload: SearchPayload): Searcher {
  return { index: MiniSearch.loadJS<SearchDocument>(payload.index, SEARCH_OPTIONS), words: payload.words };
}

const CODE = /^[2-5](?:\d{0,2}|\.\d{1,3}(?:\.\d{0,3})?)$/;

function byCode(a: SearchResult, b: SearchResult): number {
  const parts = (r: SearchResult) => String(r.code).split(/[.-]/).map(Number);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? -1) !== (y[i] ?? -1)) return (x[i] ?? -1) - (y[i] ?? -1);
  return 0;
}

export function runSearch({ index, words }: Searcher, query: string, limit = 20): Hit[] {
  const q = query.trim().slice(0, 200);
  if (!q) return [];
  // Folded, so that full-width and Arabic-Indic digits ("５５０", "٥٥٠") name a code too.
  const codeTokens = q.split(/\s+/).map(fold).filter((t) => CODE.test(t));
  // "550 5.1.1" names two codes: either may match.
  const all = index.search(expandQuery(q, words, codeTokens.length > 1 ? 'OR' : 'AND'));
  // Nothing has every word: the pages with most of them, rather than nothing.
  const results = all.length === 0 ? index.search(expandQuery(q, words, 'OR')) : all;
  const rank = (r: SearchResult) => {
    const code = String(r.code);
    if (codeTokens.includes(code)) return 0;
    if (codeTokens.some((t) => code.startsWith(t))) return 1;
    return 2;
  };
  return results
    .map((r, order) => ({ r, order }))
    // Codes that begin with what was typed ("55" → 550, 551 …) read best in numeric order.
    .sort((a, b) => rank(a.r) - rank(b.r) || (rank(a.r) === 1 ? byCode(a.r, b.r) : a.order - b.order))
    .slice(0, limit)
    .map(({ r }) => ({ id: r.id, code: String(r.code), name: String(r.name), summary: typeof r.summary === 'string' ? r.summary : '', kind: r.kind }));
}
