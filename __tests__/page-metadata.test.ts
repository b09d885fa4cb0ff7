/** @jest-environment node */
import { locales } from '@/i18n/locales';
import { createTranslator } from 'next-intl';
import { codeSlugMetadata, pageMetadata } from '@/lib/page-metadata';
import { messagesOf } from './render';

// next-intl/server is a stub under Jest (it needs Next's request scope): translate from the files instead.
jest.mock('next-intl/server', () => ({
  getTranslations: async ({ locale }: { locale: 'en' | 'vi' }) => createTranslator({ locale, messages: messagesOf(locale) }),
}));

const hreflang = (path: string) => ({ ...Object.fromEntries(locales.map((l) => [l, `/${l}${path}`])), 'x-default': path || '/' });

test.each([
  [
    'a landing page: its own title, canonical and hreflang',
    { locale: 'vi', title: 'T', description: 'D', path: '/smtp/enhanced' },
    { title: { absolute: 'T' }, description: 'D', alternates: { canonical: '/vi/smtp/enhanced', languages: hreflang('/smtp/enhanced') } },
  ],
  [
    'the home page: x-default is the site root',
    { locale: 'en', title: 'T', path: '' },
    { title: { absolute: 'T' }, alternates: { canonical: '/en', languages: hreflang('') } },
  ],
  [
    'a page not to be listed: the site name follows the title',
    { locale: 'en', title: 'Search', withSiteName: true, description: 'D', robots: { index: false }, path: '/search' },
    { title: 'Search', description: 'D', robots: { index: false }, alternates: { canonical: '/en/search', languages: hreflang('/search') } },
  ],
  [
    'the 404 page: title and robots only',
    { locale: 'en', title: 'Page not found', withSiteName: true, robots: { index: false } },
    { title: 'Page not found', robots: { index: false } },
  ],
  [
    'an embed: its oEmbed link instead of a canonical URL',
    { locale: 'en', title: '550 X', withSiteName: true, robots: { index: false, follow: true }, oembed: 'https://o/e' },
    {
      title: '550 X',
      robots: { index: false, follow: true },
      alternates: { types: { 'application/json+oembed': [{ url: 'https://o/e', title: '550 X' }] } },
    },
  ],
  [
    'a code page: its Open Graph picture',
    { locale: 'vi', title: 'T', description: 'D', path: '/smtp/5.1.1', ogImage: '5.1.1' },
    {
      title: { absolute: 'T' },
      description: 'D',
      alternates: { canonical: '/vi/smtp/5.1.1', languages: hreflang('/smtp/5.1.1') },
      openGraph: {
        images: [{ url: '/og/vi/5.1.1', width: 1200, height: 630, alt: 'T' }],
        title: 'T',
        description: 'D',
        locale: 'vi',
        type: 'article',
      },
      twitter: { card: 'summary_large_image' },
    },
  ],
] as const)('%s', (_, args, expected) => {
  expect(pageMetadata(args)).toStrictEqual(expected);
});

test.each([
  ['550', '550', 'SMTP 550 Mailbox Unavailable: meaning and how to fix it'],
  ['5.7.620', '5.7.606-649', '5.7.606–5.7.649 (Microsoft 365 / Exchange Online): what it means and how to fix it'],
  ['5.1.10-vs-5.1.1', '5.1.1-vs-5.1.10', 'SMTP 5.1.1 Bad Destination Mailbox vs 5.1.10 Recipient Domain Has Null MX: key differences'],
])('the code page %s has the title, canonical URL and picture of %s', async (slug, canonical, title) => {
  const metadata = await codeSlugMetadata('en', slug);
  expect(metadata.title).toEqual({ absolute: title });
  expect(metadata.alternates?.canonical).toBe(`/en/smtp/${canonical}`);
  expect(metadata.openGraph?.images).toEqual([{ url: `/og/en/${canonical}`, width: 1200, height: 630, alt: title }]);
});

test('an unknown slug has no metadata of its own', async () => {
  expect(await codeSlugMetadata('en', '999')).toEqual({});
});
