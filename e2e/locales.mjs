// The site's locales and their messages, read from the files the app reads (i18n/locales.json,
// messages/<locale>.json), so a new locale is tested and measured without editing a test.
import { readFileSync } from 'node:fs';
import table from '../i18n/locales.json' with { type: 'json' };

export const LOCALES = Object.keys(table);

/** The locale's own name for itself, as the language switcher shows it. */
export const localeName = (locale) => table[locale].name;

export const messagesOf = (locale) =>
  JSON.parse(readFileSync(new URL(`../messages/${locale}.json`, import.meta.url), 'utf8'));
