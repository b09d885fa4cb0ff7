import { useTranslations } from 'next-intl';
import { codeTexts } from '@/lib/code-texts';
import { coreKey, type Pair } from '@/lib/comparison';
import type { ReplyCode } from '@/lib/reply-codes';
import Breadcrumbs from '@/components/site/Breadcrumbs';
import CodeSections from '@/components/code/CodeSections';
import ComparisonTable from './ComparisonTable';
import LearnMore from './LearnMore';
import SummaryStaleNotice from './SummaryStaleNotice';
import WhenToUseWhich from './WhenToUseWhich';
import styles from './Compare.module.css';

export default function ReplyComparisonPage({ pair }: { pair: Pair }) {
  const t = useTranslations('Comparison');
  const tRoot = useTranslations();
  const { a, b } = pair;
  const nameOf = (code: ReplyCode) => codeTexts(tRoot, code).text('name');
  return (
    <article className="comparison-page">
      <Breadcrumbs current={`${a.code} / ${b.code}`} />
      <h1>{t('title', { a: a.code, nameA: nameOf(a), b: b.code, nameB: nameOf(b) })}</h1>
      <section aria-labelledby="summary" className="lead">
        <h2 id="summary">
          {t('summaryTitle')}
        </h2>
        <p>{t(`core.${coreKey(a.replyClass, b.replyClass)}`, { a: a.code, b: b.code })}</p>
        <ul>
          {[a, b].map((code) => (
            <li key={code.code} className={`class-${code.replyClass}`}>
              {t('oneLine', { code: code.code, name: nameOf(code), summary: codeTexts(tRoot, code).text('summary') })}
            </li>
          ))}
        </ul>
        <SummaryStaleNotice pair={pair} />
      </section>
      <div className={styles.sideBySide}>
        {[a, b].map((code) => (
          <section key={code.code} aria-labelledby={`code-${code.code}`} className={`class-${code.replyClass}`}>
            <h2 id={`code-${code.code}`}>
              {code.code} {nameOf(code)}
            </h2>
            <CodeSections code={code} pair={pair} />
          </section>
        ))}
      </div>
      <section aria-labelledby="differences">
        <h2 id="differences">{t('differencesTitle')}</h2>
        <ComparisonTable pair={pair} />
      </section>
      <WhenToUseWhich pair={pair} />
      <LearnMore pair={pair} />
    </article>
  );
}
