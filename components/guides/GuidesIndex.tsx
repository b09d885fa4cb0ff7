import { useLocale, useTranslations } from 'next-intl';
import { allGuides } from '@/lib/guides';
import { guideTexts } from '@/lib/glossary-texts';
import { guidesPath } from '@/lib/urls';
import styles from './Guides.module.css';

/** Every guide, the decision guide first, each with its lead. */
export default function GuidesIndex() {
  const t = useTranslations();
  const locale = useLocale();
  return (
    <ul className={styles.index}>
      {allGuides().map(({ slug }) => {
        const texts = guideTexts(t, slug);
        return (
          <li key={slug}>
            <h2>
              <a href={guidesPath(locale, slug)}>{texts.rich('title')}</a>
            </h2>
            <p>{texts.rich('lead')}</p>
          </li>
        );
      })}
    </ul>
  );
}
