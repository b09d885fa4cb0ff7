import { useLocale, useTranslations } from 'next-intl';
import { curlExamples } from '@/lib/api';
import { richTags } from '@/lib/rich';
import styles from './Api.module.css';

const ENDPOINTS = [
  { id: 'decode', title: 'decodeTitle', text: 'decodeText', method: 'POST', path: '/api/v1/decode' },
  { id: 'codes', title: 'codesTitle', text: 'codesText', method: 'GET', path: '/api/v1/codes/{code}' },
  { id: 'oembed', title: 'oembedTitle', text: 'oembedText', method: 'GET', path: '/api/oembed' },
] as const;

/** The endpoints integrators use, each with a curl command (literal, from lib/openapi.ts: not translated). */
export default function ApiEndpoints() {
  const t = useTranslations('ApiPage');
  const curl = curlExamples(useLocale());
  return (
    <section aria-labelledby="api-endpoints">
      <h2 id="api-endpoints">{t('endpointsTitle')}</h2>
      {ENDPOINTS.map((e) => (
        <section key={e.id} aria-labelledby={`api-${e.id}`}>
          <h3 id={`api-${e.id}`}>{t(e.title)}</h3>
          <p>
            <code>
              {e.method} {e.path}
            </code>
          </p>
          <p>{t.rich(e.text, richTags)}</p>
          <pre className={styles.command}>
            <code>{curl[e.id]}</code>
          </pre>
        </section>
      ))}
      <p className="muted">{t.rich('internalText', richTags)}</p>
    </section>
  );
}
