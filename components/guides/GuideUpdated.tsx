import { useLocale, useTranslations } from 'next-intl';
import styles from './Guides.module.css';

/** When the guide's facts were last checked, as a date in the reader's own format. */
export default function GuideUpdated({ date }: { date: string }) {
  const t = useTranslations('Guides');
  const locale = useLocale();
  // Dates in data are calendar days: formatted in UTC so no time zone moves them to the day before.
  const formatted = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  return (
    <p className={styles.updated}>
      <time dateTime={date}>{t('updated', { date: formatted })}</time>
    </p>
  );
}
