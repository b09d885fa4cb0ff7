import { useLocale, useTranslations } from 'next-intl';
import { smtpPath } from '@/lib/urls';
import type { Hit } from '@/lib/search/search';
import links from '@/components/code/CodeLinks.module.css';

/** The server-rendered results of /{locale}/search?q=… */
export default function SearchResults({ query, hits }: { query: string; hits: readonly Hit[] }) {
  const t = useTranslations('Search');
  const locale = useLocale();
  if (!query) return null;
  return (
    <section aria-labelledby="results">
      <h2 id="results">{t('resultsFor', { query, count: hits.length })}</h2>
      {hits.length === 0 ? <p>{t('noResults')}</p> : null}
      <ul className={links.list}>
        {hits.map((hit) => (
          <li key={hit.id}>
            <a href={smtpPath(locale, hit.id)} className={`${links.link} class-${hit.code[0]}`}>
              <span className={links.number}>{hit.code}</span> {hit.name}
            </a>
            {hit.summary ? <span className={links.summary}>{hit.summary}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
