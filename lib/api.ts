/**
 * What the API page (/{locale}/api) and the OpenAPI document (lib/openapi.ts) both state: the deployment's
 * rate limit and the curl command of each endpoint. Small and free of data, so the page imports only this.
 */
import type { Locale } from '@/i18n/locales';
import { absoluteUrl, codesApiPath, decodeApiPath, oembedPath, openApiPath, smtpPath } from './urls';

/**
 * What the deployment answers when one client posts to the decoder too often (deploy/nginx.conf.template
 * writes the same body and Retry-After; the test compares). The app itself counts no requests.
 */
export const RATE_LIMITED = {
  status: 429,
  /** Per client, on average, and how many may come at once. */
  perMinute: 60,
  burst: 10,
  retryAfterSeconds: 10,
  body: { error: 'Too many requests: wait a few seconds and try again.' },
} as const;

/** The curl command of each endpoint integrators use, for the API page (literal: not translated). */
export function curlExamples(locale: Locale) {
  return {
    decode: `curl -s -X POST '${absoluteUrl(decodeApiPath(locale))}' \\\n     -H 'content-type: message/rfc822' --data-binary @bounce.eml`,
    codes: `curl -s '${absoluteUrl(codesApiPath('5.7.26', locale))}'`,
    oembed: `curl -s '${absoluteUrl(oembedPath(absoluteUrl(smtpPath(locale, '550'))))}'`,
    openapi: `curl -s '${absoluteUrl(openApiPath)}'`,
  } as const;
}
