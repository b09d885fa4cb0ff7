import { useTranslations } from 'next-intl';
import type { ReplyCode } from '@/lib/reply-codes';

export default function EnhancedCodes({ code }: { code: ReplyCode }) {
  const t = useTranslations('CodePage');
  return (
    <section aria-labelledby="enhanced">
      <h2 id="enhanced">{t('enhancedTitle', { code: code.code })}</h2>
      {code.enhanced.length > 0 ? (
        <>
          <p>{t('enhancedLead')}</p>
          <ul className="chips">
            {code.enhanced.map((enhanced) => (
              <li key={enhanced}>
                <code>
                  {code.code} {enhanced}
                </code>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('enhancedNone', { code: code.code })}</p>
      )}
    </section>
  );
}
