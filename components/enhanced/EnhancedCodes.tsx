import { useLocale, useTranslations } from 'next-intl';
import { codeTexts } from '@/lib/code-texts';
import { getEnhancedCode } from '@/lib/enhanced-codes';
import { codePath } from '@/lib/urls';
import type { ReplyCode } from '@/lib/reply-codes';
import links from '@/components/code/CodeLinks.module.css';

/** The enhanced codes a reply code usually carries, linked to their pages. */
export default function EnhancedCodes({ code }: { code: ReplyCode }) {
  const t = useTranslations('CodePage');
  const tRoot = useTranslations();
  const locale = useLocale();
  return (
    <section aria-labelledby="enhanced">
      <h2 id="enhanced">{t('enhancedTitle', { code: code.code })}</h2>
      {code.enhanced.length > 0 ? (
        <>
          <p>{t('enhancedLead')}</p>
          <ul className={links.related}>
            {code.enhanced.map((id) => {
              const enhanced = getEnhancedCode(id);
              return (
                <li key={id}>
                  {enhanced ? (
                    <a href={codePath(locale, enhanced)} className={`${links.link} class-${enhanced.enhancedClass}`}>
                      <span className={links.number}>{`${code.code} ${id}`}</span>
                      {` ${codeTexts(tRoot, enhanced).text('name')}`}
                    </a>
                  ) : (
                    <code>{`${code.code} ${id}`}</code>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p>{t('enhancedNone', { code: code.code })}</p>
      )}
    </section>
  );
}
