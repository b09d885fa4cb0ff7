/**
 * Embeddable code cards: which codes can be embedded, what their card shows, the embed page's URL, the
 * <iframe> snippet and the oEmbed lookup of a pasted URL. The embed page, the oEmbed endpoint and the
 * snippet on code pages all build from here, so the three cannot disagree.
 */
import { isLocale, type Locale } from '@/i18n/locales';
import { providerName } from './providers';
import { canonicalSlug, parseSlug, safeDecode, type CodeSlug } from './slug';

export type Embeddable = Extract<CodeSlug, { kind: 'code' | 'enhanced' | 'provider-code' }>;
type CodeClass = 2 | 3 | 4 | 5;

/** What a card shows, as message keys and facts; words are looked up by whoever renders it. */
export type CardFacts = {
  readonly kind: Embeddable['kind'];
  readonly slug: string;
  /** "550", "5.1.1", "5.7.606–649" */
  readonly label: string;
  readonly codeClass: CodeClass;
  /** A message key, or the provider's own name for a code only that provider defines. */
  readonly name: { readonly key: string } | { readonly literal: string };
  readonly summaryKey: string;
};

/** Loosely typed on purpose: keys are built from data, as in the codes API. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Widths the card is designed for, in CSS pixels. */
export const EMBED_WIDTH = { min: 320, default: 480, max: 600 } as const;

/**
 * The height that shows every reply and enhanced code's card whole at `width`: measured in Chromium with
 * DejaVu Sans, a wide font, for every code in every locale (tallest: 262 px at 320, 220 at 360, 176 from
 * 440 up). Provider wording can be longer and is cut after five lines; the link always stays visible.
 */
export function embedHeight(width: number): number {
  return width < 360 ? 280 : width < 440 ? 240 : 200;
}

export function parseEmbeddable(slug: string): Embeddable | null {
  const parsed = parseSlug(slug);
  return parsed && parsed.kind !== 'pair' && parsed.kind !== 'enhanced-pair' ? parsed : null;
}

export function cardFacts(parsed: Embeddable): CardFacts {
  const slug = canonicalSlug(parsed);
  switch (parsed.kind) {
    case 'code': {
      const { code, replyClass } = parsed.code;
      return { kind: 'code', slug, label: slug, codeClass: replyClass, name: { key: `codes.${code}.name` }, summaryKey: `codes.${code}.summary` };
    }
    case 'enhanced': {
      const { entry, enhancedClass } = parsed.code;
      const texts = `enhanced.${entry.subject}.${entry.detail}`;
      return { kind: 'enhanced', slug, label: slug, codeClass: enhancedClass, name: { key: `${texts}.name` }, summaryKey: `${texts}.summary` };
    }
    case 'provider-code': {
      const { code } = parsed;
      return {
        kind: 'provider-code',
        slug,
        label: code.range ? `${code.range[0]}–${code.range[1]}` : code.slug,
        codeClass: Number(code.slug[0]) as CodeClass,
        name: { literal: providerName(code.provider) },
        summaryKey: `providerMessages.${code.messages[0]!.id}.meaning`,
      };
    }
  }
}

export function cardName(facts: CardFacts, t: Translate): string {
  return 'key' in facts.name ? t(facts.name.key) : facts.name.literal;
}

/** The card's title: page title, <iframe title> and oEmbed title. */
export function cardTitle(facts: CardFacts, t: Translate): string {
  const name = cardName(facts, t);
  return facts.kind === 'provider-code'
    ? t('ProviderCodePage.title', { code: facts.label, provider: name })
    : t('Embed.title', { code: facts.label, name });
}


export function embedIframe({ src, title, width, height }: { src: string; title: string; width: number; height: number }): string {
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="${width}" height="${height}"` +
    ` style="border:0;max-width:100%" loading="lazy"></iframe>`
  );
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The code behind a URL of this site: a code page (/en/smtp/550), an embed page (/en/embed/smtp/550), or
 * a link without locale that the proxy would send to one (/smtp/550, /550), read in the default locale.
 * `hosts` are the host names (with port) this site answers to; the scheme may be http or https.
 */
export function codeOfUrl(
  url: string,
  hosts: readonly string[],
  defaultLocale: Locale,
): { locale: Locale; parsed: Embeddable } | null {
  let parsedUrl: URL;
  try {
    parsedUrl = new URL(url);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(parsedUrl.protocol) || !hosts.includes(parsedUrl.host)) return null;
  const segments = parsedUrl.pathname.replace(/\/$/, '').split('/').slice(1);
  const [first = '', ...rest] = segments;
  const locale = isLocale(first) ? first : null;
  const path = (locale ? rest : segments).join('/');
  const slug = /^(?:embed\/)?smtp\/([^/]+)$/.exec(path)?.[1] ?? (locale ? undefined : /^[^/]+$/.exec(path)?.[0]);
  const parsed = slug ? parseEmbeddable(safeDecode(slug)) : null;
  return parsed ? { locale: locale ?? defaultLocale, parsed } : null;
}

