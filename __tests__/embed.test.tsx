import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, screen, within } from '@testing-library/react';
import { createTranslator } from 'next-intl';
import { EMBED_CARD_CSS } from '@/components/share/EmbedCardStyle';
import { EMBED_POLICY, embedDocument } from '@/components/share/EmbedDocument';
import EmbedSnippet from '@/components/share/EmbedSnippet';
import { LOCALES, locales, type Locale } from '@/i18n/locales';
import { cardFacts, codeOfUrl, embedHeight, embedIframe, parseEmbeddable, type Translate } from '@/lib/embed';
import { html, markupHtml } from '@/lib/html';
import { SITE_URL } from '@/lib/urls';
import { messagesOf, renderIn } from './render';

const m = (locale: Locale) => messagesOf(locale);
const facts = (slug: string) => cardFacts(parseEmbeddable(slug)!);

/**
 * The card's document as a browser parses it, made this test's document (so that jest-dom's matchers
 * accept its elements); a missing message fails the test instead of showing its key.
 */
const pageRoot = document.documentElement;
afterEach(() => document.replaceChild(pageRoot, document.documentElement));

function cardDocument(locale: Locale, slug: string): Document {
  const t = createTranslator({ locale, messages: messagesOf(locale), onError: (error) => { throw error; } }) as unknown as Translate;
  const parsed = new DOMParser().parseFromString(embedDocument(facts(slug), t, locale), 'text/html');
  document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
  return document;
}

describe.each(locales)('in %s', (locale) => {
  const t = m(locale);

  test.each<[string, keyof typeof t.Embed.kinds, number, string, string]>([
    ['550', 'code', 5, t.codes['550'].name, t.codes['550'].summary],
    ['5.1.1', 'enhanced', 5, t.enhanced['1']['1'].name, t.enhanced['1']['1'].summary],
    ['421', 'code', 4, t.codes['421'].name, t.codes['421'].summary],
    ['2.0.0', 'enhanced', 2, t.enhanced['0']['0'].name, t.enhanced['0']['0'].summary],
    ['5.7.509', 'provider-code', 5, 'Microsoft 365 / Exchange Online', t.providerMessages['microsoft365-dmarc-reject'].meaning],
  ])('the card for %s shows the code, its kind, name and summary, and links to its page', (slug, kind, codeClass, name, summary) => {
    const document = cardDocument(locale, slug);
    const card = document.querySelector('article')!;
    expect(card).toHaveClass(`class-${codeClass}`);
    expect(card).toHaveTextContent(`${slug} ${t.Embed.kinds[kind]}`);
    expect(within(document.body).getByRole('heading', { level: 1 })).toHaveTextContent(name);
    expect(card).toHaveTextContent(summary.replace(/<\/?code>/g, ''));
    const link = within(document.body).getByRole('link', { name: `${t.Embed.readMore} ${t.Embed.newTab}` });
    expect(link).toHaveAttribute('href', `/${locale}/smtp/${slug}`);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener');
  });

  test('the card is a whole document in the locale’s language, pointing search engines at the code page', () => {
    const document = cardDocument(locale, '550');
    expect(document.documentElement).toHaveAttribute('lang', locale);
    expect(document.documentElement).toHaveAttribute('dir', LOCALES[locale].dir);
    expect(document.title).toBe(`550 ${t.codes['550'].name} | ${t.Site.name}`);
    const head = (selector: string, attribute: string) => document.head.querySelector(selector)?.getAttribute(attribute);
    expect(head('meta[name="viewport"]', 'content')).toBe('width=device-width, initial-scale=1');
    expect(head('meta[name="robots"]', 'content')).toBe('noindex, follow');
    expect(head('link[rel="canonical"]', 'href')).toBe(`${SITE_URL}/${locale}/smtp/550`);
    const oembed = new URL(head('link[rel="alternate"][type="application/json+oembed"]', 'href')!);
    expect(oembed.pathname).toBe('/api/oembed');
    expect(oembed.searchParams.get('url')).toBe(`${SITE_URL}/${locale}/embed/smtp/550`);
    expect(document.querySelectorAll('script, link[rel="stylesheet"]')).toHaveLength(0);
    expect(document.querySelectorAll('style')).toHaveLength(1);
  });

  test('<code> in a summary stays code, and the rest of the words are text', () => {
    const meaning = t.providerMessages['microsoft365-anonymous-mail-from'].meaning;
    const card = cardDocument(locale, '5.7.57').querySelector('.summary')!;
    expect([...card.querySelectorAll('code')].map((c) => c.textContent)).toEqual([...meaning.matchAll(/<code>(.*?)<\/code>/g)].map((c) => c[1]));
    expect(card.textContent).toBe(meaning.replace(/<\/?code>/g, ''));
  });

  test('the snippet shows the <iframe> of this code’s card in this locale, with a copy button', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    const { container } = renderIn(locale, <EmbedSnippet slug="550" />);
    expect(container.querySelector('details > summary')).toHaveTextContent(t.Embed.snippetTitle);
    const html = (screen.getByLabelText(t.Embed.snippetLabel.replace('{code}', '550')) as HTMLTextAreaElement).value;
    expect(html).toBe(
      `<iframe src="${SITE_URL}/${locale}/embed/smtp/550" title="550 ${t.codes['550'].name}" width="480" height="200"` +
        ' style="border:0;max-width:100%" loading="lazy"></iframe>',
    );
    await act(async () => screen.getByRole('button', { name: t.CopyButton.copy }).click());
    expect(writeText).toHaveBeenCalledWith(html);
    expect(screen.getByRole('status')).toHaveTextContent(t.CopyButton.copied);
  });

  test('where the clipboard is refused, the snippet is selected for copying by hand', async () => {
    Object.assign(navigator, { clipboard: { writeText: jest.fn().mockRejectedValue(new Error('denied')) } });
    renderIn(locale, <EmbedSnippet slug="5.1.1" />);
    await act(async () => screen.getByRole('button', { name: t.CopyButton.copy }).click());
    expect(screen.getByRole('status')).toHaveTextContent(t.CopyButton.failed);
    const field = screen.getByRole('textbox') as HTMLTextAreaElement;
    expect(field.value).toContain(`/${locale}/embed/smtp/5.1.1`);
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
    expect(document.activeElement).toBe(field);
  });
});

