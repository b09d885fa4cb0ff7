import { screen, within } from '@testing-library/react';
import ReplyProviderMessages from '@/components/code/ReplyProviderMessages';
import ProviderMessageCard from '@/components/provider/ProviderMessageCard';
import SiteHeader from '@/components/site/SiteHeader';
import { LOCALES, locales } from '@/i18n/locales';
import { messagesWithReply } from '@/lib/providers';
import { getReplyCode } from '@/lib/reply-codes';
import { messagesOf, renderIn } from './render';

jest.mock('next/navigation', () => ({ usePathname: () => '/en/smtp/550' }));

// What a right-to-left page needs from the markup (app/globals.css isolates the rest): wire text and code
// pairs read left to right inside Arabic sentences, and quotation marks stay on the sentence's side.
describe.each(locales)('in %s', (locale) => {
  test('the switcher names each language in its own direction while every link keeps the page’s, so the names line up', () => {
    renderIn(locale, <SiteHeader />);
    const nav = screen.getByRole('navigation', { name: messagesOf(locale).LanguageSwitcher.label });
    for (const other of locales) {
      const link = within(nav).getByRole('link', { name: LOCALES[other].name });
      expect(link).not.toHaveAttribute('dir');
      expect(within(link).getByText(LOCALES[other].name)).toHaveAttribute('dir', LOCALES[other].dir);
    }
  });

  test('a provider’s words sit inside the page’s quotation marks, in an element of their own direction', () => {
    const message = messagesWithReply(550)[0]!;
    const { container } = renderIn(locale, <ProviderMessageCard message={message} page={getReplyCode(550)!} />);
    const quotes = [...container.querySelectorAll('q')];
    expect(quotes.map((q) => q.textContent)).toEqual(message.match);
    for (const q of quotes) {
      expect(q).not.toHaveAttribute('dir');
      expect(q.firstElementChild).toHaveAttribute('dir', 'auto');
    }
  });

  test('“550 5.7.1” after a provider’s words is one left-to-right unit, so right-to-left text cannot swap its numbers', () => {
    const { container } = renderIn(locale, <ReplyProviderMessages code={getReplyCode(550)!} />);
    const pairs = [...container.querySelectorAll('li a')];
    expect(pairs.length).toBeGreaterThan(0);
    for (const a of pairs) {
      expect(a.textContent).toMatch(/^550 \d\.\d{1,3}\.\d{1,3}$/);
      // CSS modules are identity-mapped under Jest: the class is the isolating one of CodeLinks.module.css.
      expect(a.firstElementChild).toHaveClass('number');
    }
  });
});
