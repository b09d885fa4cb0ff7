import { useLocale, useTranslations } from 'next-intl';
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
