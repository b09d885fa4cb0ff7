/**
 * The embed card's whole style sheet, inlined into its document (no request, no framework CSS): the
 * site's colour tokens and the base rules of app/globals.css the card uses, then the card's own rules.
 * __tests__/embed.test.tsx checks that every token here has its value in globals.css.
 * The card fills its <iframe> (320–600 px wide).
 */
export const EMBED_CARD_CSS = `
:root {
  color-scheme: light dark;
  --bg: #ffffff;
  --fg: #1a1d21;
  --muted: #555d66;
  --line: #d7dce1;
  --surface: #f4f6f8;
  --link: #0b57b0;
  --class-2: #1a7f37;
  --class-3: #0b57b0;
  --class-4: #9a5b00;
  --class-5: #b3261e;
  --focus: #0b57b0;
  font-family: system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK JP', sans-serif;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #111417;
    --fg: #e6e9ec;
    --muted: #a6aeb7;
    --line: #333a42;
    --surface: #1b2025;
    --link: #8ab8ff;
    --class-2: #5cc97a;
    --class-3: #8ab8ff;
    --class-4: #f0b050;
    --class-5: #ff8a80;
    --focus: #8ab8ff;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); }
main { max-inline-size: 60rem; margin-inline: auto; padding-inline: 1rem; }
a { color: var(--link); }
a:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
code {
  unicode-bidi: isolate;
  font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
  font-size: 0.92em;
  background: var(--surface);
  padding-inline: 0.25em;
  border-radius: 3px;
  overflow-wrap: anywhere;
}
.visually-hidden {
  position: absolute;
  inline-size: 1px;
  block-size: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}
.class-2 { --class-color: var(--class-2); }
.class-3 { --class-color: var(--class-3); }
.class-4 { --class-color: var(--class-4); }
.class-5 { --class-color: var(--class-5); }
.card {
  display: flex;
  flex-direction: column;
  gap: 0.3rem;
  block-size: 100vh;
  padding: 0.75rem 1rem;
  border-inline-start: 6px solid var(--class-color, var(--line));
  background: var(--bg);
  line-height: 1.4;
  overflow: hidden;
}
.kind { margin: 0; color: var(--muted); font-size: 0.85rem; }
.code {
  margin-inline-end: 0.35rem;
  color: var(--class-color, var(--fg));
  font-size: 1.35rem;
  font-weight: 700;
  font-variant-numeric: tabular-nums;
}
.name { margin: 0; font-size: 1.1rem; line-height: 1.3; }
.summary {
  margin: 0;
  font-size: 0.95rem;
  display: -webkit-box;
  -webkit-box-orient: vertical;
  /* (Browsers know the prefixed name only; the Nu checker validates this sheet and rejects "line-clamp".) */
  -webkit-line-clamp: 5;
  overflow: hidden;
  /* In an <iframe> shorter than planned, the summary gives way, not the link. */
  flex-shrink: 1;
  min-block-size: 0;
}
.footer {
  display: flex;
  flex-wrap: wrap;
  justify-content: space-between;
  gap: 0 1rem;
  margin: auto 0 0;
  font-size: 0.9rem;
}
.more::after { content: ' ↗' / ''; }
.site { color: var(--muted); }
`;
