import { useLocale, useTranslations } from 'next-intl';
import { codeTexts } from '@/lib/code-texts';
import { codePath } from '@/lib/urls';
import { nearMatchesForSlug } from '@/lib/near-matches';
import CodeLink from '@/components/code/CodeLink';
import links from '@/components/code/CodeLinks.module.css';

/** Suggestions shown on a 404 for what the reader typed: "/vi/smtp/55" → 550, 551, 552 … */
export default function NearMatches({ query }: { query: string }) {
  const t = useTranslations('NotFound');
  const tRoot = useTranslations();
  const locale = useLocale();
  const matches = nearMatchesForSlug(query);
  if (matches.length === 0) return null;
  return (
    <section aria-labelledby="suggestions" className="near-matches">
      <h2 id="suggestions">{t('suggestionsTitle')}</h2>
      <ul>
        {matches.map((match) =>
          match.kind === 'reply' ? (
            <li key={match.code.code}>
              <CodeLink code={match.code} />
            </li>
          ) : (
            <li key={match.code.id}>
              <a href={codePath(locale, match.code)} className={`${links.link} class-${match.code.enhancedClass}`}>
                <span className={links.number}>{match.code.id}</span>
                {` ${codeTexts(tRoot, match.code).text('name')}`}
              </a>
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
