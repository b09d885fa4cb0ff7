import type { Locale } from '@/i18n/locales';
import { cardName, cardSummary, type CardFacts, type Translate } from '@/lib/embed';
import { html, markupHtml, type Html } from '@/lib/html';
import { codePath } from '@/lib/urls';

/**
 * The compact card a help centre shows in an <iframe>: code, short name, summary, link to the full page.
 * Plain HTML (its styles: EmbedCardStyle.ts): the card is served without React or any script.
 */
export function embedCard(facts: CardFacts, t: Translate, locale: Locale): Html {
  return html`<article class="card class-${facts.codeClass}" aria-labelledby="embed-name">
<p class="kind"><span class="code">${facts.label}</span> ${t(`Embed.kinds.${facts.kind}`)}</p>
<h1 id="embed-name" class="name">${cardName(facts, t)}</h1>
<p class="summary">${markupHtml(cardSummary(facts, t).markup())}</p>
<p class="footer"><a href="${codePath(locale, facts.code)}" target="_blank" rel="noopener" class="more">${t('Embed.readMore')}<span class="visually-hidden"> ${t('Embed.newTab')}</span></a> <span class="site">${t('Site.name')}</span></p>
</article>`;
}
