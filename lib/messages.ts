/** Message files and translators for code that runs outside a page (API routes, images, the command line). */
import { createTranslator, type Messages } from 'next-intl';
import { PSEUDO_LOCALE, type Locale } from '@/i18n/locales';

/**
 * A locale's whole message file. Typed as next-intl's `Messages` (the interface strings, global.d.ts);
 * the texts of codes and provider messages are in it too, read through lib/code-texts.ts.
 */
export async function loadMessages(locale: Locale): Promise<Messages> {
  if (locale === PSEUDO_LOCALE) return pseudoLocaleMessages();
  return (await import(`../messages/${locale}.json`)).default;
}

let pseudo: Promise<Messages> | undefined;
/**
 * Generated from the English file on first use. The site runs next-intl with precompiled messages
 * (next.config.ts), so the pseudo messages are compiled the way its build compiles the files.
 */
function pseudoLocaleMessages(): Promise<Messages> {
  pseudo ??= (async () => {
    const [{ pseudoMessages }, { readMessageTree }] = await Promise.all([import('./pseudo-locale'), import('./message-files')]);
    const { default: compile } = await import('icu-minify/compile');
    return pseudoMessages(readMessageTree('en'), compile) as unknown as Messages;
  })();
  return pseudo;
}

/** What `getTranslations({ locale })` and `useTranslations()` return: typed keys of the whole file. */
export type Translator = ReturnType<typeof createTranslator<Messages>>;

/** The translator of a locale where next-intl's request config does not reach (route handlers, scripts). */
export async function translatorFor(locale: Locale): Promise<Translator> {
  return createTranslator({ locale, messages: await loadMessages(locale) });
}
