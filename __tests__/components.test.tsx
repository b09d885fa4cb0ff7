import { screen, within } from '@testing-library/react';
import ReplyCodePage from '@/components/code/ReplyCodePage';
import DifferencesTable from '@/components/compare/DifferencesTable';
import ReplyComparisonPage from '@/components/compare/ReplyComparisonPage';
import NearMatches from '@/components/site/NearMatches';
import SiteHeader from '@/components/site/SiteHeader';
import { LOCALES, locales } from '@/i18n/locales';
import { getReplyCode } from '@/lib/reply-codes';
import { messagesOf, renderIn } from './render';

jest.mock('next/navigation', () => ({ usePathname: () => '/en/smtp/550' }));

const code = (n: number) => getReplyCode(n)!;
const m = (locale: (typeof locales)[number]) => messagesOf(locale);

describe.each(locales)('in %s', (locale) => {
  const t = m(locale);

  test('the language switcher links the same page in every locale, by its own name, through the choice that remembers it', () => {
    renderIn(locale, <SiteHeader />);
    const nav = screen.getByRole('navigation', { name: t.LanguageSwitcher.label });
    for (const other of locales) {
      const link = within(nav).getByRole('link', { name: LOCALES[other].name });
      const href = new URL(link.getAttribute('href')!, 'http://localhost');
      expect(href.pathname).toBe('/api/locale');
      expect(Object.fromEntries(href.searchParams)).toEqual({ to: other, next: `/${other}/smtp/550` });
      expect(link).toHaveAttribute('hreflang', other);
    }
  });

  test('a code page shows every section with its stable anchor', () => {
    renderIn(locale, <ReplyCodePage code={code(550)} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(`SMTP 550 ${t.codes['550'].name}`);
    for (const [id, title] of [
      ['description', t.CodePage.descriptionTitle],
      ['when', t.CodePage.whenTitle],
      ['fix', t.CodePage.fixTitle],
      ['customer', t.CodePage.customerTitle],
      ['facts', t.CodePage.factsTitle],
      ['related', t.CodePage.relatedTitle],
    ]) {
      expect(screen.getByRole('heading', { name: title })).toHaveAttribute('id', id);
    }
    expect(screen.getByText(t.codes['550'].summary)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /RFC 5321 §4\.2\.3/ })).toHaveAttribute(
      'href',
      'https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3',
    );
    expect(screen.getByRole('link', { name: t.CodePage.compareWith.replace('{a}', '450').replace('{b}', '550') })).toHaveAttribute(
      'href',
      `/${locale}/smtp/450-vs-550`,
    );
  });

  test('a non-standard code is labelled as not defined by any RFC', () => {
    renderIn(locale, <ReplyCodePage code={code(571)} />);
    expect(screen.getByRole('complementary')).toHaveTextContent(t.codes['571'].origin.replace(/<\/?code>/g, ''));
    expect(screen.getByText(t.Facts.noRfc.replace(/\s+/g, ' '))).toBeInTheDocument();
    // The DOM text is matched with its white space collapsed (a no-break space too, as Arabic writes “RFC 5321”).
    expect(screen.getByText(t.Facts.categoryUndefined.replace('{digit}', '7').replace(/\s+/g, ' '))).toBeInTheDocument();
  });

  test('a comparison shows both codes, the key-differences table and every section', () => {
    renderIn(locale, <ReplyComparisonPage pair={{ a: code(250), b: code(550) }} />);
    for (const heading of [t.Comparison.differencesTitle, t.Comparison.whichTitle, t.Comparison.learnMoreTitle]) {
      expect(screen.getByRole('heading', { level: 2, name: heading })).toBeInTheDocument();
    }
    expect(screen.getAllByRole('heading', { level: 3, name: t.CodePage.descriptionTitle })).toHaveLength(2);
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(within(rows[0]!).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      t.Comparison.aspect,
      '250',
      '550',
    ]);
    const retryRow = within(table).getByRole('row', { name: new RegExp(t.Facts.willRetry.replace('?', '\\?')) });
    expect(retryRow).toHaveTextContent(t.Facts.willRetries.success);
    expect(retryRow).toHaveTextContent(t.Facts.willRetries.permanent);
    expect(screen.getByText(t.Comparison.core['25'].replace('{a}', '250').replace('{b}', '550'))).toBeInTheDocument();
  });

  const before = (message: string) => message.slice(0, message.indexOf('{'));

  test.each([
    // a, b, whether both answer at the same commands
    [250, 550, true],
    [450, 550, false],
  ])('%i vs %i: where in the session they answer is said once when both share it (%p), else given for each', (a, b, shared) => {
    renderIn(locale, <ReplyComparisonPage pair={{ a: code(a), b: code(b) }} />);
    const which = screen.getByRole('region', { name: t.Comparison.whichTitle });
    const hints = within(which)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(hints.filter((h) => h.startsWith(before(t.Comparison.whichSameStages)))).toHaveLength(shared ? 1 : 0);
    expect(hints.filter((h) => h.startsWith(before(t.Comparison.whichStages)))).toHaveLength(shared ? 0 : 1);
    const stagesRow = within(screen.getByRole('table'))
      .getAllByRole('row')
      .find((row) => within(row).queryByRole('rowheader')?.textContent === t.Facts.stages)!;
    const cells = within(stagesRow).getAllByRole('cell');
    expect(cells).toHaveLength(shared ? 1 : 2);
    if (shared) expect(cells[0]).toHaveTextContent(before(t.Comparison.both));
  });

  test('the differences table says a shared aspect once and shows both values of a differing one', () => {
    renderIn(
      locale,
      <DifferencesTable
        a="first"
        b="second"
        labelA="A"
        labelB="B"
        rows={[
          ['Shared', () => 'same value'],
          ['Differing', (c: string) => `${c} value`],
        ]}
      />,
    );
    const [, sharedRow, differingRow] = within(screen.getByRole('table')).getAllByRole('row');
    expect(within(sharedRow!).getAllByRole('cell').map((td) => [td.textContent, td.getAttribute('colspan')])).toEqual([
      [t.Comparison.both.replace('{value}', 'same value'), '2'],
    ]);
    expect(within(differingRow!).getAllByRole('cell').map((td) => td.textContent)).toEqual(['first value', 'second value']);
  });

  test('not-found suggestions list the codes near what was typed', () => {
    renderIn(locale, <NearMatches query="55" />);
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(
      [550, 551, 552, 553, 554, 555].map((n) => `/${locale}/smtp/${n}`),
    );
    expect(links[0]).toHaveTextContent(t.codes['550'].name);
  });
});

