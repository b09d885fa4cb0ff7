import type { Locale } from './i18n/locales';
import type en from './messages/en.json';

type English = typeof en;

/**
 * Interface strings are typed key by key, so a wrong key fails `tsc`. Reference content (a text per
 * code, registry entry and provider message) is read through lib/code-texts.ts, typed by field: its keys
 * come from data, and typing its ~350 ids here made `tsc` about 5× slower (47 s instead of 9 s).
 */
type Messages = Omit<English, 'codes' | 'enhanced' | 'providerMessages'>;

declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
