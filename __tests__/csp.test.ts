import { contentSecurityPolicy, inlineScripts, sha256Source } from '@/lib/csp';
import { isPrerendered, prerenderedSlugs } from '@/lib/pages';
import { parseSlug } from '@/lib/slug';

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
  ['550', true],
  ['5.7.606-649', true],
  ['250-vs-550', true],
  ['550-vs-571', false],
  ['5.1.1-vs-5.1.10', false],
])('isPrerendered(%s) = %s, and agrees with the prerendered list', (slug, expected) => {
  expect(isPrerendered(parseSlug(slug)!)).toBe(expected);
  expect(prerenderedSlugs().includes(slug)).toBe(expected);
});
