'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import links from '@/components/code/CodeLinks.module.css';
import styles from './Search.module.css';
import type { Hit, Searcher } from '@/lib/search/search';
import { hitPath } from '@/lib/search/hits';
import { searchIndexPath, searchPath } from '@/lib/urls';
import { useHydrated } from '@/components/site/useHydrated';

/**
 * The search box on every page. Without JavaScript it is a GET form to /{locale}/search. With it, "/"
 * focuses the box and results appear as you type, from the locale's index, fetched on first use.
 */
export default function SearchBox() {
  const t = useTranslations('SearchBox');
  const locale = useLocale();
  const input = useRef<HTMLInputElement>(null);
  const index = useRef<Promise<{ searcher: Searcher; run: typeof import('@/lib/search/search').runSearch }> | null>(null);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<Hit[] | null>(null);
  // Marks the box as interactive, so a test (or a user script) knows "/" now works.
  const ready = useHydrated();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { target } = event;
      if (event.key !== '/' || (target instanceof Element && target.closest('input, textarea, select, [contenteditable="true"]'))) return;
      event.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const load = () =>
    (index.current ??= Promise.all([import('@/lib/search/search'), fetch(searchIndexPath(locale)).then((r) => r.json())]).then(
      ([{ loadSearcher, runSearch }, payload]) => ({ searcher: loadSearcher(payload), run: runSearch }),
    ));

  const onChange = async (value: string) => {
    setQuery(value);
    if (!value.trim()) return setHits(null);
    const { searcher, run } = await load();
    setHits(run(searcher, value, 8));
  };

  return (
    <form
      action={searchPath(locale)}
      method="get"
      role="search"
      aria-label={t('landmark')}
      className={`${styles.box} search-box`}
      data-ready={ready ? 'true' : undefined}
      onFocus={() => void load()}
    >
      <label htmlFor="site-search" className="visually-hidden">
        {t('label')}
      </label>
      <input
        ref={input}
        id="site-search"
        type="search"
        name="q"
        // A query may be a code or English wire text inside an Arabic page: each reads in its own direction.
        dir="auto"
        placeholder={t('placeholder')}
        autoComplete="off"
        // Points at the list only while it exists: a reference to a missing id is invalid ARIA.
        aria-controls={hits ? 'search-suggestions' : undefined}
        value={query}
        onChange={(e) => void onChange(e.target.value)}
      />
      {/* Shown when it has keyboard focus, so a reader tabbing through sees where they are. */}
      <button type="submit" className="visually-hidden-focusable">
        {t('submit')}
      </button>
      {/* The live region stays in the page, so screen readers announce the list when it appears in it. */}
      <div aria-live="polite">
        {hits ? (
          <ul id="search-suggestions" className={styles.suggestions}>
            {hits.length === 0 ? <li className="muted">{t('noResults')}</li> : null}
            {hits.map((hit) => (
              <li key={hit.id}>
                <a href={hitPath(locale, hit)}>
                  {hit.kind === 'term' || hit.kind === 'guide' ? (
                    <span className="muted">{t(`kinds.${hit.kind}`)}:</span>
                  ) : (
                    <span className={links.number}>{hit.code}</span>
                  )}{' '}
                  {hit.name}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </form>
  );
}
