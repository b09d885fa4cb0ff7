import { nearMatches, nearMatchesForSlug } from '@/lib/near-matches';
import { routeRequest } from '@/lib/request-routing';
import { canonicalSlug, isCanonical, parseSlug } from '@/lib/slug';

const describeSlug = (slug: string) => {
  const parsed = parseSlug(slug);
  return parsed && `${parsed.kind} ${canonicalSlug(parsed)}${isCanonical(parsed) ? '' : ' (redirect)'}`;
};

test.each([
  ['550', 'code 550'],
  ['250', 'code 250'],
  ['571', 'code 571'],
  ['5.1.1', 'enhanced 5.1.1'],
  ['4.2.2', 'enhanced 4.2.2'],
  ['5.1.10', 'enhanced 5.1.10'],
  ['5.01.1', null],
  ['9.1.1', null],
  ['5.9.1', null],
  ['5.1.1-vs-5.1.10', 'enhanced-pair 5.1.1-vs-5.1.10'],
  ['5.1.10-vs-5.1.1', 'enhanced-pair 5.1.1-vs-5.1.10 (redirect)'],
  ['5.2.2-vs-4.2.2', 'enhanced-pair 4.2.2-vs-5.2.2 (redirect)'],
  ['550-vs-5.1.1', null],
  ['5.1.1-vs-5.1.1', null],
  ['999', null],
  ['55', null],
  ['0550', null],
  ['550 ', null],
  ['abc', null],
  ['', null],
  ['250-vs-550', 'pair 250-vs-550'],
  ['550-vs-250', 'pair 250-vs-550 (redirect)'],
  ['550-vs-550', null],
  ['550-vs-999', null],
  ['250-vs-550-vs-421', null],
  ['250-VS-550', null],
  ['-vs-550', null],
])('parseSlug(%j) → %s', (slug, expected) => {
  expect(describeSlug(slug)).toBe(expected);
});

