import { useLocale, useTranslations } from 'next-intl';
import { enhancedIndexPath, homePath } from '@/lib/urls';
import styles from './Breadcrumbs.module.css';

type Section = 'reply' | 'enhanced' | { readonly href: string; readonly name: string };

/** Home › the index the page belongs to (reply codes, enhanced codes, or another index) › the page. */
export default function Breadcrumbs({ current, section = 'reply' }: { current: string; section?: Section }) {
  const t = useTranslations('Breadcrumbs');
  const tIndex = useTranslations('EnhancedIndex');
  const locale = useLocale();
  return (
    <nav aria-label={t('label')} className={styles.breadcrumbs}>
      <ol>
        <li>
          <a href={homePath(locale)}>{t('home')}</a>
        </li>
        <li>
          {section === 'reply' ? (
            <a href={`${homePath(locale)}#codes`}>{t('smtp')}</a>
          ) : section === 'enhanced' ? (
            <a href={enhancedIndexPath(locale)}>{tIndex('title')}</a>
          ) : (
            <a href={section.href}>{section.name}</a>
          )}
        </li>
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