test('comparisons and unknown codes have no card and no snippet', () => {
  for (const slug of ['250-vs-550', '5.1.1-vs-5.1.10', '999', 'abc']) {
    expect(parseEmbeddable(slug)).toBeNull();
    const { container } = renderIn('en', <EmbedSnippet slug={slug} />);
    expect(container).toBeEmptyDOMElement();
  }
});

const HOSTS = ['smtp.example', 'localhost:3117'];

test.each([
  ['https://smtp.example/en/smtp/5.1.1', 'en 5.1.1'],
  ['http://smtp.example/vi/smtp/550?ref=x#fix', 'vi 550'],
  ['http://localhost:3117/vi/embed/smtp/550', 'vi 550'],
  ['https://smtp.example/en/smtp/550/', 'en 550'],
  ['https://smtp.example/en/smtp/5.7.620', 'en 5.7.606-649'],
  ['https://smtp.example/smtp/421', 'en 421'],
  ['https://smtp.example/5.1.1', 'en 5.1.1'],
  ['https://smtp.example/en/smtp/250-vs-550', null],
  ['https://smtp.example/en/smtp/999', null],
  ['https://smtp.example/en/smtp/enhanced', null],
  ['https://smtp.example/en/550', null],
  ['https://smtp.example/en', null],
  ['https://smtp.example/', null],
  ['https://smtp.example/xx/smtp/550', null],
  ['https://other.example/en/smtp/550', null],
  ['https://smtp.example.evil/en/smtp/550', null],
  ['ftp://smtp.example/en/smtp/550', null],
  ['/en/smtp/550', null],
  ['not a url', null],
])('codeOfUrl(%j) → %s', (url, expected) => {
  const found = codeOfUrl(url, HOSTS, 'en');
  expect(found && `${found.locale} ${cardFacts(found.parsed).slug}`).toBe(expected);
});

test('the <iframe> escapes its attributes', () => {
  expect(embedIframe({ src: 'https://x/?a=1&b="2"', title: '<5.1.1> "A & B"', width: 320, height: embedHeight(320) })).toBe(
    '<iframe src="https://x/?a=1&amp;b=&quot;2&quot;" title="&lt;5.1.1&gt; &quot;A &amp; B&quot;" width="320" height="280"' +
      ' style="border:0;max-width:100%" loading="lazy"></iframe>',
  );
});

test.each([
  [html`<p title="${'"A" & \'B\''}">${'<script>alert(1)</script>'}</p>`.html, '<p title="&quot;A&quot; &amp; &#39;B&#39;">&lt;script&gt;alert(1)&lt;/script&gt;</p>'],
  [html`<i>${html`<b>${'<'}</b>`}${[html`1`, html`${2}`]}</i>`.html, '<i><b>&lt;</b>12</i>'],
  [markupHtml('Sent <b> as <code>MAIL FROM:<a@b></code> & <code>DATA</code>').html, 'Sent &lt;b&gt; as <code dir="ltr">MAIL FROM:&lt;a@b&gt;</code> &amp; <code dir="ltr">DATA</code>'],
])('html and markupHtml escape everything but HTML and <code>: %s', (written, expected) => {
  expect(written).toBe(expected);
});

test('the card’s policy admits its own style sheet and nothing else to run', () => {
  const style = cardDocument('en', '550').querySelector('style')!.textContent!;
  const hash = createHash('sha256').update(style, 'utf8').digest('base64');
  expect(EMBED_POLICY).toBe(
    `default-src 'none'; style-src 'sha256-${hash}'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors *`,
  );
});

/** `--name: value` in the light :root and in the dark one. */
function tokens(css: string) {
  const [light = '', dark = ''] = css.split('@media (prefers-color-scheme: dark)').map((part) => /:root\s*\{([^}]*)\}/.exec(part)?.[1] ?? '');
  const read = (block: string) => Object.fromEntries([...block.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map(([, name, value]) => [name, value]));
  return { light: read(light), dark: read(dark) };
}

test('the card’s colours are the site’s, light and dark', () => {
  const site = tokens(readFileSync(join(__dirname, '..', 'app', 'globals.css'), 'utf8'));
  const card = tokens(EMBED_CARD_CSS);
  expect(Object.keys(card.light).length).toBeGreaterThan(10);
  expect(Object.keys(card.dark)).toEqual(Object.keys(card.light));
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, value] of Object.entries(card[scheme])) expect([scheme, name, site[scheme][name]]).toEqual([scheme, name, value]);
  }
});
