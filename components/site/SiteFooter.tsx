import { useTranslations } from 'next-intl';
import styles from './SiteFooter.module.css';

export default function SiteFooter() {
  const t = useTranslations('Site');
  return (
    <footer className={styles.footer}>
      <p>{t('footer')}</p>
    </footer>
  );
}