test.each([
  ['/en/smtp/550-vs-250', 'redirect /en/smtp/250-vs-550'],
  ['/vi/smtp/554-vs-421', 'redirect /vi/smtp/421-vs-554'],
  ['/en/smtp/250-vs-550', null],
  ['/en/smtp/550', null],
  ['/en/smtp/compare', null],
  ['/en', null],
  ['/vi/', null],
  ['/en/smtp/999', 'not-found /en/missing/999'],
  ['/vi/smtp/55', 'not-found /vi/missing/55'],
  ['/en/smtp/' + '5'.repeat(300), 'not-found /en/missing/555'],
  ['/en/smtp/550-vs-99999', 'not-found /en/missing/550-999'],
  ['/en/smtp/5.1.99', 'not-found /en/missing/5.1.99'],
  ['/en/smtp/550-vs-5.1.1', 'not-found /en/missing/550-5.1.1'],
  ['/en/smtp/5.1.10-vs-5.1.1', 'redirect /en/smtp/5.1.1-vs-5.1.10'],
  ['/en/smtp/5.1.1', null],
  ['/en/smtp/250-vs-550', null],
  ['/en/smtp/5.1.1-vs-5.1.10', 'render-per-request /en/smtp/per-request/5.1.1-vs-5.1.10'],
  ['/vi/smtp/550-vs-571', 'render-per-request /vi/smtp/per-request/550-vs-571'],
  ['/vi/smtp/250-vs-550', 'render-per-request /vi/smtp/per-request/250-vs-550'],
  ['/vi/smtp/550', null],
  ['/en/smtp/per-request/5.1.1-vs-5.1.10', 'not-found /en/missing/5.1.1-5.1.10'],
  ['/en/smtp/enhanced', null],
  ['/en/smtp/550-vs-550', 'not-found /en/missing/550-550'],
  ['/en/smtp/%E2%9C%93', 'not-found /en/missing/none'],
  ['/en/smtp/%E0%A4%A', 'not-found /en/missing/0-4'],
  ['/en/smtp/550/extra', 'not-found /en/missing/550'],
  ['/en/smtp', 'not-found /en/missing/none'],
  ['/en/nothing-here', 'not-found /en/missing/none'],
  ['/en/missing/55', 'not-found /en/missing/55'],
  ['/550', 'redirect /smtp/550'],
  ['/5.1.1', 'redirect /smtp/5.1.1'],
  ['/5.7.620', 'redirect /smtp/5.7.606-649'],
  ['/250-vs-550', null],
  ['/en/embed/smtp/550', null],
  ['/en/embed/smtp/5.7.620', 'redirect /en/embed/smtp/5.7.606-649'],
  ['/en/embed/smtp/250-vs-550', 'not-found /en/missing/250-550'],
  ['/en/embed/smtp/999', 'not-found /en/missing/999'],
  ['/en/search', null],
  ['/vi/guides/why-did-my-email-bounce', null],
  ['/vi/guides/why-did-my-email-bounce/mailbox-full', null],
  ['/en/guides/why-did-my-email-bounce/no-bounce', null],
  ['/vi/guides/why-did-my-email-bounce/Bad', 'not-found /vi/missing/none'],
  ['/en/guides/why-did-my-email-bounce/mailbox', 'not-found /en/missing/none'],
  ['/en/guides/why-did-my-email-bounce/start', 'not-found /en/missing/none'],
  ['/en/guides/why-did-my-email-bounce/has-code/extra', 'not-found /en/missing/none'],
  // The decision guide's first URLs moved among the guides.
  ['/vi/guide', 'redirect /vi/guides/why-did-my-email-bounce'],
  ['/vi/guide/', 'redirect /vi/guides/why-did-my-email-bounce'],
  ['/vi/guide/mailbox-full', 'redirect /vi/guides/why-did-my-email-bounce/mailbox-full'],
  ['/en/guide/no-bounce', 'redirect /en/guides/why-did-my-email-bounce/no-bounce'],
  ['/vi/guide/Bad', 'not-found /vi/missing/none'],
  ['/en/guide/start', 'not-found /en/missing/none'],
  ['/en/guide/has-code/extra', 'not-found /en/missing/none'],
  ['/en/guides', null],
  ['/vi/guides/spf-dkim-dmarc', null],
  ['/en/guides/spf-dkim-dmarc/x', 'not-found /en/missing/none'],
  ['/en/guides/SPF-DKIM-DMARC', 'not-found /en/missing/none'],
  ['/en/guides/no-such-guide', 'not-found /en/missing/none'],
  ['/en/glossary', null],
  ['/vi/glossary/spf', null],
  ['/vi/glossary/greylisting', null],
  ['/en/glossary/SPF', 'not-found /en/missing/none'],
  ['/en/glossary/no-such-term', 'not-found /en/missing/none'],
  ['/en/glossary/spf/extra', 'not-found /en/missing/none'],
  ['/xx/smtp/550-vs-250', null],
  ['/smtp/550-vs-250', null],
  ['/', null],
  // Undecodable escapes outside a locale: the same path with its "%" signs taken literally.
  ['/%zz', 'redirect /%25zz'],
  ['/%', 'redirect /%25'],
  ['/55%', 'redirect /55%25'],
  ['/%C0%AF', 'redirect /%25C0%25AF'],
  ['/xx/%E0%A4%A/550', 'redirect /xx/%25E0%25A4%25A/550'],
  ['/api/v1/codes/%zz', 'redirect /api/v1/codes/%25zz'],
  ['/%25zz', null],
  ['/%E2%9C%93', null],
  ['/en-XA/smtp/550', 'render-per-request /en-XA/smtp/per-request/550'],
  ['/en-XA/smtp/250-vs-550', 'render-per-request /en-XA/smtp/per-request/250-vs-550'],
  ['/en-XA/embed/smtp/550', null],
  ['/en-XA/glossary/spf', null],
])('routeRequest(%j) → %j', (path, expected) => {
  const route = routeRequest(path);
  expect(route && `${route.action} ${route.path}`).toBe(expected);
});

test.each([
  ['55', [550, 551, 552, 553, 554, 555]],
  ['5', [500, 501, 502, 503, 504, 510]],
  ['45', [450, 451, 452, 453, 454, 455]],
])('nearMatches(%j) lists the codes that start with it', (query, expected) => {
  expect(nearMatches(query).map((c) => c.code)).toEqual(expected);
});

test.each([
  ['999', 3],
  ['559', 3],
  ['smtp550x', 3],
])('nearMatches(%j) returns close existing codes', (query, min) => {
  const codes = nearMatches(query).map((c) => c.code);
  expect(codes.length).toBeGreaterThanOrEqual(min);
});

test('a near miss is found by one-digit edits, closest first', () => {
  expect(nearMatches('559').map((c) => c.code).slice(0, 3)).toEqual([557, 556, 555]);
  expect(nearMatches('566')[0]!.code).toBe(556);
});

test('slugs with no digits suggest nothing', () => {
  expect(nearMatchesForSlug('hello')).toEqual([]);
});

const labels = (slug: string) =>
  nearMatchesForSlug(slug).map((s) => (s.kind === 'reply' ? String(s.code.code) : s.code.id));

test('a pair with one unknown side suggests codes near each side', () => {
  const codes = labels('550-vs-999');
  expect(codes).toContain('550');
  expect(codes.some((c) => Number(c) >= 500 && c !== '550')).toBe(true);
});

test('an unknown enhanced code suggests enhanced codes of the same class and subject', () => {
  const codes = labels('5.1.99');
  expect(codes.length).toBeGreaterThan(2);
  for (const code of codes) expect(code).toMatch(/^5\.1\.\d+$/);
  expect(labels('550-5.1.99')).toEqual(expect.arrayContaining(['550']));
});
