import { useLocale, useTranslations } from 'next-intl';
import { staleKeysOf } from '@/lib/staleness';
import styles from './StaleNotice.module.css';

/**
 * Under a section whose translation was made from an older English text (npm run i18n:status): says so,
 * and links the same section of the English page. Renders nothing while the translation is current.
 */
export default function StaleNotice({ messageKeys, english }: { messageKeys: readonly string[]; english: string }) {
  const locale = useLocale();
  const t = useTranslations('StaleNotice');
  const stale = staleKeysOf(locale);
  if (!messageKeys.some((key) => stale.has(key))) return null;
  return (
    <p className={`${styles.notice} stale-notice`}>
      {`${t('text')} `}
      <a href={english} hrefLang="en">
        {t('link')}
      </a>
    </p>
  );
}
