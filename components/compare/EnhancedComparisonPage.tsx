import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { bounceKindOf, pairedReplyCodes, type EnhancedCode } from '@/lib/enhanced-codes';
import { codeTexts } from '@/lib/code-texts';
import { retryOfClass } from '@/lib/codes';
import { coreKey } from '@/lib/comparison';
import { codePath } from '@/lib/urls';
import { referenceLink } from '@/lib/references';
import Breadcrumbs from '@/components/site/Breadcrumbs';
import styles from './Compare.module.css';
import CodeSections from '@/components/code/CodeSections';
import DifferencesTable, { type DifferenceRow } from './DifferencesTable';
import SummaryStaleNotice from './SummaryStaleNotice';

type Pair = { readonly a: EnhancedCode; readonly b: EnhancedCode };

/** Two enhanced codes side by side, from their registry facts and texts; same sections as reply codes. */
export default function EnhancedComparisonPage({ pair }: { pair: Pair }) {
  const t = useTranslations('Comparison');
  const tRoot = useTranslations();
  const tPage = useTranslations('EnhancedPage');
  const format = useFormatter();
  const locale = useLocale();
  const { a, b } = pair;
  const name = (c: EnhancedCode) => codeTexts(tRoot, c).text('name');
  const replies = (c: EnhancedCode) => pairedReplyCodes(c).map((r) => String(r.code));
  const rows: ReadonlyArray<DifferenceRow<EnhancedCode>> = [
    [tPage('class'), (c) => tRoot(`EnhancedClasses.${c.enhancedClass}.name`)],
    [t('meaning'), name],
    // The registry's title is English in every locale, and marked so.
    [
      tPage('entry'),
      (c) => (c.entry.title ? `${c.entry.id} · ${c.entry.title}` : c.entry.id),
      (c) => (c.entry.title ? <>{`${c.entry.id} · `}<span lang="en">{c.entry.title}</span></> : c.entry.id),
    ],
    [tPage('subject'), (c) => tRoot(`Subjects.${c.entry.subject}.name`)],
    [tRoot('Facts.willRetry'), (c) => tRoot(`Facts.willRetries.${retryOfClass(c.enhancedClass)}`)],
    [tPage('reason'), (c) => tRoot(`reasons.${c.entry.reason}.name`)],
    [tPage('bounce'), (c) => tRoot(`BounceKinds.${bounceKindOf(c)}`)],
    [tPage('replyCodes'), (c) => (replies(c).length > 0 ? format.list(replies(c)) : tRoot('Facts.none'))],
  ];
  // Said once when both share them: the same replies in front do not tell the codes apart.
  const [repliesA, repliesB] = [format.list(replies(a), { type: 'disjunction' }), format.list(replies(b), { type: 'disjunction' })];
  const refs = new Map([a, b].flatMap((c) => c.entry.refs.map(referenceLink)).map((l) => [l.href, l]));
  return (
    <article className="comparison-page">
      <Breadcrumbs current={`${a.id} / ${b.id}`} section="enhanced" />
      <h1>{t('title', { a: a.id, nameA: name(a), b: b.id, nameB: name(b) })}</h1>
      <section aria-labelledby="summary" className="lead">
        <h2 id="summary">{t('summaryTitle')}</h2>
        <p>{t(`core.${coreKey(a.enhancedClass, b.enhancedClass)}`, { a: a.id, b: b.id })}</p>
        <ul>
          {[a, b].map((c) => (
            <li key={c.id}>{t('oneLine', { code: c.id, name: name(c), summary: codeTexts(tRoot, c).text('summary') })}</li>
          ))}
        </ul>
        <SummaryStaleNotice pair={pair} />
      </section>
      <div className={styles.sideBySide}>
        {[a, b].map((c) => (
          <section key={c.id} aria-labelledby={`code-${c.id}`} className={`class-${c.enhancedClass}`}>
            <h2 id={`code-${c.id}`}>
              {c.id} {name(c)}
            </h2>
            <CodeSections code={c} pair={pair} />
          </section>
        ))}
      </div>
      <section aria-labelledby="differences">
        <h2 id="differences">{t('differencesTitle')}</h2>
        <DifferencesTable a={a} b={b} labelA={a.id} labelB={b.id} rows={rows} />
      </section>
      <section aria-labelledby="which">
        <h2 id="which">{t('whichTitle')}</h2>
        <p>{t('whichLead')}</p>
        <ul>
          <li>
            {a.enhancedClass === b.enhancedClass
              ? t('whichSameDigit', { digit: a.enhancedClass })
              : t('whichDigits', {
                  a: a.id,
                  b: b.id,
                  meaningA: tRoot(`EnhancedClasses.${a.enhancedClass}.meaning`),
                  meaningB: tRoot(`EnhancedClasses.${b.enhancedClass}.meaning`),
                })}
          </li>
          {replies(a).length > 0 && replies(b).length > 0 ? (
            <li>
              {repliesA === repliesB
                ? t('whichSameReplies', { replies: repliesA })
                : t('whichReplies', { a: a.id, b: b.id, repliesA, repliesB })}
            </li>
          ) : null}
        </ul>
      </section>
      <section aria-labelledby="learn-more">
        <h2 id="learn-more">{t('learnMoreTitle')}</h2>
        <h3>{t('codePages')}</h3>
        <ul>
          {[a, b].map((c) => (
            <li key={c.id}>
              <a href={codePath(locale, c)}>
                {c.id} {name(c)}
              </a>
            </li>
          ))}
        </ul>
        <h3>{t('rfcs')}</h3>
        <ul className={styles.chips}>
          {[...refs.values()].map((link) => (
            <li key={link.href}>
              <a href={link.href}>{link.label}</a>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
