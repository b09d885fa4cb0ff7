/**
 * Every URL the site builds: the only place that writes /{locale}/… paths. Client components import it
 * too, so it depends on types only (no code data: lib/pages.ts holds the lists of pages that need it).
 */
import type { GuidePageId } from '@/data/guide';
import type { GlossaryTermId } from '@/data/glossary';
import type { GuideSlug } from '@/data/guides';
import { locales, type Locale } from '@/i18n/locales';
import type { EnhancedCode } from './enhanced-codes';
import type { ProviderCode } from './providers';
import type { ReplyCode } from './reply-codes';

/**
 * The public origin (SITE_URL when building; next.config.ts fixes it in the build, empty when unset):
 * makes canonical, hreflang and API URLs absolute.
 */
export const SITE_URL = process.env.SITE_URL || 'http://localhost:3000';

export const absoluteUrl = (path: string) => new URL(path || '/', SITE_URL).toString();

/** A code that has a page of its own under /{locale}/smtp/. */
export type PageCode = ReplyCode | EnhancedCode | ProviderCode;

/** The segment after /smtp/ of a code's page: "550", "5.1.1", "5.7.606-649". */
export function slugOf(code: PageCode): string {
  if ('replyClass' in code) return String(code.code);
  if ('entry' in code) return code.id;
  return code.slug;
}

/** The canonical comparison slug, lower code first: "250-vs-550", "5.1.1-vs-5.1.10". */
export function pairSlugOf(a: ReplyCode, b: ReplyCode): string;
export function pairSlugOf(a: EnhancedCode, b: EnhancedCode): string;
export function pairSlugOf(a: ReplyCode | EnhancedCode, b: ReplyCode | EnhancedCode): string {
  const key = (c: ReplyCode | EnhancedCode) =>
    'replyClass' in c ? [c.code] : [c.enhancedClass, c.entry.subject, c.entry.detail];
  const [ka, kb] = [key(a), key(b)];
  const order = ka.reduce((found, n, i) => found || n - (kb[i] ?? 0), 0);
  const [low, high] = order <= 0 ? [a, b] : [b, a];
  return `${slugOf(low)}-vs-${slugOf(high)}`;
}

/** The decision guide is one of the guides; its questions are pages under its own URL. */
const DECISION_GUIDE = 'why-did-my-email-bounce' satisfies GuideSlug;
const guidesSuffix = (slug?: GuideSlug) => (slug ? `/guides/${slug}` : '/guides');
const guideSuffix = (step: GuidePageId) => `${guidesSuffix(DECISION_GUIDE)}${step === 'start' ? '' : `/${step}`}`;
const glossarySuffix = (id?: GlossaryTermId) => (id ? `/glossary/${id}` : '/glossary');

/** Paths after /{locale} of the localized pages that are not codes (lib/pages.ts lists which exist). */
export const PAGE_SUFFIXES = {
  home: '',
  enhancedIndex: '/smtp/enhanced',
  decoder: '/smtp/decode',
  explanation: '/smtp/decode/explain',
  comparePicker: '/smtp/compare',
  search: '/search',
  privacy: '/privacy',
  guide: guideSuffix,
  guides: guidesSuffix,
  glossary: glossarySuffix,
  api: '/api',
  /** A code page or comparison by its canonical slug. */
  smtp: (slug: string) => `/smtp/${slug}`,
} as const;

/** Any localized page by its path after /{locale} (PAGE_SUFFIXES; lib/pages.ts lists which exist). */
export const localizedPath = (locale: Locale, pathAfterLocale: string) => `/${locale}${pathAfterLocale}`;
export const homePath = (locale: Locale) => `/${locale}`;
/** A code page or comparison by its canonical slug. */
export const smtpPath = (locale: Locale, slug: string) => `/${locale}/smtp/${slug}`;
export const codePath = (locale: Locale, code: PageCode) => smtpPath(locale, slugOf(code));
export const pairPath = (locale: Locale, a: ReplyCode, b: ReplyCode) => smtpPath(locale, pairSlugOf(a, b));
/** Two codes of one kind side by side on a comparison page. */
export type ComparedPair = { readonly a: ReplyCode; readonly b: ReplyCode } | { readonly a: EnhancedCode; readonly b: EnhancedCode };
const isReplyPair = (pair: ComparedPair): pair is { readonly a: ReplyCode; readonly b: ReplyCode } => 'replyClass' in pair.a;
export const comparisonPath = (locale: Locale, pair: ComparedPair) =>
  smtpPath(locale, isReplyPair(pair) ? pairSlugOf(pair.a, pair.b) : pairSlugOf(pair.a, pair.b));

/*
 * Sections: where a translation older than its English sends readers for the current English
 * (components/site/StaleNotice), so each builder below names the anchors its page really has.
 */
/** The anchors of a code's sections (components/code/CodeSections, CustomerText). */
export type CodeSectionId = 'description' | 'when' | 'fix' | 'fix-sender' | 'fix-admin' | 'customer';
/** A code's section on its own page, or on one side of a comparison, where it is prefixed with the code's slug. */
export const codeSectionAnchor = (code: ReplyCode | EnhancedCode, section: CodeSectionId, pair?: ComparedPair) =>
  pair ? `${slugOf(code)}-${section}` : section;
export const codeSectionPath = (locale: Locale, code: ReplyCode | EnhancedCode, section: CodeSectionId, pair?: ComparedPair) =>
  `${pair ? comparisonPath(locale, pair) : codePath(locale, code)}#${codeSectionAnchor(code, section, pair)}`;
