import { screen } from '@testing-library/react';
import ApiEndpoints from '@/components/api/ApiEndpoints';
import ApiPolicies from '@/components/api/ApiPolicies';
import type { Locale } from '@/i18n/locales';
import { RATE_LIMITED } from '@/lib/api';
import { absoluteUrl, openApiPath } from '@/lib/urls';
import { renderIn } from './render';

const LOCALES: Locale[] = ['en', 'vi'];

describe.each(LOCALES)('the API page in %s', (locale) => {
  test('each endpoint has its curl command, in the page’s language and untranslated', () => {
    const { container } = renderIn(locale, <ApiEndpoints />);
    const commands = [...container.querySelectorAll('pre code')].map((c) => c.textContent);
    expect(commands).toEqual([
      `curl -s -X POST '${absoluteUrl(`/api/v1/decode?locale=${locale}`)}' \\\n     -H 'content-type: message/rfc822' --data-binary @bounce.eml`,
      `curl -s '${absoluteUrl(`/api/v1/codes/5.7.26?locale=${locale}`)}'`,
      `curl -s '${absoluteUrl(`/api/oembed?url=${encodeURIComponent(absoluteUrl(`/${locale}/smtp/550`))}&format=json`)}'`,
    ]);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(3);
  });

  test('states the rate limit, the CORS policy and links the OpenAPI document', () => {
    const { container } = renderIn(locale, <ApiPolicies />);
    expect(container.textContent).toContain(String(RATE_LIMITED.perMinute));
    expect(container.textContent).toContain('Access-Control-Allow-Origin: *');
    expect(container.textContent).toContain('Retry-After');
    expect(screen.getByRole('link', { name: absoluteUrl(openApiPath) })).toHaveAttribute('href', openApiPath);
  });
});
