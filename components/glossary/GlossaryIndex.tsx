import { useLocale, useTranslations } from 'next-intl';
import { allTerms } from '@/lib/glossary';
import { termTexts } from '@/lib/glossary-texts';
import { glossaryPath } from '@/lib/urls';
import styles from './Glossary.module.css';

/** Every term, alphabetical in the page's own language (Vietnamese "Đ" after "D", not after "Z"). */
export default function GlossaryIndex() {
  const t = useTranslations();
  const locale = useLocale();
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const entries = allTerms()
    .map((term) => ({ id: term.id, texts: termTexts(t, term.id) }))
    .map((entry) => ({ ...entry, name: entry.texts.plain('name') }))
    .sort((a, b) => collator.compare(a.name, b.name));
  return (
    <dl className={styles.index}>
      {entries.map(({ id, name, texts }) => (
        <div key={id} id={id}>
          <dt>
            <a href={glossaryPath(locale, id)}>{name}</a>
          </dt>
          <dd>{texts.rich('short')}</dd>
        </div>
      ))}
    </dl>
  );
}
