/**
 * Embeddable code cards: which codes can be embedded, what their card shows (facts here, words through
 * lib/code-texts.ts), the <iframe> snippet and the oEmbed lookup of a pasted URL. The embed page, the
 * oEmbed endpoint and the snippet on code pages all build from here, so the three cannot disagree.
 */
import type { useTranslations } from 'next-intl';
import { isLocale, type Locale } from '@/i18n/locales';
import { codeTexts, providerMessageTexts } from './code-texts';
import { escapeHtml } from './html';
import { classOf, codeLabel, type AnyCode, type CodeClass } from './codes';
import { providerName } from './providers';
import { canonicalSlug, parseSlug, safeDecode, type CodeSlug } from './slug';
import { CODE_SECTIONS } from './urls';

export type Embeddable = Extract<CodeSlug, { kind: 'code' | 'enhanced' | 'provider-code' }>;

/** What a card shows; words are looked up by whoever renders it (cardName, cardSummary). */
export type CardFacts = {
  readonly kind: Embeddable['kind'];
  readonly slug: string;
  /** "550", "5.1.1", "5.7.606–649" */
  readonly label: string;
  readonly codeClass: CodeClass;
  readonly code: AnyCode;
};

/** The translator of the whole message tree, as `useTranslations()` and `getTranslations({ locale })` return it. */
export type Translate = ReturnType<typeof useTranslations<never>>;

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
  const { code } = parsed;
  return { kind: parsed.kind, slug: canonicalSlug(parsed), label: codeLabel(code), codeClass: classOf(code), code };
}

/** The code's short name, or the provider's name for a code only that provider defines. */
export function cardName({ code }: CardFacts, t: Translate): string {
  return 'provider' in code ? providerName(code.provider) : codeTexts(t, code).text('name');
}

/** The card's one sentence: the code's summary, or what the provider's (first) message means. */
export function cardSummary({ code }: CardFacts, t: Translate) {
  if ('provider' in code) {
    const texts = providerMessageTexts(t, code.messages[0]!.id);
    return { text: () => texts.text('meaning'), rich: () => texts.rich('meaning'), markup: () => texts.markup('meaning') };
  }
  const texts = codeTexts(t, code);
  return { text: () => texts.text('summary'), rich: () => texts.rich('summary'), markup: () => texts.markup('summary') };
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
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="${width}" height="${height}"` +
    ` style="border:0;max-width:100%" loading="lazy"></iframe>`
  );
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
  const path = `/${(locale ? rest : segments).join('/')}`;
  const section = CODE_SECTIONS.find(({ prefix }) => path.startsWith(prefix));
  const slug = section ? path.slice(section.prefix.length) : locale ? '' : path.slice(1);
  const parsed = slug && !slug.includes('/') ? parseEmbeddable(safeDecode(slug)) : null;
  return parsed ? { locale: locale ?? defaultLocale, parsed } : null;
}

