/** The index on the server: built once per locale, for the no-JavaScript search page and the JSON file. */
import MiniSearch from 'minisearch';
import type { Locale } from '@/i18n/locales';
import { translatorFor } from '@/lib/messages';
import { searchDocuments } from './documents';
import { SEARCH_OPTIONS, type SearchDocument } from './options';

const built = new Map<Locale, Promise<MiniSearch<SearchDocument>>>();

export function searchIndex(locale: Locale): Promise<MiniSearch<SearchDocument>> {
  if (!built.has(locale)) {
    built.set(
      locale,
      translatorFor(locale).then((t) => {
        const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
        index.addAll(searchDocuments(t));
        return index;
      }),
    );
  }
  return built.get(locale)!;
}
