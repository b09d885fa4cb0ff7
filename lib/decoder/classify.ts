/** From what was extracted to what it means: provider message, reason, hard or soft, retry advice. */
import { PROVIDER_MESSAGES, type ProviderMessage } from '@/data/provider-messages';
import { BOUNCE_KIND, type Reason } from '@/data/reasons';
import { entryIdOf, getRegistryEntry } from '@/lib/enhanced-codes';
import type { DecodedRecipient, RawRecipient, RetryAdvice } from './types';

const PHRASES = PROVIDER_MESSAGES.flatMap((message) =>
  message.match.map((phrase) => ({ message, phrase: phrase.toLowerCase() })),
);

/**
 * The catalogue entry whose phrase occurs in the text. Several may match: prefer one whose codes agree
 * with the reply, then the longest phrase.
 */
export function matchProvider(text: string, replyCode: number | null, enhancedCode: string | null): ProviderMessage | null {
  const haystack = text.toLowerCase();
  let best: { message: ProviderMessage; score: number } | null = null;
  for (const { message, phrase } of PHRASES) {
    if (!haystack.includes(phrase)) continue;
    const agrees = message.codes.some(
      ([reply, enhanced]) => (reply === null || reply === replyCode) && (enhanced === null || enhanced === enhancedCode),
    );
    const score = phrase.length + (agrees ? 1000 : 0);
    if (!best || score > best.score) best = { message, score };
  }
  return best?.message ?? null;
}

/** Words that name the cause more precisely than a generic code (5.0.0, 5.7.1, 550 alone). */
const KEYWORDS: ReadonlyArray<readonly [RegExp, Reason]> = [
  [/\b(?:out of (?:the )?office|auto(?:matic)?[- ]?reply|autoreply|vacation|abwesenheit|absence)\b/i, 'auto-reply'],
  [/\b(?:user unknown|unknown user|no such (?:user|mailbox|recipient)|does not exist|doesn't exist|doesn’t exist|not found|recipient (?:address )?rejected: (?:user unknown|unknown)|invalid (?:recipient|mailbox|address)|unknown (?:local|recipient|address)|address rejected|mailbox unavailable|no mailbox|bad destination mailbox)\b/i, 'user-unknown'],
  [/\b(?:over ?quota|quota exceeded|mailbox (?:is )?full|insufficient (?:storage|disk)|out of storage|exceeded storage)\b/i, 'mailbox-full'],
  [/\b(?:message (?:size )?(?:is )?too (?:big|large)|exceeds? (?:the )?(?:fixed |maximum )?(?:message )?size|size limit)\b/i, 'message-too-large'],
  [/\b(?:disabled|inactive|suspended|deactivated|no longer (?:active|valid|available))\b/i, 'mailbox-disabled'],
  [/\b(?:dmarc|dkim|spf|arc validation|authenticat(?:e|ion) (?:with|check))\b/i, 'auth-failed'],
  [/\b(?:spamhaus|dnsbl|rbl|blocklist|block list|blacklist|black list|listed (?:at|in|on))\b/i, 'ip-blocked'],
  [/\b(?:ptr|reverse dns|rdns|cannot find your hostname)\b/i, 'missing-ptr'],
  [/\b(?:reputation)\b/i, 'bad-reputation'],
  [/\b(?:spam|unsolicited|junk)\b/i, 'spam'],
  [/\b(?:virus|malware|infected)\b/i, 'virus'],
  [/\b(?:relay(?:ing)? (?:access )?(?:denied|not permitted|prohibited)|unable to relay)\b/i, 'relay-denied'],
  [/\b(?:rate limit|too many (?:messages|connections|recipients)|receiving mail (?:too quickly|at a rate)|try again later|throttl)/i, 'rate-limited'],
  [/\b(?:tls required|must issue a starttls|requiretls|encryption required)\b/i, 'tls-required'],
  [/\b(?:authentication (?:required|failed|credentials)|username and password not accepted|invalid credentials)\b/i, 'security'],
  [/\b(?:host (?:or domain name )?not found|domain (?:not found|does not exist)|nxdomain|no mx|unrouteable|non-existent host|couldn't find any host|could not find any host)\b/i, 'domain-unknown'],
  [/\b(?:timed? ?out|connection refused|network (?:is )?unreachable|no route to host)\b/i, 'network-error'],
  [/\b(?:retry timeout exceeded|message expired|expired|too long in (?:the )?queue)\b/i, 'expired'],
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

export function reasonOf(raw: RawRecipient, provider: ProviderMessage | null, context: string): Reason {
  if (provider) return provider.reason;
  if (raw.action === 'delivered' || raw.action === 'relayed' || raw.action === 'expanded') return 'delivered';
  const text = `${raw.diagnostic ?? ''}`;
  const entryId = raw.enhancedCode ? entryIdOf(raw.enhancedCode) : null;
  const entry = entryId ? getRegistryEntry(entryId) : undefined;
  if (entry && !GENERIC_ENTRIES.has(entry.id) && entry.reason !== 'unknown') return entry.reason;
  for (const [pattern, reason] of KEYWORDS) if (pattern.test(text)) return reason;
  if (entry && entry.reason !== 'unknown') return entry.reason;
  if (!raw.diagnostic && /\b(?:out of (?:the )?office|auto(?:matic)?[- ]?reply|autoreply|vacation)\b/i.test(context)) return 'auto-reply';
  return (raw.replyCode !== null ? REPLY_REASONS[raw.replyCode] : undefined) ?? 'unknown';
}

export function classify(raw: RawRecipient, context: string): DecodedRecipient {
  const provider = raw.diagnostic ? matchProvider(raw.diagnostic, raw.replyCode, raw.enhancedCode) : null;
  const reason = reasonOf(raw, provider, context);
  const cls = raw.replyCode !== null ? Math.floor(raw.replyCode / 100) : raw.enhancedCode ? Number(raw.enhancedCode[0]) : null;
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
