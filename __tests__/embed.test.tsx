import { act, screen } from '@testing-library/react';
import EmbedCard from '@/components/share/EmbedCard';
import EmbedSnippet from '@/components/share/EmbedSnippet';
import { locales, type Locale } from '@/i18n/locales';
import { cardFacts, codeOfUrl, embedHeight, embedIframe, parseEmbeddable } from '@/lib/embed';
import { SITE_URL } from '@/lib/urls';
import { messagesOf, renderIn } from './render';

const m = (locale: Locale) => messagesOf(locale);
const facts = (slug: string) => cardFacts(parseEmbeddable(slug)!);

describe.each(locales)('in %s', (locale) => {
  const t = m(locale);

  test.each<[string, keyof typeof t.Embed.kinds, number, string, string]>([
    ['550', 'code', 5, t.codes['550'].name, t.codes['550'].summary],
    ['5.1.1', 'enhanced', 5, t.enhanced['1']['1'].name, t.enhanced['1']['1'].summary],
    ['421', 'code', 4, t.codes['421'].name, t.codes['421'].summary],
    ['2.0.0', 'enhanced', 2, t.enhanced['0']['0'].name, t.enhanced['0']['0'].summary],
    ['5.7.509', 'provider-code', 5, 'Microsoft 365 / Exchange Online', t.providerMessages['microsoft365-dmarc-reject'].meaning],
  ])('the card for %s shows the code, its kind, name and summary, and links to its page', (slug, kind, codeClass, name, summary) => {
    const { container } = renderIn(locale, <EmbedCard facts={facts(slug)} />);
    const card = container.querySelector('article')!;
    expect(card).toHaveClass(`class-${codeClass}`);
    expect(card).toHaveTextContent(`${slug} ${t.Embed.kinds[kind]}`);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(name);
    expect(card).toHaveTextContent(summary.replace(/<\/?code>/g, ''));
    const link = screen.getByRole('link', { name: `${t.Embed.readMore} ${t.Embed.newTab}` });
    expect(link).toHaveAttribute('href', `/${locale}/smtp/${slug}`);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener');
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
