import { useLocale, useTranslations } from 'next-intl';
import { HINT_ID } from '@/lib/language-script';
import { homePath } from '@/lib/urls';
import ClientMessages from './ClientMessages';
import LanguageSwitcher from './LanguageSwitcher';
import SearchBox from '@/components/search/SearchBox';
import styles from './SiteHeader.module.css';

export default function SiteHeader() {
  const t = useTranslations('Site');
  const locale = useLocale();
  return (
    <header className={styles.header}>
      <a className={styles.skipLink} href="#main">
        {t('skipToContent')}
      </a>
      {/* Filled and shown by /language.js (the site's layout loads it) when the reader's browser asks for another of our languages. */}
      <div id={HINT_ID} className={styles.languageHint} hidden />
      <a className={styles.name} href={homePath(locale)}>
        {t('name')}
      </a>
      <ClientMessages namespaces={['SearchBox', 'LanguageSwitcher']}>
        <SearchBox />
        <LanguageSwitcher />
      </ClientMessages>
    </header>
  );
}
