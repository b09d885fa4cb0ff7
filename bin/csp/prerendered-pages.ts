/**
 * Does the build agree with lib/pages.ts? Its rule decides which code pages are built ahead of time, and
 * the proxy routes by that rule (a comparison it does not prerender goes to the per-request route); but
 * the proxy picks a page's policy from the CSP manifest, which lists what the build actually wrote. If the
 * two drifted apart, a page could be served as static HTML with a nonce its scripts do not carry (a blank,
 * script-less page), so the build step refuses to write a manifest that disagrees with the rule.
 */
import { locales } from '../../i18n/locales';
import { isLocalizedPage, prerenderedSlugs } from '../../lib/pages';
import { smtpPath } from '../../lib/urls';

/**
 * Every code page (/{locale}/smtp/{slug}) the rule prerenders. Embed cards are none of them: a route
 * handler renders them on request, so an embed in the build output is a disagreement too.
 */
export function ruledCodePages(): Set<string> {
  return new Set(locales.flatMap((locale) => prerenderedSlugs(locale).map((slug) => smtpPath(locale, slug))));
}

/**
 * Pages the rule prerenders that the build did not write, and pages the build wrote that the rule does
 * not know. Localized pages other than codes (home, guide, search…) are static or not as their routes
 * decide: the rule has no say in them, and the manifest alone answers for them.
 */
export function disagreements(built: Iterable<string>, ruled: ReadonlySet<string>) {
  const wrote = new Set(built);
  return {
    notBuilt: [...ruled].filter((path) => !wrote.has(path)),
    notRuled: [...wrote].filter((path) => !ruled.has(path) && !isLocalizedPage(path.replace(/^\/[^/]*/, ''))),
  };
}
