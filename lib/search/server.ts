/** The index on the server: built once per locale, for the no-JavaScript search page and the JSON file. */
import MiniSearch from 'minisearch';
import type { Locale } from '@/i18n/locales';
import { loadMessages } from '@/lib/messages';
import { searchDocuments } from './documents';
import { SEARCH_OPTIONS, type SearchDocument } from './options';

const built = new Map<Locale, Promise<MiniSearch<SearchDocument>>>();

export function searchIndex(locale: Locale): Promise<MiniSearch<SearchDocument>> {
  if (!built.has(locale)) {
    built.set(
      locale,
      loadMessages(locale).then((messages) => {
        const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
        index.addAll(searchDocuments(messages));
        return index;
      }),
    );
  }
  return built.get(locale)!;
}
