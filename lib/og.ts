/**
 * What an Open Graph image (app/og) shows for a slug: each code with its class and short name in the
 * page's locale, and the site's name. The picture itself is components/OgImage.tsx.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTranslator } from 'next-intl';
import type { Locale } from '@/i18n/locales';
import type { EnhancedCode } from './enhanced-codes';
import { loadMessages } from './messages';
import { providerName } from './providers';
import type { ReplyCode, Retry } from './reply-codes';
import type { CodeSlug } from './slug';

export type CodeClass = 2 | 3 | 4 | 5;

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

// The same outcome per class as a reply code's; enhanced and provider codes share the first digit's meaning.
const OUTCOME: Record<CodeClass, Retry> = { 2: 'success', 3: 'intermediate', 4: 'transient', 5: 'permanent' };

export async function ogCard(locale: Locale, parsed: CodeSlug): Promise<OgCard> {
  // Keys are built from data at run time, so the translator is used untyped here.
  const t = createTranslator({ locale, messages: await loadMessages(locale) }) as unknown as (key: string) => string;
  const card = (kicker: string | null, codes: OgCode[]) => ({ siteName: t('Site.name'), kicker, codes });
  const entry = (code: string, codeClass: CodeClass, name: string): OgCode => ({
    code,
    codeClass,
    name,
    outcome: t(`Facts.retries.${OUTCOME[codeClass]}`),
  });
  const reply = (c: ReplyCode) => entry(String(c.code), c.replyClass, t(`codes.${c.code}.name`));
  const enhanced = (c: EnhancedCode) =>
    entry(c.id, c.enhancedClass, t(`enhanced.${c.entry.subject}.${c.entry.detail}.name`));

  switch (parsed.kind) {
    case 'code':
      return card(null, [reply(parsed.code)]);
    case 'pair':
      return card(null, [reply(parsed.a), reply(parsed.b)]);
    case 'enhanced':
      return card(t('EnhancedPage.kicker'), [enhanced(parsed.code)]);
    case 'enhanced-pair':
      return card(t('EnhancedPage.kicker'), [enhanced(parsed.a), enhanced(parsed.b)]);
    case 'provider-code': {
      const { code } = parsed;
      const label = code.range ? `${code.range[0]}–${code.range[1]}` : code.slug;
      const codeClass = Number(code.slug[0]) as CodeClass;
      return card(t('ProviderCodePage.kicker'), [entry(label, codeClass, providerName(code.provider))]);
    }
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
