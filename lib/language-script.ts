/**
 * The site's one hand-written browser script, served as /language.js (app/language.js/route.ts) to every
 * page of the site (not embeds). It needs no hydration and no framework, and does two things:
 * - the language switcher's links (and the hint's) carry the current #section to the other language;
 * - a reader whose browser asks for another of the site's languages than the page's (a support agent's
 *   English link opened by a Spanish reader) sees a hint, in their own language, offering the page in
 *   it. Nothing redirects: pages stay shared by every reader and cacheable, so the decision is made here.
 *   The remembered choice (the NEXT_LOCALE cookie the switcher writes) wins over the browser's list.
 * Both functions are sent as their source text, so neither may refer to anything outside itself.
 */
import type { preferredLocale } from './locale-negotiation';

/** What the hint says in one language: the offer (a link) and the button that puts it away. */
export type Hint = { readonly read: string; readonly dismiss: string; readonly dir: 'ltr' | 'rtl' };

/**
 * The hint's element, made by this script at the end of <body>: outside the tree React hydrates (an
 * element changed inside it before hydration is a mismatch React undoes), and fixed at the bottom of the
 * window so that it moves no text (app/globals.css).
 */
export const HINT_ID = 'language-hint';

export function languageScript(match: typeof preferredLocale, hints: Readonly<Record<string, Hint>>, hintId: string): void {
  const DISMISSED = 'language-hint-dismissed';
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-keep-hash]') : null;
    if (link instanceof HTMLAnchorElement && location.hash) link.hash = location.hash;
  });
  const here = document.documentElement.lang;
  if (!Object.hasOwn(hints, here) || document.getElementById(hintId)) return;
  const chosen = /(?:^|;\s*)NEXT_LOCALE=([^;]*)/.exec(document.cookie)?.[1];
  const wanted = chosen ? (Object.hasOwn(hints, chosen) ? chosen : null) : match(navigator.languages ?? [navigator.language], Object.keys(hints));
  const hint = wanted ? hints[wanted] : undefined;
  if (!wanted || !hint || wanted === here) return;
  try {
    if (localStorage.getItem(DISMISSED) === wanted) return;
  } catch {
    // Storage refused (privacy settings): the hint shows, and its button still hides it for this page.
  }
  const box = document.createElement('div');
  box.id = hintId;
  const link = document.createElement('a');
  link.href = `/api/locale?${new URLSearchParams({ to: wanted, next: location.pathname.replace(/^\/[^/]*/, `/${wanted}`) })}`;
  link.hreflang = wanted;
  link.dataset.keepHash = '';
  link.textContent = hint.read;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = hint.dismiss;
  button.addEventListener('click', () => {
    box.hidden = true;
    try {
      localStorage.setItem(DISMISSED, wanted);
    } catch {
      // Not remembered: it shows again on the next page.
    }
  });
  box.lang = wanted;
  box.dir = hint.dir;
  box.append(link, button);
  document.body.append(box);
}

/** The script's source: the two functions and the hints of every listed locale, called at once. */
export function languageScriptSource(match: typeof preferredLocale, hints: Readonly<Record<string, Hint>>): string {
  return `(${languageScript.toString()})(${match.toString()}, ${JSON.stringify(hints)}, ${JSON.stringify(HINT_ID)});\n`;
}
