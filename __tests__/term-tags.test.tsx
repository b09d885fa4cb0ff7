import { screen, within } from '@testing-library/react';
import { createTranslator } from 'next-intl';
import ReplyCodePage from '@/components/code/ReplyCodePage';
import GuideStep from '@/components/guides/decision/GuideStep';
import PlainRich from '@/components/site/PlainRich';
import { locales, type Locale } from '@/i18n/locales';
import { codeTexts, type EntryField } from '@/lib/code-texts';
import { allEnhancedCodes } from '@/lib/enhanced-codes';
import { getTerm } from '@/lib/glossary';
import { allReplyCodes, getReplyCode } from '@/lib/reply-codes';
import { termTagIds } from '@/lib/term-tags';
import { messagesOf, renderIn } from './render';

jest.mock('next/navigation', () => ({ usePathname: () => '/en/smtp/550' }));

type Tree = { readonly [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : flatten(v, `${prefix}${k}.`)));
const flat = (locale: Locale) => flatten(messagesOf(locale) as unknown as Tree);

/**
 * Texts whose renderers pass the term tags (lib/rich.tsx richTags): a code's sections and the decision
 * guide's steps. Names, summaries and customer texts feed lists, metadata and clipboard text, so stay bare.
 */
const MARKED = /^(?:(codes\.\d+|enhanced\.\d+\.\d+)\.(?:description|whenYouSee|fixSender|fixAdmin)|(Guide\.steps\.[^.]+)\.text)$/;
/** The page a marked text belongs to: a term is linked once per page. */
const pageOf = (key: string) => key.match(MARKED)?.slice(1).find(Boolean);

describe.each(locales)('term tags in messages/%s.json', (locale) => {
  test('name glossary terms, and only in the texts that render them', () => {
    for (const [key, message] of flat(locale)) {
      const ids = termTagIds(message);
      if (ids.length === 0) continue;
      expect({ key, marked: MARKED.test(key) }).toEqual({ key, marked: true });
      expect({ key, unknown: ids.filter((id) => !getTerm(id)) }).toEqual({ key, unknown: [] });
    }
  });

  test('link each term at most once per page, and the same terms as English', () => {
    const termsByPage = (l: Locale) => {
      const pages = new Map<string, string[]>();
      for (const [key, message] of flat(l)) {
        const page = pageOf(key);
        if (page) pages.set(page, [...(pages.get(page) ?? []), ...termTagIds(message)]);
      }
      return pages;
    };
    const english = termsByPage('en');
    for (const [page, ids] of termsByPage(locale)) {
      expect({ page, twice: ids.filter((id, i) => ids.indexOf(id) !== i) }).toEqual({ page, twice: [] });
      expect({ page, ids: [...ids].sort() }).toEqual({ page, ids: [...(english.get(page) ?? [])].sort() });
    }
  });

  test('plain texts (API, search, metadata, OG images) carry no tags', () => {
    const t = createTranslator({ locale, messages: messagesOf(locale) });
    const fields: EntryField[] = ['name', 'summary', 'description', 'whenYouSee', 'fixSender', 'fixAdmin', 'customer'];
    for (const code of [...allReplyCodes(), ...allEnhancedCodes()]) {
      for (const field of fields) expect(codeTexts(t, code).text(field)).not.toMatch(/<\/?[a-z][\w-]*>/);
    }
  });
});

// The words each locale links on the 550 page: each its own wording of the term.
const ON_550: [Locale, string, string][] = [
  ['en', 'spf', 'SPF'],
  ['en', 'reverse-dns', 'PTR record'],
  ['en', 'blocklist', 'blocklists'],
  ['vi', 'spf', 'SPF'],
  ['vi', 'reverse-dns', 'DNS ngược'],
  ['vi', 'blocklist', 'danh sách chặn'],
];

// Links in the page's running text; the "guides and terms that explain it" list is a list of its own.
const glossaryLinks = (locale: Locale) =>
  screen
    .getAllByRole('link')
    .filter((a) => a.getAttribute('href')?.startsWith(`/${locale}/glossary/`) && !a.closest('section[aria-labelledby="learn"]'));

describe('the 550 page', () => {
  test.each(ON_550)('in %s links %s once, by its own words', (locale, id, words) => {
    renderIn(locale, <ReplyCodePage code={getReplyCode(550)!} />);
    const links = glossaryLinks(locale).filter((a) => a.getAttribute('href') === `/${locale}/glossary/${id}`);
    expect(links.map((a) => a.textContent)).toEqual([words]);
  });

  test.each(locales)('in %s links no term twice', (locale) => {
    renderIn(locale, <ReplyCodePage code={getReplyCode(550)!} />);
    const hrefs = glossaryLinks(locale).map((a) => a.getAttribute('href'));
    expect(hrefs.length).toBeGreaterThan(3);
    expect(hrefs.filter((h, i) => hrefs.indexOf(h) !== i)).toEqual([]);
  });
});

/** The words a locale's message wraps in a term's tag: what the link must read. */
function taggedWords(text: string, term: string): string {
  const words = text.match(new RegExp(`<term-${term}>(.*?)</term-${term}>`))?.[1];
  if (!words) throw new Error(`no <term-${term}> in the text`);
  return words;
}

test.each(locales)('a decision-guide step in %s links its terms', (locale) => {
  renderIn(locale, <GuideStep id="blocked" />);
  const lead = document.querySelector('.lead') as HTMLElement;
  expect(within(lead).getByRole('link', { name: taggedWords(JSON.stringify(messagesOf(locale).Guide), 'blocklist') })).toHaveAttribute('href', `/${locale}/glossary/blocklist`);
  expect(lead.textContent).not.toMatch(/<|>/);
});

describe('markup for the decoder card (PlainRich)', () => {
  test.each(locales)('in %s renders term tags as links and <code> as code', (locale) => {
    const t = createTranslator({ locale, messages: messagesOf(locale) });
    const markup = codeTexts(t, getReplyCode(550)!).markup('fixAdmin');
    expect(markup).toMatch(/<term-reverse-dns>/);
    const { container } = renderIn(locale, <PlainRich text={markup} />);
    expect(container.textContent).not.toMatch(/<|>/);
    const words = taggedWords(markup, 'reverse-dns');
    expect(within(container).getByRole('link', { name: words })).toHaveAttribute('href', `/${locale}/glossary/reverse-dns`);
  });

  test('keeps only the words of a tag that names no term', () => {
    const { container } = renderIn('en', <PlainRich text="a <term-nope>word</term-nope> and <code>DATA</code>" />);
    expect(container.innerHTML).toBe('a word and <code dir="ltr">DATA</code>');
  });
});
