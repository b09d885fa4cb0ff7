/**
 * The plain-text summary the share box copies for a customer, in the customer's language. Plain text has
 * no markup to say "this is a code", so in a right-to-left language every run of Latin protocol text
 * (codes, commands, addresses, links) is wrapped in Unicode isolates, FIRST STRONG ISOLATE … POP
 * DIRECTIONAL ISOLATE (U+2068 … U+2069): pasted into an Arabic message it then reads left to right
 * without reordering the Arabic words around it.
 */
export const FSI = '\u2068';
export const PDI = '\u2069';

/** ASCII words with a letter or digit, and the single spaces between them ("SMTP 550", "RCPT TO", "a@b.example"). */
const LATIN_RUN = /[!-~]*[A-Za-z0-9][!-~]*(?: [!-~]*[A-Za-z0-9][!-~]*)*/g;
/** Sentence punctuation and brackets belong to the sentence around the run, not inside its isolate. */
const OUTER = /^([(["'«]*)(.*?)([.,;:!?)\]"'»]*)$/s;

export function isolateLatin(text: string): string {
  return text.replace(LATIN_RUN, (run) => {
    const [, before = '', inner = run, after = ''] = OUTER.exec(run) ?? [];
    return inner ? `${before}${FSI}${inner}${PDI}${after}` : run;
  });
}

export type SummaryTexts = { readonly name: string; readonly summary: string; readonly customer: string };

export function customerSummary(code: string, texts: SummaryTexts, link: string, dir: 'ltr' | 'rtl'): string {
  const parts = [`SMTP ${code} — ${texts.name}`, texts.summary, texts.customer, link];
  return (dir === 'rtl' ? parts.map(isolateLatin) : parts).join('\n\n');
}
