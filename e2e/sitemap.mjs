// The site's sitemaps: /sitemap.xml is an index of one sitemap per locale (lib/sitemap.ts).
import { BASE_URL } from './browser.mjs';

const locs = (xml) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

async function text(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.text();
}

/** The index's text and, by URL, the text of each sitemap it lists. */
export async function sitemaps() {
  const index = await text(new URL('/sitemap.xml', BASE_URL));
  const files = await Promise.all(locs(index).map(async (loc) => [loc, await text(new URL(new URL(loc).pathname, BASE_URL))]));
  return { index, files: new Map(files) };
}

/** Paths of every page the sitemaps list. */
export async function sitemapPaths() {
  const { files } = await sitemaps();
  return [...files.values()].flatMap((xml) => locs(xml).map((loc) => new URL(loc).pathname));
}
