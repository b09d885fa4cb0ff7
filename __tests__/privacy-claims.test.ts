/**
 * @jest-environment node
 */
// The privacy page (messages: Privacy) states facts about the code; these tests fail when the code stops
// matching them, so the words are changed with it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NextRequest } from 'next/server';
import { GET as chooseLanguage } from '@/app/api/locale/route';
import { contentSecurityPolicy } from '@/lib/csp';

test('the one cookie holds the language code, for a year, Secure and SameSite=Lax, set by the switcher', () => {
  const response = chooseLanguage(new NextRequest('http://localhost:3000/api/locale?to=vi&next=/vi/smtp/550'));
  const cookies = response.headers.getSetCookie();
  expect(cookies).toHaveLength(1);
  const [pair, ...attributes] = cookies[0]!.split(/;\s*/);
  expect(pair).toBe('NEXT_LOCALE=vi');
  // Expires repeats Max-Age for old browsers.
  const flags = attributes.map((a) => a.toLowerCase()).filter((a) => !a.startsWith('expires='));
  expect(flags.sort()).toEqual(['max-age=31536000', 'path=/', 'samesite=lax', 'secure']);
});

test('pages may load nothing from another origin', () => {
  for (const policy of [
    contentSecurityPolicy({ kind: 'hashes', sources: [] }, 'nobody'),
    contentSecurityPolicy({ kind: 'nonce', nonce: 'n' }, 'anyone'),
  ]) {
    const fetchDirectives = policy.split('; ').filter((d) => !d.startsWith('frame-ancestors'));
    expect(fetchDirectives[0]).toBe("default-src 'none'");
    expect(fetchDirectives.join(' ')).not.toMatch(/https?:|\*|data:|blob:/);
  }
});

test('the reference nginx configuration keeps no access log', () => {
  const config = readFileSync(join(__dirname, '..', 'deploy', 'nginx.conf.template'), 'utf8');
  const accessLogs = config.match(/^\s*access_log\s+[^;]+;/gm) ?? [];
  expect(accessLogs.map((line) => line.trim())).toEqual(['access_log off;']);
});
