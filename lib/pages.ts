/**
 * Every list of the site's pages: which localized pages exist (the proxy answers the rest with a 404),
 * which are prerendered, which the sitemap lists. Routes' generateStaticParams, the sitemap and the proxy
 * all ask here. Adding a page type = one entry in LOCALIZED_PAGES (and its builder in lib/urls.ts) plus
 * its route.
 */
import { GUIDE_STEPS, type GuideStepId } from '@/data/guide';
import { defaultLocale, PSEUDO_LOCALE, type Locale } from '@/i18n/locales';
import { allEnhancedCodes } from './enhanced-codes';
import { allTerms, type GlossaryTermId } from './glossary';
import { stepGuides, type GuideSlug } from './guides';
import { providerCodes } from './providers';
import { allReplyCodes, standardReplyCodes, type ReplyCode } from './reply-codes';
import type { CodeSlug } from './slug';
import { PAGE_SUFFIXES, pairSlugOf, slugOf } from './urls';

/** Localized pages that are not codes, by path after /{locale}. `sitemap`: listed for search engines. */
const LOCALIZED_PAGES: readonly { readonly path: string; readonly sitemap: boolean }[] = [
  { path: PAGE_SUFFIXES.home, sitemap: true },
  { path: PAGE_SUFFIXES.enhancedIndex, sitemap: true },
  { path: PAGE_SUFFIXES.decoder, sitemap: true },
  { path: PAGE_SUFFIXES.explanation, sitemap: false },
  { path: PAGE_SUFFIXES.comparePicker, sitemap: false },
  { path: PAGE_SUFFIXES.search, sitemap: false },
  { path: PAGE_SUFFIXES.privacy, sitemap: true },
  { path: PAGE_SUFFIXES.guides(), sitemap: true },
  ...(['start', ...GUIDE_STEPS] as const).map((step) => ({ path: PAGE_SUFFIXES.guide(step), sitemap: true })),
  ...stepGuideSlugs().map((slug) => ({ path: PAGE_SUFFIXES.guides(slug), sitemap: true })),
  { path: PAGE_SUFFIXES.glossary(), sitemap: true },
  ...glossaryTermIds().map((id) => ({ path: PAGE_SUFFIXES.glossary(id), sitemap: true })),
  { path: PAGE_SUFFIXES.api, sitemap: true },
];
const LOCALIZED_PAGE_PATHS = new Set(LOCALIZED_PAGES.map((p) => p.path));

/** Is `pathAfterLocale` one of the localized pages above (not a code page)? */
export function isLocalizedPage(pathAfterLocale: string): boolean {
  return LOCALIZED_PAGE_PATHS.has(pathAfterLocale === '/' ? '' : pathAfterLocale);
}

/**
 * The reply codes readers compare most: the replies bounce reports and mail logs show most often, and
 * their temporary/permanent twins. Comparisons among them are prerendered in the default locale; any
 * other comparison, and every comparison in another locale, is rendered when asked for. Code pages and
 * guides are what a bounce leads to, in every language, so they are built in every locale; a comparison
 * is a second step. At 16 locales the 45 comparisons per locale were 675 pages (about 20 s of build)
 * that a reader gets in about 20 ms when asked for (bench/scale.mjs).
 */
const COMMONLY_COMPARED: ReadonlySet<number> = new Set([250, 421, 450, 451, 452, 550, 551, 552, 553, 554]);

const isCommonlyCompared = (code: ReplyCode) => COMMONLY_COMPARED.has(code.code);

/**
 * Which /{locale}/smtp/{slug} pages are built ahead of time: every reply-code, enhanced-code and
 * provider-code page in every reader's locale (the pseudo-locale is never built), and in the default
 * locale the comparisons among the commonly compared reply codes. The proxy sends every other canonical
 * comparison to a route rendered per request: prerendered pages carry a hash-based Content-Security-Policy,
 * and a page cached after its first render could carry neither hashes known in advance nor a nonce that
 * stays valid (lib/csp.ts).
 */
export function isPrerendered(parsed: CodeSlug, locale: Locale): boolean {
  if (locale === PSEUDO_LOCALE) return false;
  switch (parsed.kind) {
    case 'pair':
      return locale === defaultLocale && isCommonlyCompared(parsed.a) && isCommonlyCompared(parsed.b);
    case 'enhanced-pair':
      return false;
    default:
      return true;
  }
}

/** Every step of the bounce guide after its start page; each is prerendered. */
export function guideSteps(): readonly GuideStepId[] {
  return GUIDE_STEPS;
}

/** Every glossary term's page; each is prerendered. */
export function glossaryTermIds(): readonly GlossaryTermId[] {
  return allTerms().map((term) => term.id);
}

/** The guides of steps (/{locale}/guides/{slug}); the decision guide has its own routes (guideSteps). */
export function stepGuideSlugs(): readonly GuideSlug[] {
  return stepGuides().map((guide) => guide.slug);
}

/**
 * Slugs of every single code's page (reply, enhanced and provider codes). Each also has an embed card,
 * which is not prerendered: it has no script, so it needs no build-time hashes and is rendered on request
 * (app/[locale]/embed/smtp/[slug]/route.ts), for shared caches to keep.
 */
export function codeSlugs(): string[] {
  return [...allReplyCodes(), ...allEnhancedCodes(), ...providerCodes()].map(slugOf);
}

/** Every comparison of two codes of `codes`, once, lower code first. */
const pairSlugsOf = (codes: readonly ReplyCode[]) => codes.flatMap((a, i) => codes.slice(i + 1).map((b) => pairSlugOf(a, b)));

/** Slugs of every /{locale}/smtp/{slug} page that is prerendered in `locale`. */
export function prerenderedSlugs(locale: Locale): string[] {
  if (locale === PSEUDO_LOCALE) return [];
  return [...codeSlugs(), ...(locale === defaultLocale ? pairSlugsOf(standardReplyCodes().filter(isCommonlyCompared)) : [])];
}

/**
 * Every page the sitemap lists, as paths after /{locale}: the localized pages, every code, and every
 * comparison of two RFC-defined reply codes, prerendered or not (each answers 200 either way).
 */
export function sitemapPaths(): string[] {
  return [
    ...LOCALIZED_PAGES.filter((p) => p.sitemap).map((p) => p.path),
    ...[...codeSlugs(), ...pairSlugsOf(standardReplyCodes())].map((slug) => PAGE_SUFFIXES.smtp(slug)),
  ];
}
