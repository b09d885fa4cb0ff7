/** From what was extracted to what it means: provider message, reason, hard or soft, retry advice. */
import { PROVIDER_MESSAGES, type ProviderMessage } from '@/data/provider-messages';
import { BOUNCE_KIND, type Reason } from '@/data/reasons';
import { entryIdOf, getRegistryEntry } from '@/lib/enhanced-codes';
import { reasonFor } from '@/lib/providers';
import { codesIn } from './codes';
import type { DecodedRecipient, RawRecipient, RetryAdvice } from './types';

/** Matching ignores case and how lines were wrapped. The last text is remembered: every recipient of a
 * bounce is matched against the same whole bounce. */
let lastText = '';
let lastNormalized = '';
function normalize(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastNormalized = text.toLowerCase().replace(/\s+/g, ' ');
  }
  return lastNormalized;
}

const PHRASES = PROVIDER_MESSAGES.flatMap((message) =>
  message.match.map((phrase) => ({ message, phrase: normalize(phrase) })),
);

/** Phrases indexed by their longest word, so a line is checked only against phrases that could occur in it. */
const BY_WORD = new Map<string, typeof PHRASES>();
for (const entry of PHRASES) {
  const key = entry.phrase.split(/[^a-z0-9]+/).sort((a, b) => b.length - a.length)[0] ?? '';
  BY_WORD.set(key, [...(BY_WORD.get(key) ?? []), entry]);
}

let lastHaystack = '';
let lastCandidates: typeof PHRASES = [];

function candidates(haystack: string): typeof PHRASES {
  if (haystack === lastHaystack) return lastCandidates;
  lastHaystack = haystack;
  lastCandidates = findCandidates(haystack);
  return lastCandidates;
}

function findCandidates(haystack: string): typeof PHRASES {
  const seen = new Set<string>();
  const found: (typeof PHRASES)[number][] = [];
  for (const word of haystack.split(/[^a-z0-9]+/)) {
    if (seen.has(word)) continue;
    seen.add(word);
    for (const entry of BY_WORD.get(word) ?? []) found.push(entry);
  }
  return found;
}

export function hasProviderPhrase(line: string): boolean {
  const haystack = normalize(line);
  return candidates(haystack).some(({ phrase }) => haystack.includes(phrase));
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
  const haystack = normalize(text);
  let best: { message: ProviderMessage; score: number } | null = null;
  for (const { message, phrase } of candidates(haystack)) {
    if (!haystack.includes(phrase)) continue;
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

/** Words that name the cause more precisely than a generic code (5.0.0, 5.7.1, 550 alone). */
const KEYWORDS: ReadonlyArray<readonly [RegExp, Reason]> = [
  [/\bsuppress(?:ed|ion)\b/i, 'suppressed'],
  [/\b(?:members only|not a member|accepts posts from|closed list)\b/i, 'recipient-filter'],
  [/\b(?:user unknown|unknown user|no such (?:user|mailbox|recipient)|does not exist|doesn't exist|doesn’t exist|not found|invalid (?:recipient|mailbox|address)|unknown (?:local|recipient|address)|mailbox unavailable|no mailbox|bad destination mailbox)\b/i, 'user-unknown'],
  [/\b(?:over ?quota|quota exceeded|mailbox (?:is )?full|insufficient (?:storage|disk)|out of storage|exceeded storage)\b/i, 'mailbox-full'],
  [/\b(?:message (?:size )?(?:is )?too (?:big|large)|exceeds? (?:the )?(?:fixed |maximum )?(?:message )?size|size limit)\b/i, 'message-too-large'],
  [/\b(?:disabled|inactive|suspended|deactivated|no longer (?:active|valid|available))\b/i, 'mailbox-disabled'],
  [/\b(?:dmarc|dkim|spf|arc validation|authenticat(?:e|ion) (?:with|check))\b/i, 'auth-failed'],
  [/\b(?:spamhaus|dnsbl|rbl|blocklist|block list|blacklist|black list|listed (?:at|in|on))\b/i, 'ip-blocked'],
  [/\b(?:ptr|reverse dns|rdns|cannot find your hostname)\b/i, 'missing-ptr'],
  [/\b(?:reputation)\b/i, 'bad-reputation'],
  [/\b(?:spam|unsolicited|junk)\b/i, 'spam'],
  [/\b(?:virus|malware|infected)\b/i, 'virus'],
  [/\b(?:relay(?:ing)? (?:access )?(?:denied|not permitted|not allowed|prohibited)|unable to relay|remote domains not supported)\b/i, 'relay-denied'],
  [/\b(?:rate limit|too many (?:messages|connections|recipients)|receiving mail (?:too quickly|at a rate)|try again later|throttl)/i, 'rate-limited'],
  [/\b(?:tls required|must issue a starttls|requiretls|encryption required)\b/i, 'tls-required'],
  [/\b(?:authentication (?:required|failed|credentials)|username and password not accepted|invalid credentials)\b/i, 'security'],
  [/\b(?:host (?:or domain name )?not found|domain (?:not found|does not exist)|nxdomain|no mx|unrouteable|non-existent host|couldn't find any host|could not find any host)\b/i, 'domain-unknown'],
  [/\b(?:retry timeout exceeded|message expired|expired|too long in (?:the )?queue|in the queue too long)\b/i, 'expired'],
  [/\b(?:timed? ?out|connection refused|network (?:is )?unreachable|no route to host)\b/i, 'network-error'],
  [/\b(?:loop|hop count)\b/i, 'server-error'],
  [/\b(?:policy|prohibited|not authorized|access denied|refused|blocked|rejected)\b/i, 'policy'],
];

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

function reasonOf(raw: RawRecipient, provider: ProviderMessage | null, context: string): Reason {
  const named = provider ? reasonFor(provider, classOf(raw)) : null;
  if (named && named !== 'unknown') return named;
  if (raw.action === 'delivered' || raw.action === 'relayed' || raw.action === 'expanded') return 'delivered';
  const text = `${raw.diagnostic ?? ''}`;
  for (const [pattern, reason] of OVERRIDING) if (pattern.test(text)) return reason;
  // A temporary status on a recipient the server gave up on: it ran out of retries.
  if (raw.action === 'failed' && raw.enhancedCode?.startsWith('4.')) return 'expired';
  // A report's own Status is often generic (Exim always says 5.0.0); the remote reply may be precise.
  const statusEntry = raw.enhancedCode ? getRegistryEntry(entryIdOf(raw.enhancedCode) ?? '') : undefined;
  const replyEnhanced = codesIn(text).enhancedCode;
  const entry =
    statusEntry && GENERIC_ENTRIES.has(statusEntry.id) && replyEnhanced
      ? (getRegistryEntry(entryIdOf(replyEnhanced) ?? '') ?? statusEntry)
      : statusEntry;
  if (entry && !GENERIC_ENTRIES.has(entry.id) && entry.reason !== 'unknown') return entry.reason;
  for (const [pattern, reason] of KEYWORDS) if (pattern.test(text)) return reason;
  if (entry && entry.reason !== 'unknown') return entry.reason;
  if (!raw.diagnostic && /\b(?:out of (?:the )?office|auto(?:matic)?[- ]?reply|autoreply|vacation)\b/i.test(context)) return 'auto-reply';
  return (raw.replyCode !== null ? REPLY_REASONS[raw.replyCode] : undefined) ?? 'unknown';
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
  const reason = reasonOf(raw, own ?? (explains ? elsewhere : null), context);
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
