import { useLocale, useTranslations } from 'next-intl';
import { pairPath } from '@/lib/urls';
import { relatedReplyCodes } from '@/lib/related-codes';
import type { ReplyCode } from '@/lib/reply-codes';
import CodeLink from './CodeLink';
import links from './CodeLinks.module.css';

export default function RelatedCodes({ code }: { code: ReplyCode }) {
  const t = useTranslations('CodePage');
  const locale = useLocale();
  return (
    <section aria-labelledby="related">
      <h2 id="related">{t('relatedTitle')}</h2>
      <ul className={links.related}>
        {relatedReplyCodes(code).map((other) => (
          <li key={other.code}>
            <CodeLink code={other} />{' '}
            <a className={links.compareLink} href={pairPath(locale, code, other)}>
              {t('compareWith', {
                a: Math.min(code.code, other.code),
                b: Math.max(code.code, other.code),
              })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
