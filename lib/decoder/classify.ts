/** From what was extracted to what it means: provider message, reason, hard or soft, retry advice. */
import { PROVIDER_MESSAGES, type ProviderMessage } from '@/data/provider-messages';
import { BOUNCE_KIND, type Reason } from '@/data/reasons';
import { entryIdOf, getRegistryEntry } from '@/lib/enhanced-codes';
import { providerMessage, reasonFor } from '@/lib/providers';
import { codesIn } from './codes';
import { normalizeForPhrases, reasonInText } from './reason-phrases';
import type { DecodedRecipient, RawRecipient, RetryAdvice } from './types';

/** Matching ignores case and how lines were wrapped. */
const normalize = normalizeForPhrases;

/** A few recent results: every recipient of a bounce is matched against the same whole bounce. */
function remembered<T>(compute: (text: string) => T): (text: string) => T {
  // Compared, not hashed: hashing a long text costs as much as reading it.
  const recent: { text: string; value: T }[] = [];
  return function recall(text) {
    const known = recent.find((entry) => entry.text === text);
    if (known) return known.value;
    const value = compute(text);
    if (recent.unshift({ text, value }) > 4) recent.pop();
    return value;
  };
}

const PHRASES = PROVIDER_MESSAGES.flatMap((message) =>
  message.match.map((phrase) => ({ message, phrase: normalize(phrase) })),
);

/** Phrases indexed by their longest word (with where that word starts in the phrase), so a text is checked
 * only where a word of it could start a phrase. */
const BY_WORD = new Map<string, { entry: (typeof PHRASES)[number]; offset: number }[]>();
for (const entry of PHRASES) {
  const key = entry.phrase.split(/[^a-z0-9]+/).sort((a, b) => b.length - a.length)[0] ?? '';
  const offset = [...entry.phrase.matchAll(/[a-z0-9]+/g)].find((word) => word[0] === key)?.index ?? 0;
  BY_WORD.set(key, [...(BY_WORD.get(key) ?? []), { entry, offset }]);
}

const isWordChar = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

/**
 * A hash of each key word, 12 bits: most words of a text are no key, and cutting every word out of
 * the text to look it up cost more than the rest of the search. A word whose hash is no key's is skipped.
 */
const KEY_HASHES = new Uint8Array(4096);
const nextHash = (hash: number, code: number) => (Math.imul(hash, 31) + code) | 0;
for (const key of BY_WORD.keys()) {
  let hash = 0;
  for (let i = 0; i < key.length; i++) hash = nextHash(hash, key.charCodeAt(i));
  KEY_HASHES[hash & 4095] = 1;
}

/** The catalogue phrases that occur in a normalized text: each word of the text is looked up, once per place. */
const phrasesIn = remembered(function findPhrases(haystack: string): typeof PHRASES {
  const found = new Set<(typeof PHRASES)[number]>();
  for (let start = 0; start < haystack.length; start++) {
    let code = haystack.charCodeAt(start);
    if (!isWordChar(code)) continue;
    let hash = nextHash(0, code);
    let end = start + 1;
    while (end < haystack.length && isWordChar((code = haystack.charCodeAt(end)))) {
      hash = nextHash(hash, code);
      end++;
    }
    const candidates = KEY_HASHES[hash & 4095] === 0 ? undefined : BY_WORD.get(haystack.slice(start, end));
    if (candidates) {
      for (const { entry, offset } of candidates) if (!found.has(entry) && haystack.startsWith(entry.phrase, start - offset)) found.add(entry);
    }
    start = end;
  }
  return [...found];
});

const normalized = remembered(normalize);

/**
 * Whether a line of `text` holds a catalogue phrase. The phrases of the whole text are found once: a
 * line can only hold one of those.
 */
export function providerPhraseTest(text: string): (line: string) => boolean {
  const present = phrasesIn(normalized(text)).map(({ phrase }) => phrase);
  if (present.length === 0) return () => false;
  return function lineHasPhrase(line) {
    const haystack = normalize(line);
    return present.some((phrase) => haystack.includes(phrase));
  };
}

/** Codes named by the entry agree with the reply (an entry that names no codes neither agrees nor clashes). */
function agreement(message: ProviderMessage, replyCode: number | null, enhancedCode: string | null): number {
  let best = 0;
  for (const [reply, enhanced] of message.codes) {
    if (reply === null && enhanced === null) continue;
    const replyOk = reply === null || reply === replyCode;
    const enhancedOk = enhanced === null || enhanced === enhancedCode;
    if (replyOk && enhancedOk) best = Math.max(best, (reply !== null ? 1 : 0) + (enhanced !== null ? 2 : 0));
  }
  return best;
}

/**
 * The catalogue entry whose phrase occurs in the text. Several may match: prefer the one whose codes
 * agree best with the reply, then the longest phrase.
 */
