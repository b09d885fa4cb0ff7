/** Searching: the index's own ranking, with codes that match the query exactly (or begin with it) first. */
import type MiniSearch from 'minisearch';
import type { SearchResult } from 'minisearch';
import { type SearchDocument } from './options';

export type Hit = { id: string; code: string; name: string; summary: string; kind: SearchDocument['kind'] };

const CODE = /^[2-5](?:\d{0,2}|\.\d{1,3}(?:\.\d{0,3})?)$/;

function byCode(a: SearchResult, b: SearchResult): number {
  const parts = (r: SearchResult) => String(r.code).split(/[.-]/).map(Number);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? -1) !== (y[i] ?? -1)) return (x[i] ?? -1) - (y[i] ?? -1);
  return 0;
}

export function runSearch(index: MiniSearch<SearchDocument>, query: string, limit = 20): Hit[] {
  const q = query.trim().slice(0, 200);
  if (!q) return [];
  const codeTokens = q.split(/\s+/).filter((t) => CODE.test(t));
  // "550 5.1.1" names two codes: either may match.
  const results: SearchResult[] = index.search(q, codeTokens.length > 1 ? { combineWith: 'OR' } : {});
  const fallback = results.length === 0 ? index.search(q, { combineWith: 'OR' }) : results;
  const rank = (r: SearchResult) => {
    const code = String(r.code);
    if (codeTokens.includes(code)) return 0;
    if (codeTokens.some((t) => code.startsWith(t))) return 1;
    return 2;
  };
  return fallback
    .map((r, order) => ({ r, order }))
    // Codes that begin with what was typed ("55" → 550, 551 …) read best in numeric order.
    .sort((a, b) => rank(a.r) - rank(b.r) || (rank(a.r) === 1 ? byCode(a.r, b.r) : a.order - b.order))
    .slice(0, limit)
    .map(({ r }) => ({ id: r.id, code: String(r.code), name: String(r.name), summary: String(r.summary), kind: r.kind }));
}
