/**
 * The <head> of every page, built one way: title, description, canonical URL and hreflang alternates,
 * robots, Open Graph picture and oEmbed link. Routes' generateMetadata say only what differs.
 */
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { codeLabel } from './codes';
import { codeTexts, providerMessageTexts } from './code-texts';
import type { EnhancedCode } from './enhanced-codes';
import type { Translator } from './messages';
import { OG_SIZE } from './og';
import { providerName } from './providers';
import type { ReplyCode } from './reply-codes';
import { canonicalSlug, parseSlug, type CodeSlug } from './slug';
import { alternatesFor, ogImagePath, PAGE_SUFFIXES } from './urls';

export type PageMetadata = {
  readonly locale: Locale;
  /** Shown as it is, unless `withSiteName`. */
  readonly title: string;
  /** The site's name follows the title (the [locale] layout's template): pages that are not landing pages. */
  readonly withSiteName?: boolean;
  readonly description?: string;
  /** Path after /{locale} of a page that exists in every locale: its canonical URL and hreflang alternates. */
  readonly path?: string;
  readonly robots?: { readonly index: false; readonly follow?: true };
  /** Canonical slug of the code page whose Open Graph picture (app/og) shares this page. */
  readonly ogImage?: string;
  /** Path of another Open Graph picture (the glossary's and the guides' title cards, lib/urls). */
  readonly ogPicture?: string;
  /** Absolute URL of this page's oEmbed description (app/api/oembed). */
  readonly oembed?: string;
};

export function pageMetadata({ locale, title, withSiteName, description, path, robots, ogImage, ogPicture, oembed }: PageMetadata): Metadata {
  const picture = ogPicture ?? (ogImage === undefined ? undefined : ogImagePath(locale, ogImage));
  const alternates = {
    ...(path !== undefined && alternatesFor(locale, path)),
    ...(oembed && { types: { 'application/json+oembed': [{ url: oembed, title }] } }),
  };
  return {
    title: withSiteName ? title : { absolute: title },
    ...(description !== undefined && { description }),
    ...(robots && { robots }),
    ...(Object.keys(alternates).length > 0 && { alternates }),
    ...(picture !== undefined && {
      openGraph: {
        images: [{ url: picture, ...OG_SIZE, alt: title }],
        title,
        description,
        locale,
        type: 'article',
      },
      twitter: { card: 'summary_large_image' },
    }),
  };
}

/** The metadata of /{locale}/smtp/{slug}, whichever route renders it (prerendered or per request). */
export async function codeSlugMetadata(locale: Locale, slug: string): Promise<Metadata> {
  const parsed = parseSlug(slug);
  if (!parsed) return {};
  const { title, description } = codeSlugTitles(await getTranslations({ locale }), parsed);
  const canonical = canonicalSlug(parsed);
  return pageMetadata({ locale, title, description, path: PAGE_SUFFIXES.smtp(canonical), ogImage: canonical });
}

function codeSlugTitles(t: Translator, parsed: CodeSlug): { title: string; description: string } {
  switch (parsed.kind) {
    case 'code': {
      const { code } = parsed;
      const texts = codeTexts(t, code);
      return { title: t('CodePage.metaTitle', { code: code.code, name: texts.text('name') }), description: texts.text('summary') };
    }
    case 'enhanced': {
      const { code } = parsed;
      const texts = codeTexts(t, code);
      return { title: t('EnhancedPage.metaTitle', { code: code.id, name: texts.text('name') }), description: texts.text('summary') };
    }
    case 'provider-code': {
      const { code } = parsed;
      return {
        title: t('ProviderCodePage.metaTitle', { code: codeLabel(code), provider: providerName(code.provider) }),
        description: providerMessageTexts(t, code.messages[0]!.id).text('meaning'),
      };
    }
    case 'pair':
    case 'enhanced-pair': {
      const name = (c: ReplyCode | EnhancedCode) => codeTexts(t, c).text('name');
      const names = { a: codeLabel(parsed.a), nameA: name(parsed.a), b: codeLabel(parsed.b), nameB: name(parsed.b) };
      return { title: t('Comparison.metaTitle', names), description: t('Comparison.metaDescription', names) };
    }
  }
}
