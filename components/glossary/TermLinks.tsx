import { useLocale, useTranslations } from 'next-intl';
import type { GlossaryTermId } from '@/lib/glossary';
import { termTexts } from '@/lib/glossary-texts';
import { glossaryPath } from '@/lib/urls';
import styles from './Glossary.module.css';

/** Glossary terms as a list of links, named in the page's language. */
export default function TermLinks({ ids }: { ids: readonly GlossaryTermId[] }) {
  const t = useTranslations();
  const locale = useLocale();
  return (
    <ul className={styles.terms}>
      {ids.map((id) => (
        <li key={id}>
          <a href={glossaryPath(locale, id)}>{termTexts(t, id).plain('name')}</a>
        </li>
      ))}
    </ul>
  );
}
