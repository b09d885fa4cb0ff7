/**
 * What an Open Graph image (app/og) shows for a slug: each code with its class and short name in the
 * page's locale, and the site's name. The picture itself is components/og/OgImage.tsx.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locale } from '@/i18n/locales';
import { classOf, codeLabel, retryOfClass, type AnyCode, type CodeClass } from './codes';
import { codeTexts } from './code-texts';
import type { GlossaryTermId } from './glossary';
import { guideTexts, termTexts } from './glossary-texts';
import type { GuideSlug } from './guides';
import { translatorFor } from './messages';
import { providerName } from './providers';
import type { CodeSlug } from './slug';


/** The picture's size in pixels: the size Open Graph and X cards show without cropping. */
export const OG_SIZE = { width: 1200, height: 630 } as const;

export type OgCode = {
  readonly code: string;
  readonly codeClass: CodeClass;
  /** The short name, or the provider's name for a code only a provider defines. */
  readonly name: string;
  /** The class in words, so that colour is not the only sign of it. */
  readonly outcome: string;
};

export type OgCard = {
  readonly siteName: string;
  readonly kicker: string | null;
  readonly codes: readonly OgCode[];
};

export async function ogCard(locale: Locale, parsed: CodeSlug): Promise<OgCard> {
  const t = await translatorFor(locale);
  const card = (kicker: string | null, codes: OgCode[]) => ({ siteName: t('Site.name'), kicker, codes });
  const entry = (code: AnyCode): OgCode => ({
    code: codeLabel(code),
    codeClass: classOf(code),
    name: 'provider' in code ? providerName(code.provider) : codeTexts(t, code).text('name'),
    outcome: t(`Facts.retries.${retryOfClass(classOf(code))}`),
  });

  switch (parsed.kind) {
    case 'code':
      return card(null, [entry(parsed.code)]);
    case 'pair':
      return card(null, [entry(parsed.a), entry(parsed.b)]);
    case 'enhanced':
      return card(t('EnhancedPage.kicker'), [entry(parsed.code)]);
    case 'enhanced-pair':
      return card(t('EnhancedPage.kicker'), [entry(parsed.a), entry(parsed.b)]);
    case 'provider-code':
      return card(t('ProviderCodePage.kicker'), [entry(parsed.code)]);
  }
}

/**
 * Subsets of Debian's Noto fonts (fonts/subset.py): without them next/og would download fonts from
 * Google at render time. One array for the whole process, because satori caches parsed fonts by it.
 */
const FONTS = [
  { file: 'NotoSans-Regular.ttf', name: 'Noto Sans', weight: 400 },
  { file: 'NotoSans-Bold.ttf', name: 'Noto Sans', weight: 700 },
  { file: 'NotoSansCJK-Bold.otf', name: 'Noto Sans CJK', weight: 700 },
] as const;

let fonts: ReturnType<typeof loadFonts> | undefined;

async function loadFonts() {
  return Promise.all(
    FONTS.map(async ({ file, name, weight }) => ({
      name,
      weight,
      style: 'normal' as const,
      data: await readFile(join(process.cwd(), 'fonts', file)),
    })),
  );
}

export function ogFonts() {
  fonts ??= loadFonts();
  return fonts;
}

/** The picture of a page that is not about one code (a glossary entry, a guide): the site, a kicker, a title. */
export type OgTitleCard = { readonly siteName: string; readonly kicker: string; readonly title: string };

export async function ogTitleCard(
  locale: Locale,
  page: { readonly glossary: GlossaryTermId | null } | { readonly guides: GuideSlug | null },
): Promise<OgTitleCard> {
  const t = await translatorFor(locale);
  const siteName = t('Site.name');
  if ('glossary' in page) {
    const title = page.glossary ? termTexts(t, page.glossary).plain('name') : t('Glossary.title');
    return { siteName, kicker: t('Glossary.kicker'), title };
  }
  return { siteName, kicker: t('Guides.kicker'), title: page.guides ? guideTexts(t, page.guides).plain('title') : t('Guides.title') };
}
