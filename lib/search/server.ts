/** The index on the server: built once per locale, for the no-JavaScript search page and the browser's copy. */
import MiniSearch from 'minisearch';
import { defaultLocale, PSEUDO_LOCALE, type Locale } from '@/i18n/locales';
import { translatorFor } from '@/lib/messages';
import { gzipSync } from 'node:zlib';
import { DISTINCTIVE_WORDS_PER_PAGE, distinctiveBodies, rankBodyWords, type RankedWords } from './distinctive';
import { searchDocuments, type PageDocument } from './documents';
import { SEARCH_OPTIONS, type SearchDocument } from './options';
import type { SearchPayload, Searcher } from './search';
import { markersIn, mergeWords, type QueryWords, type SearchWordsFile } from './synonyms';

/**
 * A locale's words for search: i18n/search/<locale>.json. Not under messages/: next-intl's precompile
 * (next.config.ts) rewrites every JSON file there as a message catalogue.
 */
export async function searchWordsFile(locale: string): Promise<SearchWordsFile> {
  // The pseudo-locale is English made longer: it searches with English's words.
  const file = locale === PSEUDO_LOCALE ? defaultLocale : locale;
  return (await import(`../../i18n/search/${file}.json`)).default;
}

/** The locale's words, with English's synonyms (its pages quote English wire text and terms) but not English's stop words ("to" is a Vietnamese word). */
export async function queryWords(locale: string): Promise<QueryWords> {
  const own = await searchWordsFile(locale);
  if (locale === defaultLocale) return mergeWords([own]);
  return mergeWords([own, { ...(await searchWordsFile(defaultLocale)), stopWords: [] }]);
}

/** The part of indexing that does not depend on how many body words a page keeps: computed once per locale. */
type PreparedPages = {
  readonly pages: readonly PageDocument[];
  readonly ranked: readonly RankedWords[];
  readonly markers: readonly { readonly marks: string[]; readonly wire: string[]; readonly body: string[] }[];
};

function prepare(pages: readonly PageDocument[], words: QueryWords): PreparedPages {
  const markers = pages.map((page) => {
    const marks = markersIn(`${page.name}. ${page.summary}`, words);
    const wire = markersIn(page.wire, words);
    return { marks, wire, body: markersIn(page.body, words).filter((m) => !marks.includes(m) && !wire.includes(m)) };
  });
  return { pages, ranked: rankBodyWords(pages), markers };
}

/** Pages as indexed: synonym markers where their phrases occur (from the whole text), the body reduced to its distinctive words. */
function documentsOf({ pages, ranked, markers }: PreparedPages, perPage: number): SearchDocument[] {
  const bodies = distinctiveBodies(ranked, perPage);
  return pages.map((page, i) => ({
    ...page,
    marks: markers[i]!.marks.join(' '),
    wire: [page.wire, ...markers[i]!.wire].join(' '),
    body: [bodies[i], ...markers[i]!.body].join(' '),
  }));
}

export function indexedDocuments(pages: readonly PageDocument[], words: QueryWords, perPage = DISTINCTIVE_WORDS_PER_PAGE): SearchDocument[] {
  return documentsOf(prepare(pages, words), perPage);
}

/** The browser's download may be at most this (gzip); a little under the 60 KB budget, for the JSON framing. */
const BROWSER_INDEX_BYTES = 58 * 1024;
const FEWEST_BODY_WORDS = 6;

function browserIndex(documents: readonly SearchDocument[]): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>({ ...SEARCH_OPTIONS, storeFields: BROWSER_STORED });
  index.addAll(documents);
  return index;
}

/**
 * A locale's documents with as many distinctive body words per page as its browser index can hold: scripts
 * differ (Japanese is indexed by character pairs, Arabic words are long), so the number of words per page is
 * chosen per locale, once, and the box and the page then search the same documents.
 */
const documentsFor = cached(async (locale: Locale) => {
  const [t, words] = await Promise.all([translatorFor(locale), queryWords(locale)]);
  const prepared = prepare(searchDocuments(t), words);
  const fits = (documents: readonly SearchDocument[]) =>
    gzipSync(JSON.stringify({ index: browserIndex(documents).toJSON(), words })).length <= BROWSER_INDEX_BYTES;
  // The index only grows with more words per page: the most words if they fit, else search the steps in halves
  // (about 4 index builds instead of up to 9; Japanese took 20 s, all of it in the build and the first search).
  const steps = Array.from({ length: Math.floor((DISTINCTIVE_WORDS_PER_PAGE - FEWEST_BODY_WORDS) / 3) + 1 }, (_, i) => DISTINCTIVE_WORDS_PER_PAGE - 3 * i);
  if (fits(documentsOf(prepared, steps[0]!))) return { documents: documentsOf(prepared, steps[0]!), words };
  let [fitting, tooBig] = [steps.length - 1, 0]; // the fewest words are kept even if they do not fit
  while (fitting - tooBig > 1) {
    const middle = (fitting + tooBig) >> 1;
    if (fits(documentsOf(prepared, steps[middle]!))) fitting = middle;
    else tooBig = middle;
  }
  return { documents: documentsOf(prepared, steps[fitting]!), words };
});

function cached<T>(make: (locale: Locale) => Promise<T>): (locale: Locale) => Promise<T> {
  const made = new Map<Locale, Promise<T>>();
  return (locale) => {
    if (!made.has(locale)) made.set(locale, make(locale));
    return made.get(locale)!;
  };
}

async function build(locale: Locale): Promise<Searcher> {
  const { documents, words } = await documentsFor(locale);
  const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  index.addAll(documents);
  return { index, words };
}

/** The server's index of a locale, built once per process. */
export const searcher: (locale: Locale) => Promise<Searcher> = cached(build);

const BROWSER_STORED = ['code', 'name', 'kind', 'weight'];

/**
 * What the browser downloads: the same documents and words, so that the box and the page find the
 * same; without the summaries, which only the page shows (they were a fifth of the download).
 */
export async function searchPayload(locale: Locale): Promise<SearchPayload> {
  const { documents, words } = await documentsFor(locale);
  return { index: browserIndex(documents).toJSON(), words };
}
