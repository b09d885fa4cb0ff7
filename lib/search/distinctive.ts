/**
 * Why the index holds a page's distinctive words rather than its whole text: the explanations of ~300
 * pages make a browser index of about 88 KB gzip in English (the name-only index was 36 KB), over the
 * 60 KB budget, and Japanese, indexed by character pairs, would be larger still. Keeping the whole text
 * on the server only would make the search box and the no-JavaScript page find different things. So
 * each page keeps the words of its explanations that best tell it apart from the other pages (tf-idf:
 * frequent in this page, rare in the others, e.g. "greylisting" in 450 or "Spamhaus" in 5.7.1), a fixed
 * number per page: the index then grows with the number of pages, not with the length of their texts or
 * the language, and the box and the page search the same index. Words that the page's name, summary or
 * wire text already contain are left out: they already find it. A query word that is in neither still
 * reaches the page through runSearch's fallback (any word instead of every word).
 */
import { fold, isCjk, words } from './normalize';
import type { PageDocument } from './documents';

/** Enough for the terms of a long page (550 explains a dozen causes) while every locale stays well under 60 KB. */
export const DISTINCTIVE_WORDS_PER_PAGE = 30;

let segmenter: Intl.Segmenter | undefined;
/** Whole words, CJK runs cut by ICU's dictionary: pairs of a word do not straddle two words (unlike pairs of a run). */
function bodyWords(text: string): string[] {
  return words(text).flatMap((word) => {
    if (!isCjk(word)) return [word];
    segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
    return [...segmenter.segment(word)].filter((s) => s.isWordLike && s.segment.length > 1).map((s) => s.segment);
  });
}

/** A page's body words, most distinctive first, each with how often it occurs: what distinctiveBodies cuts. */
export type RankedWords = readonly { readonly spelling: string; readonly count: number }[];

/** Each page's body words ranked by tf-idf (frequent in this page, rare in the others); independent of how many are kept. */
export function rankBodyWords(documents: readonly PageDocument[]): RankedWords[] {
  const counted = documents.map((doc) => {
    const elsewhere = new Set(bodyWords([doc.code, doc.name, doc.summary, doc.wire].join(' ')).map(fold));
    const counts = new Map<string, { spelling: string; count: number }>();
    for (const word of bodyWords(doc.body)) {
      const key = fold(word);
      // One letter or digit says nothing; the page's own words already find it.
      if ([...key].length < 2 || elsewhere.has(key)) continue;
      const seen = counts.get(key);
      if (seen) seen.count += 1;
      else counts.set(key, { spelling: word, count: 1 });
    }
    return counts;
  });
  const pagesWith = new Map<string, number>();
  for (const counts of counted) for (const key of counts.keys()) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  const pages = documents.length;
  return counted.map((counts) =>
    [...counts]
      .map(([key, { spelling, count }]) => ({ key, spelling, count, score: (1 + Math.log(count)) * Math.log(pages / pagesWith.get(key)!) }))
      .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1))
      .map(({ spelling, count }) => ({ spelling, count })),
  );
}

/**
 * Each page's body reduced to its most distinctive words, most distinctive first, in their first
 * spelling (folding again at indexing gives the same term), each repeated as often as it occurs up to
 * three times: the index keeps a count per word anyway, so the repetition costs nothing and ranking
 * still sees which page dwells on a word.
 */
export function distinctiveBodies(ranked: readonly RankedWords[], perPage = DISTINCTIVE_WORDS_PER_PAGE): string[] {
  return ranked.map((words) =>
    words
      .slice(0, perPage)
      .flatMap(({ spelling, count }) => Array<string>(Math.min(3, count)).fill(spelling))
      .join(' '),
  );
}
