import { useTranslations } from 'next-intl';
import styles from './StaleNotice.module.css';

/**
 * The notice itself: this section's translation is older than its English, which `english` links.
 * Without server imports, so the decoder's cards can show it in the browser too (StaleNotice decides
 * on the server; the decoder decides from the stale keys the texts endpoint lists).
 */
export default function StaleNoticeText({ english }: { english: string }) {
  const t = useTranslations('StaleNotice');
  return (
    <p className={`${styles.notice} stale-notice`}>
      {`${t('text')} `}
      <a href={english} hrefLang="en">
        {t('link')}
      </a>
    </p>
  );
}
