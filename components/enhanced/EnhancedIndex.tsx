import { useLocale, useTranslations } from 'next-intl';
import { ENHANCED_CLASSES, registryEntries, SUBJECTS } from '@/lib/enhanced-codes';
import { codeTexts } from '@/lib/code-texts';
import links from '@/components/code/CodeLinks.module.css';
import styles from './EnhancedIndex.module.css';
import { entryCodes } from '@/lib/related-codes';
import { codePath } from '@/lib/urls';

/**
 * Every registry entry grouped by subject, each with links to the classes that have pages. Names only,
 * like the registry itself: each code's page (and the search) carries its summary, and 81 summaries
 * would more than double the page.
 */
export default function EnhancedIndex() {
  const t = useTranslations();
  const locale = useLocale();
  const entries = registryEntries();
  return (
    <>
      <section aria-labelledby="classes">
        <h2 id="classes">{t('EnhancedIndex.classesTitle')}</h2>
        <dl className="facts">
          {ENHANCED_CLASSES.map((c) => (
            <div key={c} className={`class-${c}`}>
              <dt>{t(`EnhancedClasses.${c}.name`)}</dt>
              <dd>{t(`EnhancedClasses.${c}.meaning`)}</dd>
            </div>
          ))}
        </dl>
      </section>
      {SUBJECTS.map((subject) => (
        <section key={subject} aria-labelledby={`subject-${subject}`} className={links.group}>
          <h2 id={`subject-${subject}`}>{`X.${subject}.x ${t(`Subjects.${subject}.name`)}`}</h2>
          <p>{t(`Subjects.${subject}.description`)}</p>
          <ul className={links.list}>
            {entries
              .filter((e) => e.subject === subject)
              .map((entry) => (
                <li key={entry.id}>
                  <span className={links.number}>{entry.id}</span>
                  {` ${codeTexts(t, entry).text('name')} `}
                  {entryCodes(entry).map((code) => (
                    <a key={code.id} href={codePath(locale, code)} className={`${styles.chip} class-${code.enhancedClass}`}>
                      {code.id}
                    </a>
                  ))}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
