import { createHash } from 'node:crypto';
import { LOCALES, locales } from '@/i18n/locales';
import { languageScriptSource, type Hint } from '@/lib/language-script';
import { preferredLocale } from '@/lib/locale-negotiation';
import { translatorFor } from '@/lib/messages';

/** /language.js as served, and the address pages load it from. */
export type LanguageScriptFile = { readonly source: string; readonly src: string };

let built: Promise<LanguageScriptFile> | undefined;

/**
 * The script with every locale's hint, addressed by a hash of its text: a browser or shared cache may then
 * keep it for a year (pages name a new address when a hint or the script changes), like Next's own hashed
 * chunks. The same for every page and reader, so it is made once per process.
 * The route and the pages are bundled apart and minified differently (the functions' short names), so
 * the bytes served are not the text a page hashed: the version follows changes, it is not a checksum.
 */
export function languageScriptFile(): Promise<LanguageScriptFile> {
  built ??= (async () => {
    const hints: Record<string, Hint> = {};
    for (const locale of locales) {
      const t = await translatorFor(locale);
      hints[locale] = { read: t('LanguageHint.read'), dismiss: t('LanguageHint.dismiss'), dir: LOCALES[locale].dir };
    }
    const source = languageScriptSource(preferredLocale, hints);
    const version = createHash('sha256').update(source).digest('base64url').slice(0, 12);
    return { source, src: `/language.js?v=${version}` };
  })();
  return built;
}