/** A comparison's own sections (components/compare). */
export type ComparisonSectionId = 'summary';
export const comparisonSectionPath = (locale: Locale, pair: ComparedPair, section: ComparisonSectionId) => `${comparisonPath(locale, pair)}#${section}`;
/** A provider's entry on the code page that lists it (components/provider/ProviderMessageCard: its id is the anchor). */
export const providerMessagePath = (locale: Locale, page: PageCode, messageId: string) => `${codePath(locale, page)}#${messageId}`;
/** The anchors of a glossary term's sections (components/glossary/GlossaryTermPage, TermCheck). */
export type GlossarySectionId = 'term-what' | 'term-why' | 'term-check';
export const glossarySectionPath = (locale: Locale, id: GlossaryTermId, section: GlossarySectionId) => `${glossaryPath(locale, id)}#${section}`;
/** One step of a guide of steps (components/guides/GuideStepItem: the step's id is its anchor). */
export const guideStepPath = (locale: Locale, slug: GuideSlug, step: string) => `${guidesPath(locale, slug)}#${step}`;
export const comparePickerPath = (locale: Locale) => `/${locale}${PAGE_SUFFIXES.comparePicker}`;
export const enhancedIndexPath = (locale: Locale) => `/${locale}${PAGE_SUFFIXES.enhancedIndex}`;
export const decoderPath = (locale: Locale) => `/${locale}${PAGE_SUFFIXES.decoder}`;
export const explanationPath = (locale: Locale, query: URLSearchParams) => `/${locale}${PAGE_SUFFIXES.explanation}?${query}`;
export const searchPath = (locale: Locale, query?: string) =>
  `/${locale}${PAGE_SUFFIXES.search}${query === undefined ? '' : `?${new URLSearchParams({ q: query })}`}`;
export const privacyPath = (locale: Locale) => `/${locale}${PAGE_SUFFIXES.privacy}`;
export const guidePath = (locale: Locale, step: GuidePageId = 'start') => `/${locale}${guideSuffix(step)}`;
export const guidesPath = (locale: Locale, slug?: GuideSlug) => `/${locale}${guidesSuffix(slug)}`;
export const glossaryPath = (locale: Locale, id?: GlossaryTermId) => `/${locale}${glossarySuffix(id)}`;
export const embedPath = (locale: Locale, slug: string) => `/${locale}/embed/smtp/${slug}`;
export const ogImagePath = (locale: Locale, slug: string) => `/og/${locale}/${slug}`;
/** The Open Graph picture of a glossary or guides page (app/og/[locale]/glossary, …/guides): title cards. */
export const titleOgImagePath = (locale: Locale, page: { glossary: GlossaryTermId | null } | { guides: GuideSlug | null }) =>
  'glossary' in page ? `/og/${locale}${glossarySuffix(page.glossary ?? undefined)}` : `/og/${locale}${guidesSuffix(page.guides ?? undefined)}`;
export const oembedPath = (url: string) => `/api/oembed?url=${encodeURIComponent(url)}&format=json`;
export const codesApiPath = (code: string, locale: Locale) => `/api/v1/codes/${encodeURIComponent(code)}?locale=${locale}`;
export const searchIndexPath = (locale: Locale) => `/api/v1/search-index/${locale}`;
export const decoderTextsPath = (locale: Locale) => `/api/v1/texts/${locale}`;
export const decodeApiPath = (locale: Locale) => `/api/v1/decode?locale=${locale}`;
/** The OpenAPI description of the JSON API (lib/openapi.ts); its reader's page is apiPath. */
export const openApiPath = '/api/v1/openapi.json';
export const apiPath = (locale: Locale) => `/${locale}${PAGE_SUFFIXES.api}`;
/** The sitemap index (app/sitemap.xml) and the sitemap of one locale it lists (app/sitemap/[file], lib/sitemap.ts). */
export const sitemapIndexPath = '/sitemap.xml';
export const localeSitemapPath = (locale: Locale) => `/sitemap/${locale}.xml`;
/** Where the proxy sends comparisons that are not prerendered (lib/pages.ts says which are). */
export const perRequestPath = (locale: Locale, slug: string) => `/${locale}/smtp/per-request/${slug}`;
/** The localized 404 page; `key` holds only the code-like tokens of what was asked for (lib/request-routing.ts). */
export const missingPath = (locale: Locale, key: string) => `/${locale}/missing/${key}`;
/** The language switcher's link: remembers `locale` as the reader's choice, then opens `pathname` in it (app/api/locale). */
export const languageChoicePath = (locale: Locale, pathname: string) =>
  `/api/locale?${new URLSearchParams({ to: locale, next: inLocale(locale, pathname) })}`;
/** The same page in another locale: `pathname` is any /{locale}/… path of this site. */
const inLocale = (locale: Locale, pathname: string) => `/${locale}${pathname.replace(/^\/[^/]*/, '')}`;
/** Sections whose last segment is a code slug; embeds show single codes only. */
export const CODE_SECTIONS = [
  { prefix: '/smtp/', pairs: true, path: smtpPath },
  { prefix: '/embed/smtp/', pairs: false, path: embedPath },
] as const;

/** hreflang alternates of a page that exists in every locale: each locale's URL, plus x-default. */
export function languageAlternates(pathAfterLocale: string, toUrl: (path: string) => string = (p) => p) {
  const languages: Record<string, string> = Object.fromEntries(locales.map((l) => [l, toUrl(`/${l}${pathAfterLocale}`)]));
  languages['x-default'] = toUrl(pathAfterLocale || '/');
  return languages;
}

/** Metadata alternates for a page that exists in every locale: canonical + hreflang + x-default. */
export function alternatesFor(locale: Locale, pathAfterLocale: string) {
  return { canonical: `/${locale}${pathAfterLocale}`, languages: languageAlternates(pathAfterLocale) };
}
