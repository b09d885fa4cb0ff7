import { useLocale, useTranslations } from 'next-intl';
import { enhancedIndexPath, homePath } from '@/lib/urls';
import styles from './Breadcrumbs.module.css';

/** The index a page belongs to: reply codes, enhanced codes, or another index (glossary, guides). */
type Section = 'reply' | 'enhanced' | { readonly href: string; readonly name: string };

/** The pages above a code page, as the breadcrumbs show them and as its structured data lists them. */
export function useTrail(section: Section): readonly { name: string; path: string; href: string }[] {
  const t = useTranslations('Breadcrumbs');
  const tIndex = useTranslations('EnhancedIndex');
  const locale = useLocale();
  const home = homePath(locale);
  return [
    { name: t('home'), path: home, href: home },
    section === 'reply'
      ? { name: t('smtp'), path: home, href: `${home}#codes` }
      : section === 'enhanced'
        ? { name: tIndex('title'), path: enhancedIndexPath(locale), href: enhancedIndexPath(locale) }
        : { name: section.name, path: section.href, href: section.href },
  ];
}

/** Home › the index the page belongs to › the page. */
export default function Breadcrumbs({ current, section = 'reply' }: { current: string; section?: Section }) {
  const t = useTranslations('Breadcrumbs');
  const trail = useTrail(section);
  return (
    <nav aria-label={t('label')} className={styles.breadcrumbs}>
      <ol>
        {trail.map((crumb) => (
          <li key={crumb.href}>
            <a href={crumb.href}>{crumb.name}</a>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
