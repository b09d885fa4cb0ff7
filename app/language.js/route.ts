import { LOCALES, locales } from '@/i18n/locales';
import { languageScriptSource, type Hint } from '@/lib/language-script';
import { preferredLocale } from '@/lib/locale-negotiation';
import { translatorFor } from '@/lib/messages';

// Built once: the same file for every page and reader, cached like any static asset.
export const dynamic = 'force-static';

export async function GET() {
  const hints: Record<string, Hint> = {};
  for (const locale of locales) {
    const t = await translatorFor(locale);
    hints[locale] = { read: t('LanguageHint.read'), dismiss: t('LanguageHint.dismiss'), dir: LOCALES[locale].dir };
  }
  return new Response(languageScriptSource(preferredLocale, hints), {
    headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600' },
  });
}
