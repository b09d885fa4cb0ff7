// Real GET URLs for the deployment and memory benchmarks, read from the running site's sitemap (so every
// locale it serves is covered) rather than written down here.
import { readFileSync } from 'node:fs';

/** The locales of the checkout at `appDir`: the keys of i18n/locales.json, the app's one list. */
export function localesOf(appDir) {
  return Object.keys(JSON.parse(readFileSync(`${appDir}/i18n/locales.json`, 'utf8')));
}

async function locsAt(origin, path) {
  const response = await fetch(`${origin}${path}`);
  if (!response.ok) throw new Error(`${origin}${path} answered ${response.status}`);
  return [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
}

/** Paths of every page the sitemap lists, grouped by what follows /{locale}/smtp/. */
export async function sitemapPages(origin) {
  // /sitemap.xml is an index of one sitemap per locale.
  const paths = (await Promise.all((await locsAt(origin, '/sitemap.xml')).map((loc) => locsAt(origin, new URL(loc).pathname)))).flat().map((loc) => new URL(loc).pathname);
  const slugs = (test) => [...new Set(paths.map((p) => /^\/[^/]+\/smtp\/([^/]+)$/.exec(p)?.[1]).filter((s) => s && test(s)))];
  const pairs = slugs((s) => s.includes('-vs-'));
  const paired = new Set(pairs.flatMap((s) => s.split('-vs-')));
  const replyCodes = slugs((s) => /^\d{3}$/.test(s));
  return {
    paths,
    replyCodes,
    // Reply codes outside every prerendered comparison are not RFC-defined: pairs with them are
    // rendered per request, as are all pairs of enhanced codes.
    nonStandardReplyCodes: replyCodes.filter((s) => !paired.has(s)),
    enhancedCodes: slugs((s) => /^\d\.\d{1,3}\.\d{1,3}$/.test(s)),
  };
}

/** Every `step`-th element, starting at `offset`: a spread-out sample that is the same on every run. */
export const every = (list, step, offset = 0) => list.filter((_, i) => i % step === offset % step);

/**
 * The load mix. `cacheable`: prerendered pages (code pages and comparisons in every locale, home, guide).
 * `uncached`: what is answered per request (per-request comparisons, search, the codes API, 404s).
 */
export async function loadMix(origin, locales, { pagesPerLocale = 150 } = {}) {
  const site = await sitemapPages(origin);
  const cacheable = [];
  for (const locale of locales) {
    const own = site.paths.filter((p) => p.split('/')[1] === locale);
    cacheable.push(...every(own, Math.max(1, Math.floor(own.length / pagesPerLocale))));
  }
  const [a, b, c] = site.enhancedCodes;
  const uncached = locales.flatMap((locale) => [
    `/${locale}/smtp/${a}-vs-${b}`,
    `/${locale}/smtp/${b}-vs-${c}`,
    ...(site.nonStandardReplyCodes.length ? [`/${locale}/smtp/${site.replyCodes[0]}-vs-${site.nonStandardReplyCodes[0]}`] : []),
    `/${locale}/search?q=mailbox`,
    `/${locale}/search?q=550`,
    `/api/v1/codes/550?locale=${locale}`,
    `/api/v1/codes/${a}?locale=${locale}`,
    `/${locale}/smtp/999`,
    `/${locale}/no-such-page`,
  ]);
  return { cacheable, uncached, site };
}
