import { useTranslations } from 'next-intl';
import type { GlossaryTerm } from '@/lib/glossary';
import { rfcUrl } from '@/lib/reply-codes';

/** The RFCs that define a term, or a note that none does (industry usage). */
export default function TermRfcs({ term }: { term: GlossaryTerm }) {
  const t = useTranslations('Glossary');
  return (
    <section aria-labelledby="term-rfc">
      <h2 id="term-rfc">{t('rfc')}</h2>
      {term.rfcs.length === 0 ? (
        <p>{t('noRfc')}</p>
      ) : (
        <ul>
          {term.rfcs.map(({ rfc, section }) => (
            <li key={`${rfc}-${section ?? ''}`}>
              <a href={rfcUrl(rfc, section)}>{section ? `RFC ${rfc} § ${section}` : `RFC ${rfc}`}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
