/**
 * How often readers meet a code in real bounces and logs, as a multiplier of its search score, so that
 * among several matches the common standard code comes first ("email address does not exist" → 550 and
 * 5.1.1 before the non-standard 511). 1 is ordinary; codes not listed get lib/search/weights.ts's default
 * for their standing (non-standard and provider-only codes rank lower). Small numbers on purpose: a
 * better textual match still wins. Exact codes typed as such rank first whatever their weight.
 */
export type Popularity = { readonly weight: number; readonly why: string };

export const POPULARITY: Readonly<Record<string, Popularity>> = {
  '550': { weight: 1.6, why: 'the most common permanent refusal: unknown users and policy blocks' },
  '554': { weight: 1.3, why: 'refusals after DATA and at the greeting (block lists, content)' },
  '552': { weight: 1.3, why: 'full mailboxes and messages over the size limit' },
  '553': { weight: 1.2, why: 'malformed or refused sender and recipient addresses' },
  '421': { weight: 1.4, why: 'the usual answer of busy, rate-limiting or closing servers' },
  '450': { weight: 1.3, why: 'temporary refusals: greylisting, mailbox busy, DNS checks' },
  '451': { weight: 1.3, why: 'temporary local errors and greylisting' },
  '452': { weight: 1.2, why: 'temporary lack of storage and too many recipients' },
  '535': { weight: 1.4, why: 'every failed SMTP login of a mail app' },
  '530': { weight: 1.2, why: 'authentication or STARTTLS required before sending' },
  '250': { weight: 1.2, why: 'the success reply every log shows' },
  '5.1.1': { weight: 1.6, why: 'the registry code of an unknown recipient, in most bounces' },
  '5.7.1': { weight: 1.5, why: 'the generic policy refusal: block lists, relaying, local rules' },
  '5.2.2': { weight: 1.4, why: 'mailbox full, as every large provider reports it' },
  '5.7.8': { weight: 1.4, why: 'wrong password or credentials at AUTH' },
  '5.7.26': { weight: 1.3, why: 'failed SPF/DKIM/DMARC checks at Gmail, Yahoo and Microsoft' },
  '5.7.25': { weight: 1.2, why: 'missing or mismatched reverse DNS (PTR) of the sending IP' },
  '4.7.25': { weight: 1.2, why: 'the temporary form of the reverse DNS check' },
  '5.7.23': { weight: 1.2, why: 'SPF validation failed' },
  '4.7.0': { weight: 1.2, why: 'the generic temporary policy deferral (rate limits, greylisting)' },
  '5.2.1': { weight: 1.2, why: 'disabled mailbox of someone who left' },
  '5.4.1': { weight: 1.1, why: 'no answer from the host, and Microsoft’s recipient access denied' },
  '4.4.1': { weight: 1.1, why: 'no answer from the host, retried' },
  '4.4.7': { weight: 1.1, why: 'delivery time expired: the final bounce after retries' },
  '5.3.4': { weight: 1.1, why: 'message too big for the system' },
  '4.2.2': { weight: 1.1, why: 'mailbox full, temporarily' },
};
