// Open Graph images: a 1200×630 PNG for code pages and comparisons in every locale, linked from the pages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASE_URL, head } from './browser.mjs';
import { LOCALES } from './locales.mjs';


// A reply code of each class, enhanced codes, a provider range and comparisons of both kinds.
const SLUGS = ['250', '354', '421', '550', '5.1.1', '4.7.0', '2.1.9', '5.7.606-649', '250-vs-550', '5.1.1-vs-5.1.10'];

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk, which a PNG must start with. */
function pngSize(bytes) {
  assert.deepEqual(bytes.subarray(0, 8), PNG_SIGNATURE, 'PNG signature');
  assert.equal(bytes.toString('latin1', 12, 16), 'IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function expectOgImage(path) {
  const { status, response } = await head(path);
  assert.equal(status, 200, path);
  assert.equal(response.headers.get('content-type'), 'image/png', path);
  assert.match(response.headers.get('cache-control') ?? '', /public, max-age=86400/, path);
  const bytes = Buffer.from(await response.arrayBuffer());
  assert.deepEqual(pngSize(bytes), { width: 1200, height: 630 }, path);
}

test('code pages and comparisons have a 1200×630 PNG in every locale', async () => {
  for (const locale of LOCALES) {
    for (const slug of SLUGS) await expectOgImage(`/og/${locale}/${slug}`);
  }
});

test('pages link their image in og:image and ask for a large Twitter card', async () => {
  for (const locale of LOCALES) {
    for (const slug of ['550', '5.1.1', '250-vs-550']) {
      const html = await (await fetch(new URL(`/${locale}/smtp/${slug}`, BASE_URL))).text();
      // Absolute on SITE_URL, which the build fixed: compare the path.
      const image = /<meta property="og:image" content="([^"]+)"\/>/.exec(html)?.[1];
      assert.equal(image && new URL(image).pathname, `/og/${locale}/${slug}`, slug);
      assert.ok(html.includes('<meta property="og:image:width" content="1200"/>'), slug);
      assert.ok(html.includes('<meta name="twitter:card" content="summary_large_image"/>'), slug);
    }
  }
});

test('unknown codes and locales are plain-text 404s; a reversed comparison is redirected', async () => {
  const cases = [
    ['/og/en/999', 404, null],
    ['/og/en/5.9.99', 404, null],
    ['/og/en/550-vs-550', 404, null],
    ['/og/xx/550', 404, null],
    ['/og/vi/550-vs-250', 308, '/og/vi/250-vs-550'],
  ];
  for (const [path, status, location] of cases) {
    const answer = await head(path);
    assert.equal(answer.status, status, path);
    if (status === 404) assert.match(answer.response.headers.get('content-type') ?? '', /^text\/plain/, path);
    if (location) assert.equal(new URL(answer.location ?? '', BASE_URL).pathname, location, path);
  }
});
