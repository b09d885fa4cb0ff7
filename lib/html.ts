/**
 * HTML written as strings, for documents served without React (the embed card): a tagged template that
 * escapes every value it is given unless the value is already HTML, so markup cannot be smuggled in
 * through a message, a code or a URL.
 */

/** Markup that is already safe to write as it is. */
export type Html = { readonly html: string };

type Value = string | number | Html | readonly Html[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text, safe inside an element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

const write = (value: Value): string =>
  typeof value === 'string' ? escapeHtml(value) : typeof value === 'number' ? String(value) : 'html' in value ? value.html : value.map(write).join('');

/** html`<p title="${title}">${text}</p>`: strings and numbers escaped, Html values written as they are. */
export function html(strings: TemplateStringsArray, ...values: readonly Value[]): Html {
  return { html: strings.reduce((out, string, i) => out + write(values[i - 1]!) + string) };
}

/**
 * A message in lib/rich's markup form ("Sent through <code>smtp.office365.com</code>"): its text escaped,
 * its <code> spans kept (the only tag messages may use; components/site/PlainRich reads it the same way),
 * left to right and isolated so that they read the same inside a right-to-left sentence.
 */
export function markupHtml(markup: string): Html {
  return { html: markup.split(/<code>|<\/code>/).map((part, i) => (i % 2 === 1 ? `<code dir="ltr">${escapeHtml(part)}</code>` : escapeHtml(part))).join('') };
}