function matchProvider(
  text: string,
  replyCode: number | null,
  enhancedCode: string | null,
  requireAgreement = false,
): ProviderMessage | null {
  let best: { message: ProviderMessage; score: number } | null = null;
  for (const { message, phrase } of phrasesIn(normalized(text))) {
    const agrees = agreement(message, replyCode, enhancedCode);
    // Away from the recipient's own reply, only a bounce layout (reason unknown) or an entry whose codes
    // match says anything about this recipient: other wording belongs to other recipients.
    if (requireAgreement && agrees === 0 && message.reason !== 'unknown') continue;
    // Agreeing codes first; then an entry that names a cause over a bounce layout (reason unknown).
    const score = phrase.length + agrees * 1000 + (message.reason === 'unknown' ? 0 : 100);
    if (!best || score > best.score) best = { message, score };
  }
  return best?.message ?? null;
}

const GENERIC_ENTRIES = new Set(['X.0.0', 'X.1.0', 'X.2.0', 'X.3.0', 'X.4.0', 'X.5.0', 'X.6.0', 'X.7.0', 'X.7.1']);

const REPLY_REASONS: Readonly<Record<number, Reason>> = {
  421: 'server-error',
  450: 'rate-limited',
  451: 'server-error',
  452: 'server-full',
  550: 'user-unknown',
  551: 'mailbox-moved',
  552: 'mailbox-full',
  553: 'user-unknown',
  554: 'policy',
  556: 'domain-accepts-no-mail',
  521: 'domain-accepts-no-mail',
  535: 'security',
  530: 'security',
  500: 'protocol-error',
  501: 'protocol-error',
  502: 'protocol-error',
  503: 'protocol-error',
  504: 'protocol-error',
};

/** Wording that overrides what the codes say. */
const OVERRIDING: ReadonlyArray<readonly [RegExp, Reason]> = [
  [/\bsuppress(?:ed|ion)\b/i, 'suppressed'],
  [/\bgreylist(?:ed|ing)?\b/i, 'policy'],
];

/** 4 or 5 from the reply code, else from the enhanced code; null when the recipient has neither. */
function classOf(raw: RawRecipient): number | null {
  if (raw.replyCode !== null) return Math.floor(raw.replyCode / 100);
  return raw.enhancedCode ? Number(raw.enhancedCode[0]) : null;
}

/** The registry entry of a code, and whether it says more than its class and subject. */
function entryOf(code: string | null) {
  const entry = code ? getRegistryEntry(entryIdOf(code) ?? '') : undefined;
  return { entry, specific: entry !== undefined && !GENERIC_ENTRIES.has(entry.id) && entry.reason !== 'unknown' };
}

/** What the codes alone say when the words say nothing: the command answered, then the reply code. */
function reasonOfReply(raw: RawRecipient): Reason {
  const cls = classOf(raw);
  if (cls === 5 && raw.command === 'CONNECT') return 'ip-blocked';
  if (cls === 5 && raw.command === 'MAIL FROM') return 'sender-rejected';
  if (raw.replyCode === 550 && (raw.command === 'DATA' || raw.command === 'END OF DATA')) return 'policy';
  return (raw.replyCode !== null ? REPLY_REASONS[raw.replyCode] : undefined) ?? 'unknown';
}

/**
 * The reason, from the most to the least telling evidence: the provider's catalogued wording; the
 * remote server's precise words (reason-phrases.ts); a specific enhanced code; the server's vaguer
 * words; a generic code; the command it answered and the reply code.
 */
