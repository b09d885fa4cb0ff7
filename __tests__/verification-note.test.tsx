import VerificationNote from '@/components/provider/VerificationNote';
import { locales } from '@/i18n/locales';
import { renderIn } from './render';

const verified = { on: '2026-12-06', copy: 'github.com/Exim/exim/src/src/route.c' } as const;

describe.each(locales)('in %s, a provider entry’s verification note', (locale) => {
  test('names the checked file as code and the date in the reader’s calendar words', () => {
    const { container } = renderIn(locale, <VerificationNote verified={verified} />);
    expect(container.querySelector('code')?.textContent).toBe(verified.copy);
    const time = container.querySelector('time');
    expect(time?.getAttribute('datetime')).toBe('2026-12-06');
    expect(time?.textContent).toBe(new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2026-12-06T00:00:00Z')));
    expect(container.textContent).not.toContain('\u0000');
  });

  test('says plainly when the entry was not checked', () => {
    const { container } = renderIn(locale, <VerificationNote verified="unchecked" />);
    expect(container.querySelector('time')).toBeNull();
    expect(container.textContent?.trim()).not.toBe('');
  });
});
