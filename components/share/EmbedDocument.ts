import { createHash } from 'node:crypto';
import { LOCALES, type Locale } from '@/i18n/locales';
import { scriptlessPolicy, type StyleHash } from '@/lib/csp';
import { cardSummary, cardTitle, type CardFacts, type Translate } from '@/lib/embed';
import { html } from '@/lib/html';
import { absoluteUrl, codePath, embedPath, oembedPath } from '@/lib/urls';
import { embedCard } from './EmbedCard';
import { EMBED_CARD_CSS } from './EmbedCardStyle';

const styleHash: StyleHash = `'sha256-${createHash('sha256').update(EMBED_CARD_CSS, 'utf8').digest('base64')}'`;

/** The card's policy: its one inline style sheet, no script at all, and any site may frame it. */
export const EMBED_POLICY = scriptlessPolicy([styleHash], 'anyone');

/**
 * The embed card as a whole HTML document: no script, no style sheet to fetch. A card is a fragment of
 * the code page, so search engines are pointed there (canonical, noindex) and oEmbed consumers here.
 */
export function embedDocument(facts: CardFacts, t: Translate, locale: Locale): string {
  const title = cardTitle(facts, t);
  const oembed = absoluteUrl(oembedPath(absoluteUrl(embedPath(locale, facts.slug))));
  return html`<!DOCTYPE html>
<html lang="${locale}" dir="${LOCALES[locale].dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} | ${t('Site.name')}</title>
<meta name="description" content="${cardSummary(facts, t).text()}">
<meta name="robots" content="noindex, follow">
<link rel="canonical" href="${absoluteUrl(codePath(locale, facts.code))}">
<link rel="alternate" type="application/json+oembed" href="${oembed}" title="${title}">
<link rel="icon" href="/icon.svg" type="image/svg+xml">
<style>${{ html: EMBED_CARD_CSS }}</style>
</head>
<body>
<main>
${embedCard(facts, t, locale)}
</main>
</body>
</html>
`.html;
}
