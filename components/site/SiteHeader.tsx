import { useLocale, useTranslations } from 'next-intl';
import { LOCALES, locales } from '@/i18n/locales';
import { homePath } from '@/lib/urls';
import LanguageSwitcher from './LanguageSwitcher';
import SearchBox from '@/components/search/SearchBox';
import styles from './SiteHeader.module.css';

const OPTIONS = locales.map((locale) => ({ locale, name: LOCALES[locale].name }));

export default function SiteHeader() {
  const t = useTranslations('Site');
  const tSwitcher = useTranslations('LanguageSwitcher');
  const tSearch = useTranslations('Search');
  const locale = useLocale();
  return (
    <header className={styles.header}>
      <a className={styles.skipLink} href="#main">
        {t('skipToContent')}
      </a>
      <a className={styles.name} href={homePath(locale)}>
        {t('name')}
      </a>
      <SearchBox
        locale={locale}
        labels={{
          landmark: tSearch('landmark'),
          label: tSearch('label'),
          placeholder: tSearch('placeholder'),
          submit: tSearch('submit'),
          noResults: tSearch('noResults'),
          kinds: { term: t('glossaryLink'), guide: t('guidesLink') },
        }}
      />
      <LanguageSwitcher label={tSwitcher('label')} current={locale} options={OPTIONS} />
    </header>
  );
}
