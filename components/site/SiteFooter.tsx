import { useLocale, useTranslations } from 'next-intl';
import { apiPath, glossaryPath, guidesPath, privacyPath } from '@/lib/urls';
import styles from './SiteFooter.module.css';

export default function SiteFooter() {
  const t = useTranslations('Site');
  const locale = useLocale();
  return (
    <footer className={styles.footer}>
      <nav aria-label={t('learnLabel')}>
        <ul className={styles.links}>
          <li>
            <a href={glossaryPath(locale)}>{t('glossaryLink')}</a>
          </li>
          <li>
            <a href={guidesPath(locale)}>{t('guidesLink')}</a>
          </li>
          <li>
            <a href={apiPath(locale)}>{t('apiLink')}</a>
          </li>
          <li>
            <a href={privacyPath(locale)}>{t('privacyLink')}</a>
          </li>
        </ul>
      </nav>
      <p>{t('footer')}</p>
    </footer>
  );
}