function reasonOf(raw: RawRecipient, provider: ProviderMessage | null, context: string, searchContext: boolean): Reason {
  const named = provider ? reasonFor(provider, classOf(raw)) : null;
  // A catalogued "gave up" wording says that it expired, not why: a stated cause still wins below.
  if (named && named !== 'unknown' && named !== 'expired') return named;
  if (raw.action === 'delivered' || raw.action === 'relayed' || raw.action === 'expanded') return 'delivered';
  const text = raw.diagnostic ?? '';
  for (const [pattern, reason] of OVERRIDING) if (pattern.test(text)) return reason;
  const words = normalizeForPhrases(text);
  const precise = reasonInText(words, true);
  // A report's own Status is often generic (Exim always says 5.0.0); the remote reply may be precise.
  const status = entryOf(raw.enhancedCode);
  const remote = entryOf(codesIn(text).enhancedCode);
  const code = status.specific ? status : remote.specific ? remote : status.entry ? status : remote;
  // A temporary status on a recipient the server gave up on: it ran out of retries. The reason is why
  // it kept failing when the text or the code says so; "expired" only when nothing else is known.
  if ((raw.action === 'failed' && raw.enhancedCode?.startsWith('4.')) || named === 'expired') {
    if (precise && precise !== 'expired') return precise;
    if (code.specific && code.entry!.reason !== 'expired') return code.entry!.reason;
    return 'expired';
  }
  // "User unknown" after the message was sent: the address was accepted at RCPT, so a filter refused it.
  if (precise === 'user-unknown' && (raw.command === 'DATA' || raw.command === 'END OF DATA')) return 'recipient-filter';
  if (precise) return precise;
  if (code.specific) return code.entry!.reason;
  const vague = reasonInText(words);
  if (vague) return vague;
  // A recipient whose own lines give neither a code nor a cause: the notice may state it elsewhere,
  // in its subject ("Attachment type not allowed") or the paragraph above the address. Only precise
  // wording counts there.
  if (searchContext && raw.replyCode === null && !raw.enhancedCode) {
    const stated = reasonInText(normalizeForPhrases(context), true);
    if (stated) return stated;
  }
  if (code.entry && code.entry.reason !== 'unknown') return code.entry.reason;
  if (!raw.diagnostic && /\b(?:out of (?:the )?office|auto(?:matic)?[- ]?reply|autoreply|vacation)\b/i.test(context)) return 'auto-reply';
  return reasonOfReply(raw);
}

export function classify(raw: RawRecipient, context: string, searchContext = true): DecodedRecipient {
  const own = raw.diagnostic ? matchProvider(raw.diagnostic, raw.replyCode, raw.enhancedCode) : null;
  // Wording elsewhere in the bounce (its layout, a summary line) identifies the provider or MTA, but
  // only the recipient's own reply says why: then the reason comes from the codes and the reply.
  // Log lines and transcripts have no layout: each line speaks for itself.
  const elsewhere = own || !searchContext ? null : matchProvider(context, raw.replyCode, raw.enhancedCode, true);
  const provider = own ?? elsewhere;
  // Wording found elsewhere still explains this recipient when it names exactly this recipient's code.
  const explains =
    elsewhere &&
    ((!raw.diagnostic && raw.replyCode === null && !raw.enhancedCode) ||
      (raw.enhancedCode !== null && elsewhere.codes.some(([, enhanced]) => enhanced === raw.enhancedCode)));
  const reason = reasonOf(raw, own ?? (explains ? elsewhere : null), context, searchContext);
  return decided(raw, provider, reason);
}

/** A recipient with its reason, and what the reason means for bouncing and retrying. */
function decided(raw: RawRecipient, provider: ProviderMessage | null, reason: Reason): DecodedRecipient {
  const cls = classOf(raw);
  const failed = raw.action === 'failed' || (raw.action === null && cls === 5);
  const delayed = raw.action === 'delayed' || (raw.action === null && cls === 4);
  const kind = BOUNCE_KIND[reason];
  const hardBounce = failed ? kind === 'hard' : delayed ? false : null;
  const retry: RetryAdvice = !failed && !delayed
    ? reason === 'unknown' ? 'unknown' : 'not-needed'
    : delayed
      ? 'automatic'
      : kind === 'soft'
        ? 'after-fix'
        : ['user-unknown', 'domain-unknown', 'mailbox-disabled', 'domain-accepts-no-mail', 'mailbox-moved', 'suppressed'].includes(reason)
          ? 'never'
          : 'after-fix';
  return {
    ...raw,
    provider: provider?.provider ?? null,
    providerEntry: provider?.id ?? null,
    reason,
    hardBounce,
    retry,
  };
}

/** Whether an address is in the reporting server's own domain (the report comes from that domain or a host in it). */
function inReportersDomain(address: string | null, reporter: string): boolean {
  const at = address?.lastIndexOf('@') ?? -1;
  const domain = at > 0 ? address!.slice(at + 1).toLowerCase() : '';
  const host = reporter.toLowerCase();
  return domain !== '' && (host === domain || host.endsWith(`.${domain}`));
}

/**
 * A catalogued wording whose reason depends on who wrote it (ownDomainReason): Exim's "Unrouteable
 * address" is a domain nobody can route when the sender's server says it of a remote address, and an
 * unknown user when the recipient's own server says it — in its SMTP reply, or in a report written in
 * the recipient's domain. Known only once the whole report is read, hence after classify.
 */
export function withReporter(recipient: DecodedRecipient, reporter: string | null): DecodedRecipient {
  const entry = recipient.providerEntry ? providerMessage(recipient.providerEntry) : undefined;
  if (!entry?.ownDomainReason || recipient.reason !== entry.reason) return recipient;
  const fromOwnDomain = recipient.replyCode !== null || (reporter !== null && inReportersDomain(recipient.address, reporter));
  return fromOwnDomain ? decided(recipient, entry, entry.ownDomainReason) : recipient;
}
