import { useTranslations } from 'next-intl';
import { nearMatchesForSlug } from '@/lib/near-matches';
import CodeLink from './CodeLink';

/** Suggestions shown on a 404 for what the reader typed: "/vi/smtp/55" → 550, 551, 552 … */
export default function NearMatches({ query }: { query: string }) {
  const t = useTranslations('NotFound');
  const matches = nearMatchesForSlug(query);
  if (matches.length === 0) return null;
  return (
    <section aria-labelledby="suggestions" className="near-matches">
      <h2 id="suggestions">{t('suggestionsTitle')}</h2>
      <ul>
        {matches.map((code) => (
          <li key={code.code}>
            <CodeLink code={code} />
          </li>
        ))}
      </ul>
    </section>
  );
}
