import { useLocale, useTranslations } from 'next-intl';
import { hitPath } from '@/lib/search/hits';
import type { Hit } from '@/lib/search/search';
import links from '@/components/code/CodeLinks.module.css';

/** The server-rendered results of /{locale}/search?q=… */
export default function SearchResults({ query, hits }: { query: string; hits: readonly Hit[] }) {
  const t = useTranslations('Search');
  const tSite = useTranslations('Site');
  const locale = useLocale();
  if (!query) return null;
  return (
    <section aria-labelledby="results">
      <h2 id="results">{t('resultsFor', { query, count: hits.length })}</h2>
      {hits.length === 0 ? <p>{t('noResults')}</p> : null}
      <ul className={links.list}>
        {hits.map((hit) => (
          <li key={hit.id}>
            {hit.kind === 'term' || hit.kind === 'guide' ? (
              <a href={hitPath(locale, hit)} className={links.link}>
                <span className="muted">{tSite(hit.kind === 'term' ? 'glossaryLink' : 'guidesLink')}:</span> {hit.name}
              </a>
            ) : (
              <a href={hitPath(locale, hit)} className={`${links.link} class-${hit.code[0]}`}>
                <span className={links.number}>{hit.code}</span> {hit.name}
              </a>
            )}
            {hit.summary ? <span className={links.summary}>{hit.summary}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
