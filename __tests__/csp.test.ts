/** @jest-environment node */
import type { ProxyMatcher } from 'next/dist/build/analysis/get-page-static-info';
import { disagreements, ruledCodePages } from '@/bin/csp/prerendered-pages';
import { inlineScripts, sha256Source } from '@/bin/csp/inline-scripts';
import { contentSecurityPolicy, LOCKED_DOWN_POLICY } from '@/lib/csp';
import { locales, PSEUDO_LOCALE, type Locale } from '@/i18n/locales';
import { isPrerendered, prerenderedSlugs } from '@/lib/pages';
import { parseSlug } from '@/lib/slug';
import { config, isPagePath } from '@/proxy';

const directives = (policy: string) =>
  Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));

test.each([
  [{ kind: 'hashes', sources: ["'sha256-abc='", "'sha256-def='"] } as const, 'nobody' as const, "'self' 'sha256-abc=' 'sha256-def='", "'none'"],
  [{ kind: 'nonce', nonce: 'bm9uY2U=' } as const, 'nobody' as const, "'self' 'nonce-bm9uY2U='", "'none'"],
  [{ kind: 'hashes', sources: [] } as const, 'anyone' as const, "'self'", '*'],
])('contentSecurityPolicy(%j, %s) names the scripts and who may frame', (trust, framing, scripts, frameAncestors) => {
  const policy = directives(contentSecurityPolicy(trust, framing));
  expect(policy['script-src']).toBe(scripts);
  expect(policy['frame-ancestors']).toBe(frameAncestors);
  expect(policy['default-src']).toBe("'none'");
  expect(Object.values(policy).join(' ')).not.toMatch(/unsafe|https?:|\*\./);
});

test('inlineScripts finds the scripts a browser runs and nothing else', () => {
  const html = [
    '<script src="/_next/static/chunks/a.js" async=""></script>',
    '<script type="application/ld+json">{"@context":"https://schema.org"}</script>',
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
    '<script id="_R_">globalThis.x=1</script>',
    '<script type="module">import "./m.js"</script>',
    '<script type="text/javascript">a()</script>',
    '<script></script>',
  ].join('');
  expect(inlineScripts(html)).toEqual(['(self.__next_f=self.__next_f||[]).push([0])', 'globalThis.x=1', 'import "./m.js"', 'a()']);
});

test('sha256Source is the CSP form of the script’s SHA-256 (the value a browser reports)', () => {
  // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
  expect(sha256Source('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
});

test.each([
  ['en', '550', true],
  ['vi', '550', true],
  ['ar', '5.7.606-649', true],
  ['en', '250-vs-550', true],
  ['en', '450-vs-550', true],
  // Comparisons are a second step: prerendered in the default locale only.
  ['vi', '250-vs-550', false],
  ['ja', '450-vs-550', false],
  ['en', '550-vs-571', false],
  ['en', '211-vs-214', false],
  ['en', '5.1.1-vs-5.1.10', false],
  ['en-XA', '550', false],
] as const)('isPrerendered(%s, %s) = %s, and agrees with the prerendered list', (locale, slug, expected) => {
  expect(isPrerendered(parseSlug(slug)!, locale)).toBe(expected);
  expect(prerenderedSlugs(locale).includes(slug)).toBe(expected);
});

test.each<Locale>([...locales, PSEUDO_LOCALE])('every slug prerendered in %s is prerendered by the rule the proxy routes by', (locale) => {
  expect(prerenderedSlugs(locale).filter((slug) => !isPrerendered(parseSlug(slug)!, locale))).toEqual([]);
});

test('responses that are not pages load nothing and cannot be framed', () => {
  expect(directives(LOCKED_DOWN_POLICY)).toEqual({ 'default-src': "'none'", 'frame-ancestors': "'none'" });
});

// Next compiles the matcher its own way (path-to-regexp, plus its data and .rsc suffixes); the proxy reads
// the same literal as a RegExp. Both must send the same paths to the proxy. (Next exports the compiler
// its build uses but leaves it out of its type declarations.)
const { getMiddlewareMatchers } = jest.requireActual<{
  getMiddlewareMatchers: (matchers: string[], nextConfig: object) => ProxyMatcher[];
}>('next/dist/build/analysis/get-page-static-info');
const nextMatchers = getMiddlewareMatchers(config.matcher, {}).map((m) => new RegExp(m.regexp));
test.each([
  ['/', true],
  ['/en', true],
  ['/vi/smtp/550', true],
  ['/en/smtp/5.1.1', true],
  ['/en/embed/smtp/5.7.606-649', true],
  ['/en/search', true],
  ['/550', true],
  ['/api/v1/codes/550', false],
  ['/api', false],
  ['/og/en/550', false],
  ['/_next/static/chunks/a.js', false],
  ['/_vercel/insights', false],
  ['/icon.svg', false],
  ['/favicon.ico', false],
  ['/robots.txt', false],
  ['/sitemap.xml', false],
  ['/sitemap/vi.xml', false],
  ['/en/smtp/550.png', false],
  ['/site.webmanifest', false],
])('isPagePath(%s) = %s, as Next matches it', (path, page) => {
  expect(isPagePath(path)).toBe(page);
  expect(nextMatchers[0]!.test(path)).toBe(page);
});

test.each([
  ['/api/x/55%', false],
  ['/og/en/5%zz', false],
  ['/%zz', true],
])('the "%%" matcher also brings %s to the proxy (a page: %s)', (path, page) => {
  expect(nextMatchers[1]!.test(path)).toBe(true);
  expect(isPagePath(path)).toBe(page);
});

describe('the build agrees with lib/pages.ts on what is prerendered', () => {
  const ruled = ruledCodePages();
  const all = [...ruled];
  test.each([
    ['exactly the ruled code pages, plus localized pages', [...all, '/en', '/vi/guides/why-did-my-email-bounce/blocked', '/en/glossary/spf', '/vi/guides/spf-dkim-dmarc', '/en/smtp/decode'], [], []],
    ['a ruled page missing', all.filter((p) => p !== '/vi/smtp/550'), ['/vi/smtp/550'], []],
    ['a comparison the rule renders per request', [...all, '/en/smtp/5.1.1-vs-5.1.10'], [], ['/en/smtp/5.1.1-vs-5.1.10']],
    ['an embed of a pair', [...all, '/en/embed/smtp/250-vs-550'], [], ['/en/embed/smtp/250-vs-550']],
    ['an embed card, which is rendered on request', [...all, '/vi/embed/smtp/550'], [], ['/vi/embed/smtp/550']],
  ])('%s', (_, built, notBuilt, notRuled) => {
    expect(disagreements(built, ruled)).toEqual({ notBuilt, notRuled });
  });

  test('the rule covers every locale and code page, and no embed card', () => {
    for (const path of ['/en/smtp/550', '/en/smtp/250-vs-550', '/vi/smtp/5.7.1', '/en/smtp/5.7.606-649']) {
      expect(ruled.has(path)).toBe(true);
    }
    for (const path of ['/en/smtp/550-vs-571', '/vi/smtp/250-vs-550', '/vi/embed/smtp/5.7.1', '/en/embed/smtp/550']) expect(ruled.has(path)).toBe(false);
  });
});
