/**
 * Which of the site's locales a reader's language tags ask for. The server negotiates with next-intl's
 * middleware (proxy.ts), which uses @formatjs/intl-localematcher (CLDR's language matching); the page's
 * "read this in your language" hint decides in the browser, where that matcher would cost more script
 * than the rest of the hint, with `preferredLocale` below. The tests hold the two to the same answers.
 */

/** The locale as the site spells it, for a URL segment in any casing ("pt-br", "EN"), or null. */
export function canonicalSpelling<L extends string>(segment: string, locales: readonly L[]): L | null {
  const lower = segment.toLowerCase();
  return locales.find((locale) => locale !== segment && locale.toLowerCase() === lower) ?? null;
}

/**
 * The first of the reader's tags (most preferred first, as navigator.languages lists them) that one of
 * `locales` serves: the same tag, else the same language (es-MX → es, ar-EG → ar; zh-HK → zh-TW and
 * zh → zh-CN by script). Null when none does. Kept dependency-free: its source is inlined into the page
 * (lib/language-script.ts), so it must not refer to anything outside itself.
 */
export function preferredLocale(tags: readonly string[], locales: readonly string[]): string | null {
  for (const tag of tags) {
    const lower = tag.toLowerCase();
    const language = lower.split('-')[0];
    const exact = locales.find((locale) => locale.toLowerCase() === lower);
    if (exact) return exact;
    const sameLanguage = locales.filter((locale) => locale.toLowerCase().split('-')[0] === language);
    if (sameLanguage.length === 0) continue;
    if (language === 'zh') {
      // Chinese in traditional characters, whether the tag names the script or a region that uses it.
      const traditional = /^zh-(?:hant|tw|hk|mo)\b/i.test(lower);
      const byScript = sameLanguage.find((locale) => /^zh-(?:hant|tw|hk|mo)\b/i.test(locale) === traditional);
      if (byScript) return byScript;
    }
    return sameLanguage[0] ?? null;
  }
  return null;
}
