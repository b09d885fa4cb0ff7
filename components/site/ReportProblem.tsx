import { useTranslations } from 'next-intl';
import { reportHref } from '@/lib/site-config';
import { absoluteUrl } from '@/lib/urls';
import styles from './ReportProblem.module.css';

/** "Report a problem with this page": an email to the site's report address, about `path`; nothing when none is set. */
export default function ReportProblem({ path }: { path: string }) {
  const t = useTranslations('ReportProblem');
  const href = reportHref(t('subject', { url: absoluteUrl(path) }));
  if (!href) return null;
  return (
    <p className={`${styles.report} report-problem`}>
      <a href={href}>{t('link')}</a>
    </p>
  );
}
