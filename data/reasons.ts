/**
 * Why a message bounced, as one category: what the enhanced codes, the provider catalogue and
 * the bounce decoder report. Names and explanations live in messages/<locale>.json under `reasons.<id>`.
 */
export const REASONS = [
  'user-unknown',
  'mailbox-moved',
  'domain-unknown',
  'domain-accepts-no-mail',
  'mailbox-disabled',
  'mailbox-full',
  'message-too-large',
  'recipient-filter',
  'sender-rejected',
  'ip-blocked',
  'bad-reputation',
  'missing-ptr',
  'spam',
  'virus',
  'content-error',
  'not-rfc-compliant',
  'policy',
  'auth-failed',
  'security',
  'tls-required',
  'relay-denied',
  'rate-limited',
  'expired',
  'network-error',
  'server-error',
  'server-full',
  'mailer-error',
  'protocol-error',
  'suppressed',
  'delivered',
  'auto-reply',
  'complaint',
  'unknown',
] as const;

export type Reason = (typeof REASONS)[number];

/**
 * How the widely used bounce-reason taxonomy (Sisimai's reasons, as its documentation defines them)
 * maps onto ours, for comparing results with tools that use it. Several of its reasons fold into one
 * of ours; a few of ours (missing-ptr, not-rfc-compliant, domain-accepts-no-mail, mailbox-moved …) are
 * finer than its. The decoder's phrase table (lib/decoder/reason-phrases.ts) follows these meanings.
 */
export const TAXONOMY_REASON: Readonly<Record<string, Reason>> = {
  userunknown: 'user-unknown',
  hasmoved: 'mailbox-moved',
  hostunknown: 'domain-unknown',
  notaccept: 'domain-accepts-no-mail',
  suspend: 'mailbox-disabled',
  mailboxfull: 'mailbox-full',
  mesgtoobig: 'message-too-large',
  exceedlimit: 'message-too-large',
  // "filtered": the address exists but the recipient's own rules refused the message (including
  // "user unknown" said only after DATA, when RCPT had already been accepted).
  filtered: 'recipient-filter',
  rejected: 'sender-rejected',
  blocked: 'ip-blocked',
  badreputation: 'bad-reputation',
  requireptr: 'missing-ptr',
  spamdetected: 'spam',
  virusdetected: 'virus',
  contenterror: 'content-error',
  notcompliantrfc: 'not-rfc-compliant',
  policyviolation: 'policy',
  authfailure: 'auth-failed',
  securityerror: 'security',
  failedstarttls: 'tls-required',
  norelaying: 'relay-denied',
  // Both rate reasons: too many messages (speeding) and too many connections (toomanyconn).
  speeding: 'rate-limited',
  toomanyconn: 'rate-limited',
  expired: 'expired',
  networkerror: 'network-error',
  systemerror: 'server-error',
  systemfull: 'server-full',
  mailererror: 'mailer-error',
  syntaxerror: 'protocol-error',
  suppressed: 'suppressed',
  delivered: 'delivered',
  vacation: 'auto-reply',
  feedback: 'complaint',
  onhold: 'unknown',
  undefined: 'unknown',
};

/** hard: retrying the same message unchanged will not help · soft: it may succeed later · none: not a failure */
export type BounceKind = 'hard' | 'soft' | 'none';

/** Whether a bounce for this reason is hard or soft (`none`: not a failure). */
export const BOUNCE_KIND = {
  'user-unknown': 'hard',
  'mailbox-moved': 'hard',
  'domain-unknown': 'hard',
  'domain-accepts-no-mail': 'hard',
  'mailbox-disabled': 'hard',
  'mailbox-full': 'soft',
  'message-too-large': 'hard',
  'recipient-filter': 'hard',
  'sender-rejected': 'hard',
  'ip-blocked': 'hard',
  'bad-reputation': 'hard',
  'missing-ptr': 'hard',
  'spam': 'hard',
  'virus': 'hard',
  'content-error': 'hard',
  'not-rfc-compliant': 'hard',
  'policy': 'hard',
  'auth-failed': 'hard',
  'security': 'hard',
  'tls-required': 'hard',
  'relay-denied': 'hard',
  'rate-limited': 'soft',
  'expired': 'soft',
  'network-error': 'soft',
  'server-error': 'soft',
  'server-full': 'soft',
  'mailer-error': 'soft',
  'protocol-error': 'hard',
  'suppressed': 'hard',
  'delivered': 'none',
  'auto-reply': 'none',
  'complaint': 'none',
  'unknown': 'none',
} as const satisfies Record<Reason, BounceKind>;
