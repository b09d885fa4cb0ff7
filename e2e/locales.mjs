// The site's locales and their messages, read from the files the app reads (i18n/locales.json,
// messages/<locale>.json), so a new locale is tested and measured without editing a test.
import { readFileSync } from 'node:fs';
import table from '../i18n/locales.json' with { type: 'json' };

/** Every registered locale: the light checks (status, lang/dir, console, messages) run in each. */
export const LOCALES = Object.keys(table);

/**
 * Where the heavy checks (axe light and dark, the HTML checker, keyboard and mouse journeys, XSS) run:
 * English plus one locale per script, those of them that are registered. They cost minutes per locale;
 * what differs between locales of one script is the words, which the light checks cover.
 * `npm run test:full` (E2E_FULL=1) runs them in every locale; CI does not.
 */
const ONE_PER_SCRIPT = ['en', 'vi', 'ar', 'ja', 'zh-CN', 'ko', 'ru'];
export const HEAVY_LOCALES = process.env.E2E_FULL ? LOCALES : ONE_PER_SCRIPT.filter((l) => LOCALES.includes(l));

/** Accented, longer English generated from en (lib/pseudo-locale.ts): routable, listed nowhere. */
export const PSEUDO_LOCALE = 'en-XA';

/** The locale's own name for itself, as the language switcher shows it. */
export const localeName = (locale) => table[locale].name;
export const directionOf = (locale) => table[locale].dir;

export const messagesOf = (locale) =>
  JSON.parse(readFileSync(new URL(`../messages/${locale}.json`, import.meta.url), 'utf8'));
