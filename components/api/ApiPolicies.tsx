import { useLocale, useTranslations } from 'next-intl';
import { curlExamples, RATE_LIMITED } from '@/lib/api';
import { absoluteUrl, openApiPath } from '@/lib/urls';
import { richTags } from '@/lib/rich';
import styles from './Api.module.css';

/** Privacy, rate limit, cross-origin policy and the OpenAPI document. */
export default function ApiPolicies() {
  const t = useTranslations('ApiPage');
  const curl = curlExamples(useLocale());
  return (
    <>
      <h2>{t('privacyTitle')}</h2>
      <p>{t('privacyText')}</p>
      <h2>{t('rateLimitTitle')}</h2>
      <p>{t.rich('rateLimitText', { ...richTags, perMinute: RATE_LIMITED.perMinute, burst: RATE_LIMITED.burst })}</p>
      <h2>{t('corsTitle')}</h2>
      <p>{t.rich('corsText', richTags)}</p>
      <h2>{t('referenceTitle')}</h2>
      <p>{t('referenceText')}</p>
      <p>
        <a href={openApiPath}>{absoluteUrl(openApiPath)}</a>
      </p>
      <pre className={styles.command}>
        <code>{curl.openapi}</code>
      </pre>
    </>
  );
}
