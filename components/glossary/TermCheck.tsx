import { useTranslations } from 'next-intl';
import type { GlossaryTerm } from '@/lib/glossary';
import { termTexts, toolName } from '@/lib/glossary-texts';
import styles from './Glossary.module.css';
import TermStaleNotice from './TermStaleNotice';

/** How to check a term: its words, then the command as it is typed (never translated), or the kind of tool. */
export default function TermCheck({ term }: { term: GlossaryTerm }) {
  const t = useTranslations();
  return (
    <section aria-labelledby="term-check">
      <h2 id="term-check">{t('Glossary.howToCheck')}</h2>
      <p>{termTexts(t, term.id).rich('check')}</p>
      {'command' in term.check ? (
        <pre className={styles.command}>
          <code>{term.check.command}</code>
        </pre>
      ) : (
        <p className={styles.tool}>{toolName(t, term.check.tool)}</p>
      )}
      <TermStaleNotice id={term.id} fields={['check']} section="term-check" />
    </section>
  );
}
