import { useLocale, useTranslations } from 'next-intl';
import { homePath } from '@/lib/urls';
import ClientMessages from './ClientMessages';
import LanguageSwitcher from './LanguageSwitcher';
import SearchBox from '@/components/search/SearchBox';

export default function SiteHeader() {
  const t = useTranslations('Site');
  const locale = useLocale();
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <a className="site-name" href={homePath(locale)}>
        {t('name')}
      </a>
      <ClientMessages namespaces={['SearchBox', 'LanguageSwitcher']}>
        <SearchBox />
        <LanguageSwitcher />
      </ClientMessages>
    </header>
  );
}
