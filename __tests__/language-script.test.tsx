import { fireEvent, screen } from '@testing-library/react';
import LanguageSwitcher from '@/components/site/LanguageSwitcher';
import { HINT_ID, languageScript, languageScriptSource, type Hint } from '@/lib/language-script';
import { preferredLocale } from '@/lib/locale-negotiation';
import { renderIn } from './render';

jest.mock('next/navigation', () => ({ usePathname: () => '/en/smtp/550' }));

/** A fixture table with a right-to-left language, whatever locales are registered today. */
const HINTS: Record<string, Hint> = {
  en: { read: 'Read this page in English', dismiss: 'Not now', dir: 'ltr' },
  es: { read: 'Leer esta página en español', dismiss: 'Ahora no', dir: 'ltr' },
  ar: { read: 'اقرأ هذه الصفحة بالعربية', dismiss: 'ليس الآن', dir: 'rtl' },
  'pt-BR': { read: 'Ler esta página em português', dismiss: 'Agora não', dir: 'ltr' },
};

function setBrowser({ languages, cookie = '', lang = 'en', path = '/en/smtp/550#fix' }: { languages: string[]; cookie?: string; lang?: string; path?: string }) {
  Object.defineProperty(window.navigator, 'languages', { value: languages, configurable: true });
  Object.defineProperty(document, 'cookie', { value: cookie, configurable: true });
  document.documentElement.lang = lang;
  window.history.replaceState(null, '', path);
  document.body.innerHTML = '';
}

const hint = () => document.getElementById(HINT_ID);

beforeEach(() => localStorage.clear());

test.each([
  ['es-MX reading English', 'es', { languages: ['es-MX', 'es'] }],
  ['ar-EG reading English', 'ar', { languages: ['ar-EG'] }],
  ['pt-PT reading English', 'pt-BR', { languages: ['pt-PT'] }],
  ['a remembered choice over the browser’s list', 'ar', { languages: ['es-MX'], cookie: 'theme=dark; NEXT_LOCALE=ar' }],
  ['es-MX reading Arabic', 'es', { languages: ['es-MX'], lang: 'ar', path: '/ar/smtp/550' }],
])('%s: the hint offers the page in %s, in that language', (_case, offered, browser) => {
  setBrowser(browser);
  languageScript(preferredLocale, HINTS, HINT_ID);
  expect(hint()).toBeVisible();
  expect(hint()).toHaveAttribute('lang', offered);
  expect(hint()).toHaveAttribute('dir', HINTS[offered]!.dir);
  const link = screen.getByRole('link', { name: HINTS[offered]!.read });
  const url = new URL(link.getAttribute('href')!, 'http://localhost');
  expect(Object.fromEntries(url.searchParams)).toEqual({ to: offered, next: `/${offered}/smtp/550` });
  expect(screen.getByRole('button', { name: HINTS[offered]!.dismiss })).toBeInTheDocument();
});

test.each([
  ['the browser asks for the page’s language', { languages: ['en-GB', 'es'] }],
  ['the browser asks for none of ours', { languages: ['sw-KE'] }],
  ['the reader chose this language', { languages: ['es-MX'], cookie: 'NEXT_LOCALE=en' }],
  ['the remembered choice is not listed', { languages: ['es-MX'], cookie: 'NEXT_LOCALE=xx' }],
  ['the page is in a locale not listed (the pseudo-locale)', { languages: ['es-MX'], lang: 'en-XA', path: '/en-XA/smtp/550' }],
])('no hint when %s', (_case, browser) => {
  setBrowser(browser);
  languageScript(preferredLocale, HINTS, HINT_ID);
  expect(hint()).toBeNull();
});

test('a dismissed hint stays away for that language', () => {
  setBrowser({ languages: ['es'] });
  languageScript(preferredLocale, HINTS, HINT_ID);
  fireEvent.click(screen.getByRole('button', { name: 'Ahora no' }));
  expect(hint()).not.toBeVisible();
  setBrowser({ languages: ['es'] });
  languageScript(preferredLocale, HINTS, HINT_ID);
  expect(hint()).toBeNull();
  setBrowser({ languages: ['ar'] });
  languageScript(preferredLocale, HINTS, HINT_ID);
  expect(hint()).toBeVisible();
});

test('the switcher’s links keep the #section, without hydration', () => {
  setBrowser({ languages: ['en'] });
  languageScript(preferredLocale, HINTS, HINT_ID);
  renderIn('en', <LanguageSwitcher />);
  const link = screen.getByRole('link', { name: 'Tiếng Việt', hidden: true });
  link.addEventListener('click', (event) => event.preventDefault());
  link.click();
  const url = new URL(link.getAttribute('href')!, 'http://localhost');
  // The fragment survives the choice's 303 to the page.
  expect(url.searchParams.get('next') + url.hash).toBe('/vi/smtp/550#fix');
});

test('the served source runs on its own: no reference outside the two functions', () => {
  setBrowser({ languages: ['es'] });
  new Function(languageScriptSource(preferredLocale, HINTS))();
  expect(screen.getByRole('link', { name: HINTS.es!.read })).toBeInTheDocument();
});
