import { useLocale, useTranslations } from 'next-intl';
import { relatedPairs, rfcLinks, type Pair } from '@/lib/comparison';
import { codeTexts } from '@/lib/code-texts';
import { pairPath } from '@/lib/urls';
import CodeLink from '@/components/code/CodeLink';
import styles from './Compare.module.css';

export default function LearnMore({ pair }: { pair: Pair }) {
  const t = useTranslations('Comparison');
  const tRoot = useTranslations();
  const locale = useLocale();
  const rfcs = rfcLinks(pair);
  return (
    <section aria-labelledby="learn-more">
      <h2 id="learn-more">{t('learnMoreTitle')}</h2>
      <h3>{t('codePages')}</h3>
      <ul>
        <li>
          <CodeLink code={pair.a} />
        </li>
        <li>
          <CodeLink code={pair.b} />
        </li>
      </ul>
      {rfcs.length > 0 ? (
        <>
          <h3>{t('rfcs')}</h3>
          <ul className={styles.chips}>
            {rfcs.map((link) => (
              <li key={link.href}>
                <a href={link.href}>{link.label}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t('relatedComparisons')}</h3>
      <ul>
        {relatedPairs(pair).map((other) => (
          <li key={`${other.a.code}-${other.b.code}`}>
            <a href={pairPath(locale, other.a, other.b)}>
              {t('title', {
                a: other.a.code,
                nameA: codeTexts(tRoot, other.a).text('name'),
                b: other.b.code,
                nameB: codeTexts(tRoot, other.b).text('name'),
              })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
