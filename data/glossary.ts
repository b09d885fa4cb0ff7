/**
 * The glossary: mail terms a reader meets on the code pages, with the standards that define them, the
 * codes they explain, a literal way to check them and the sources their facts were checked against.
 * Words a reader sees live in messages/<locale>.json under `Glossary.terms.<id>`; commands and DNS names
 * stay here because they are never translated.
 */
import type { RfcRef } from './reply-codes';
import { rfc, GOOGLE_SENDER_GUIDELINES, GOOGLE_SENDER_FAQ, GOOGLE_SMTP_ERRORS, YAHOO_SENDER_REQUIREMENTS, YAHOO_SENDER_FAQ, MICROSOFT_HIGH_VOLUME, MICROSOFT_NDR, SPAMHAUS_CHECK } from './sources';

/** Reading order of the index: how mail moves, then who may send it, then what goes wrong, then the rules. */
export const GLOSSARY_TERMS = [
  'mua',
  'msa',
  'mta',
  'mx-record',
  'null-mx',
  'relay',
  'open-relay',
  'submission-port',
  'smtp-auth',
  'helo-ehlo',
  'envelope-sender',
  'from-header',
  'reply-code',
  'enhanced-status-code',
  'pipelining',
  '8bitmime',
  'smtputf8',
  'message-size-limit',
  'starttls',
  'mta-sts',
  'tls-rpt',
  'dane',
  'dnssec',
  'requiretls',
  'spf',
  'dkim',
  'dmarc',
  'dmarc-alignment',
  'arc',
  'authentication-results',
  'reverse-dns',
  'fcrdns',
  'bounce',
  'dsn',
  'hard-bounce',
  'soft-bounce',
  'queue-lifetime',
  'greylisting',
  'rate-limiting',
  'mailbox-quota',
  'mail-loop',
  'backscatter',
  'postmaster',
  'catch-all',
  'blocklist',
  'spam-trap',
  'sender-reputation',
  'spam-rate',
  'feedback-loop',
  'suppression-list',
  'one-click-unsubscribe',
  'bulk-sender-requirements',
] as const;

export type GlossaryTermId = (typeof GLOSSARY_TERMS)[number];

/** A reply code, an enhanced or provider code, or a provider's range ("5.7.606-649", the provider page's slug). */
export type GlossaryCode =
  | number
  | `${2 | 4 | 5}.${number}.${number}`
  | `${2 | 4 | 5}.${number}.${number}-${number}`;

/** Where a check needs no command, the kind of tool to use; its name is under `Glossary.tools.<kind>`. */
export const TOOL_KINDS = ['message-headers', 'mail-logs', 'blocklist-lookup', 'postmaster-tools', 'client-settings', 'bounce-decoder'] as const;
export type ToolKind = (typeof TOOL_KINDS)[number];

export type TermCheck = { readonly command: string } | { readonly tool: ToolKind };

export type Source = `https://${string}`;

export type GlossaryTermFacts = {
  /** Empty when no RFC defines the term (spam trap, catch-all): it is industry usage. */
  readonly rfcs: readonly RfcRef[];
  readonly codes: readonly GlossaryCode[];
  readonly related: readonly GlossaryTermId[];
  readonly check: TermCheck;
  /** What the facts on the term's page were checked against, RFCs included. */
  readonly sources: readonly [Source, ...Source[]];
};

export const GLOSSARY = {
  mua: {
    rfcs: [{ rfc: 5598 }],
    codes: [],
    related: ['msa', 'mta', 'submission-port'],
    check: { tool: 'client-settings' },
    sources: [rfc(5598)],
  },
  msa: {
    rfcs: [{ rfc: 6409 }, { rfc: 5598 }],
    codes: [530, 535, '5.7.57'],
    related: ['mua', 'mta', 'submission-port', 'smtp-auth'],
    check: { command: 'openssl s_client -starttls smtp -connect smtp.example.com:587 -crlf' },
    sources: [rfc(6409), rfc(5598), MICROSOFT_NDR],
  },
  mta: {
    rfcs: [{ rfc: 5321, section: '2.3.3' }, { rfc: 5598 }],
    codes: [421, '4.4.1'],
    related: ['mx-record', 'relay', 'msa', 'queue-lifetime'],
    check: { command: 'telnet mx.example.com 25' },
    sources: [rfc(5321, '2.3.3'), rfc(5598)],
  },
  'mx-record': {
    rfcs: [{ rfc: 5321, section: '5.1' }, { rfc: 1035 }],
    codes: ['5.1.2', '4.4.4', '5.4.4'],
    related: ['mta', 'null-mx', 'relay'],
    check: { command: 'dig +short MX example.com' },
    sources: [rfc(5321, '5.1'), rfc(1035)],
  },
  'null-mx': {
    rfcs: [{ rfc: 7505 }, { rfc: 7504 }],
    codes: [556, '5.1.10', '5.7.27'],
    related: ['mx-record', 'hard-bounce'],
    check: { command: 'dig +short MX example.com' },
    sources: [rfc(7505), rfc(7504)],
  },
  relay: {
    rfcs: [{ rfc: 5321, section: '3.6.2' }],
    codes: [550, '5.7.1', '5.4.1', '5.7.64'],
    related: ['open-relay', 'smtp-auth', 'mta', 'mx-record'],
    check: { tool: 'mail-logs' },
    sources: [rfc(5321, '3.6.2'), MICROSOFT_NDR],
  },
  'open-relay': {
    rfcs: [{ rfc: 5321, section: '7.9' }, { rfc: 2505 }],
    codes: [554, '5.7.1'],
    related: ['relay', 'smtp-auth', 'blocklist'],
    check: { command: 'swaks --server mx.example.com --from test@example.org --to test@example.net' },
    sources: [rfc(5321, '7.9'), rfc(2505), YAHOO_SENDER_REQUIREMENTS],
  },
  'submission-port': {
    rfcs: [{ rfc: 6409 }, { rfc: 8314, section: '3.3' }, { rfc: 5321, section: '4.5.4.2' }],
    codes: [530, '5.7.57'],
    related: ['msa', 'smtp-auth', 'starttls'],
    check: { command: 'openssl s_client -connect smtp.example.com:465' },
    sources: [rfc(6409), rfc(8314, '3.3'), rfc(5321, '4.5.4.2')],
  },
  'smtp-auth': {
    rfcs: [{ rfc: 4954 }],
    codes: [235, 334, 454, 530, 534, 535, 538, '5.7.8', '5.7.9', '5.7.57'],
    related: ['msa', 'submission-port', 'relay', 'starttls'],
    check: { tool: 'client-settings' },
    sources: [rfc(4954), GOOGLE_SMTP_ERRORS],
  },
  'helo-ehlo': {
    rfcs: [{ rfc: 5321, section: '4.1.1.1' }],
    codes: [501, 503, '5.5.2', '5.7.506'],
    related: ['reverse-dns', 'fcrdns', 'mta'],
    check: { tool: 'mail-logs' },
    sources: [rfc(5321, '4.1.1.1'), GOOGLE_SMTP_ERRORS, MICROSOFT_NDR],
  },
  'envelope-sender': {
    rfcs: [{ rfc: 5321, section: '3.3' }, { rfc: 5321, section: '4.5.5' }],
    codes: [553, '5.1.7', '4.1.8', '5.1.8'],
    related: ['from-header', 'spf', 'bounce', 'dmarc-alignment'],
    check: { tool: 'message-headers' },
    sources: [rfc(5321, '3.3'), rfc(5321, '4.5.5'), rfc(7208)],
  },
  'from-header': {
    rfcs: [{ rfc: 5322, section: '3.6.2' }, { rfc: 7489 }],
    codes: ['5.7.512', '4.7.32'],
    related: ['envelope-sender', 'dmarc', 'dmarc-alignment'],
    check: { tool: 'message-headers' },
    sources: [rfc(5322, '3.6.2'), rfc(7489), GOOGLE_SENDER_GUIDELINES, MICROSOFT_NDR],
  },
  'reply-code': {
    rfcs: [{ rfc: 5321, section: '4.2' }],
    codes: [250, 421, 550],
    related: ['enhanced-status-code', 'bounce', 'hard-bounce', 'soft-bounce'],
    check: { tool: 'bounce-decoder' },
    sources: [rfc(5321, '4.2')],
  },
  'enhanced-status-code': {
    rfcs: [{ rfc: 3463 }, { rfc: 2034 }, { rfc: 5248 }],
    codes: ['5.1.1', '4.2.2', '5.7.1'],
    related: ['reply-code', 'dsn', 'bounce'],
    check: { tool: 'bounce-decoder' },
    sources: [rfc(3463), rfc(2034), rfc(5248), 'https://www.iana.org/assignments/smtp-enhanced-status-codes/'],
  },
  pipelining: {
    rfcs: [{ rfc: 2920 }, { rfc: 3207 }],
    codes: [503, '4.5.0'],
    related: ['starttls', 'helo-ehlo'],
    check: { command: 'openssl s_client -starttls smtp -connect mx.example.com:25 -crlf' },
    sources: [rfc(2920), rfc(3207), GOOGLE_SMTP_ERRORS],
  },
  '8bitmime': {
    rfcs: [{ rfc: 6152 }],
    codes: ['5.6.3'],
    related: ['smtputf8', 'helo-ehlo'],
    check: { command: 'openssl s_client -starttls smtp -connect mx.example.com:25 -crlf' },
    sources: [rfc(6152), rfc(3463)],
  },
  smtputf8: {
    rfcs: [{ rfc: 6531 }],
    codes: ['5.6.7', '5.6.8', '5.6.9'],
    related: ['8bitmime', 'helo-ehlo'],
    check: { command: 'openssl s_client -starttls smtp -connect mx.example.com:25 -crlf' },
    sources: [rfc(6531)],
  },
  'message-size-limit': {
    rfcs: [{ rfc: 1870 }],
    codes: [552, '5.3.4', '5.2.3'],
    related: ['mailbox-quota', 'helo-ehlo'],
    check: { command: 'openssl s_client -starttls smtp -connect mx.example.com:25 -crlf' },
    sources: [rfc(1870), rfc(3463)],
  },
  starttls: {
    rfcs: [{ rfc: 3207 }, { rfc: 8314 }],
    codes: [530, 454, '4.7.29', '5.7.29'],
    related: ['mta-sts', 'dane', 'requiretls', 'tls-rpt', 'submission-port'],
    check: { command: 'openssl s_client -starttls smtp -connect mx.example.com:25 -crlf' },
    sources: [rfc(3207), rfc(8314), GOOGLE_SENDER_GUIDELINES],
  },
  'mta-sts': {
    rfcs: [{ rfc: 8461, section: '3.1' }, { rfc: 8461, section: '3.2' }],
    codes: ['4.4.8', '5.4.8', '4.7.5', '5.7.5'],
    related: ['starttls', 'tls-rpt', 'dane'],
    check: { command: 'dig +short TXT _mta-sts.example.com' },
    sources: [rfc(8461, '3.1'), rfc(8461, '3.2'), 'https://www.iana.org/assignments/mta-sts/mta-sts.xhtml', MICROSOFT_NDR],
  },
  'tls-rpt': {
    rfcs: [{ rfc: 8460 }],
    codes: [],
    related: ['mta-sts', 'dane', 'starttls'],
    check: { command: 'dig +short TXT _smtp._tls.example.com' },
    sources: [rfc(8460)],
  },
  dane: {
    rfcs: [{ rfc: 7672 }, { rfc: 6698 }],
    codes: ['5.7.321', '5.7.322', '5.7.323', '5.7.324', '5.7.325'],
    related: ['dnssec', 'starttls', 'mta-sts'],
    check: { command: 'dig +dnssec +short TLSA _25._tcp.mx.example.com' },
    sources: [rfc(7672), rfc(6698), MICROSOFT_NDR],
  },
  dnssec: {
    rfcs: [{ rfc: 4033 }],
    codes: ['5.7.324'],
    related: ['dane'],
    check: { command: 'dig +dnssec example.com SOA' },
    sources: [rfc(4033), MICROSOFT_NDR],
  },
  requiretls: {
    rfcs: [{ rfc: 8689 }],
    codes: ['5.7.30'],
    related: ['starttls', 'mta-sts', 'dane'],
    check: { command: 'openssl s_client -starttls smtp -connect mx.example.com:25 -crlf' },
    sources: [rfc(8689)],
  },
  spf: {
    rfcs: [{ rfc: 7208 }],
    codes: [550, '5.7.23', '4.7.24', '5.7.24', '5.7.26', '5.7.27'],
    related: ['envelope-sender', 'dkim', 'dmarc', 'dmarc-alignment'],
    check: { command: 'dig +short TXT example.com' },
    sources: [rfc(7208), GOOGLE_SENDER_GUIDELINES, GOOGLE_SMTP_ERRORS, MICROSOFT_NDR],
  },
  dkim: {
    rfcs: [{ rfc: 6376 }],
    codes: ['5.7.20', '5.7.21', '5.7.22', '5.7.26', '5.7.30'],
    related: ['spf', 'dmarc', 'dmarc-alignment', 'arc'],
    check: { command: 'dig +short TXT selector._domainkey.example.com' },
    sources: [rfc(6376), rfc(7372), GOOGLE_SENDER_GUIDELINES, YAHOO_SENDER_REQUIREMENTS],
  },
  dmarc: {
    rfcs: [{ rfc: 7489 }],
    codes: [550, '5.7.26', '4.7.26', '5.7.509'],
    related: ['spf', 'dkim', 'dmarc-alignment', 'from-header'],
    check: { command: 'dig +short TXT _dmarc.example.com' },
    sources: [rfc(7489), GOOGLE_SENDER_GUIDELINES, MICROSOFT_NDR],
  },
  'dmarc-alignment': {
    rfcs: [{ rfc: 7489 }],
    codes: ['4.7.32', '5.7.26'],
    related: ['dmarc', 'from-header', 'envelope-sender', 'dkim', 'spf'],
    check: { tool: 'message-headers' },
    sources: [rfc(7489), GOOGLE_SENDER_GUIDELINES, YAHOO_SENDER_REQUIREMENTS],
  },
  arc: {
    rfcs: [{ rfc: 8617 }],
    codes: ['5.7.29'],
    related: ['dkim', 'dmarc', 'authentication-results'],
    check: { tool: 'message-headers' },
    sources: [rfc(8617), GOOGLE_SENDER_GUIDELINES, YAHOO_SENDER_REQUIREMENTS],
  },
  'authentication-results': {
    rfcs: [{ rfc: 8601 }],
    codes: [],
    related: ['spf', 'dkim', 'dmarc', 'arc'],
    check: { tool: 'message-headers' },
    sources: [rfc(8601)],
  },
  'reverse-dns': {
    rfcs: [{ rfc: 1035 }, { rfc: 8601 }],
    codes: ['5.7.25', '4.7.25', '4.7.23'],
    related: ['fcrdns', 'helo-ehlo', 'sender-reputation'],
    check: { command: 'dig +short -x 192.0.2.10' },
    sources: [rfc(1035), rfc(8601), GOOGLE_SENDER_GUIDELINES, YAHOO_SENDER_REQUIREMENTS, MICROSOFT_NDR],
  },
  fcrdns: {
    rfcs: [{ rfc: 8601 }],
    codes: ['5.7.25', '4.7.23'],
    related: ['reverse-dns', 'helo-ehlo'],
    check: { command: 'dig +short A mail.example.com' },
    sources: [rfc(8601), GOOGLE_SENDER_GUIDELINES],
  },
  bounce: {
    rfcs: [{ rfc: 5321, section: '6.1' }, { rfc: 3464 }],
    codes: [550, 554, '5.0.0'],
    related: ['dsn', 'hard-bounce', 'soft-bounce', 'backscatter', 'reply-code'],
    check: { tool: 'bounce-decoder' },
    sources: [rfc(5321, '6.1'), rfc(3464), MICROSOFT_NDR],
  },
  dsn: {
    rfcs: [{ rfc: 3464 }, { rfc: 3461 }],
    codes: ['5.1.1', '4.4.7'],
    related: ['bounce', 'enhanced-status-code'],
    check: { tool: 'bounce-decoder' },
    sources: [rfc(3464), rfc(3461)],
  },
  'hard-bounce': {
    rfcs: [{ rfc: 5321, section: '4.2.1' }],
    codes: [550, 551, 553, 556, '5.1.1', '5.1.2', '5.1.10', '5.2.1'],
    related: ['soft-bounce', 'bounce', 'suppression-list'],
    check: { tool: 'bounce-decoder' },
    sources: [rfc(5321, '4.2.1'), rfc(3463), YAHOO_SENDER_REQUIREMENTS],
  },
  'soft-bounce': {
    rfcs: [{ rfc: 5321, section: '4.2.1' }],
    codes: [421, 450, 451, 452, '4.2.2', '4.4.7'],
    related: ['hard-bounce', 'queue-lifetime', 'greylisting', 'rate-limiting'],
    check: { tool: 'mail-logs' },
    sources: [rfc(5321, '4.2.1'), rfc(3463)],
  },
  'queue-lifetime': {
    rfcs: [{ rfc: 5321, section: '4.5.4.1' }],
    codes: ['4.4.7', '5.4.7', '5.4.300'],
    related: ['soft-bounce', 'greylisting', 'mta'],
    check: { tool: 'mail-logs' },
    sources: [rfc(5321, '4.5.4.1'), MICROSOFT_NDR],
  },
  greylisting: {
    rfcs: [{ rfc: 6647 }],
    codes: [450, 451],
    related: ['soft-bounce', 'queue-lifetime'],
    check: { tool: 'mail-logs' },
    sources: [rfc(6647)],
  },
  'rate-limiting': {
    rfcs: [],
    codes: [421, 450, 452, '4.2.1', '4.7.28', '5.2.121', '5.2.122'],
    related: ['sender-reputation', 'soft-bounce', 'spam-rate'],
    check: { tool: 'mail-logs' },
    sources: [GOOGLE_SMTP_ERRORS, MICROSOFT_NDR],
  },
  'mailbox-quota': {
    rfcs: [{ rfc: 3463 }],
    codes: [552, 452, '4.2.2', '5.2.2'],
    related: ['message-size-limit', 'soft-bounce'],
    check: { tool: 'bounce-decoder' },
    sources: [rfc(3463), GOOGLE_SMTP_ERRORS],
  },
  'mail-loop': {
    rfcs: [{ rfc: 5321, section: '6.3' }, { rfc: 3463 }],
    codes: ['5.4.6', '5.4.14'],
    related: ['relay', 'mx-record'],
    check: { tool: 'message-headers' },
    sources: [rfc(5321, '6.3'), rfc(3463), GOOGLE_SMTP_ERRORS, MICROSOFT_NDR],
  },
  backscatter: {
    rfcs: [{ rfc: 5321, section: '6.2' }, { rfc: 5321, section: '6.1' }],
    codes: [],
    related: ['bounce', 'envelope-sender', 'spf'],
    check: { tool: 'mail-logs' },
    sources: [rfc(5321, '6.1'), rfc(5321, '6.2')],
  },
  postmaster: {
    rfcs: [{ rfc: 5321, section: '4.5.1' }, { rfc: 2142 }],
    codes: [],
    related: ['bounce', 'mta'],
    check: { command: 'dig +short MX example.com' },
    sources: [rfc(5321, '4.5.1'), rfc(2142)],
  },
  'catch-all': {
    rfcs: [],
    codes: ['5.1.1'],
    related: ['hard-bounce', 'backscatter'],
    check: { tool: 'mail-logs' },
    sources: [rfc(5321, '3.9')],
  },
  blocklist: {
    rfcs: [{ rfc: 5782 }],
    codes: [554, 550, '5.7.1', '5.7.511', '5.7.606-649'],
    related: ['sender-reputation', 'spam-trap', 'open-relay', 'reverse-dns'],
    check: { command: 'dig +short 10.2.0.192.zen.spamhaus.org' },
    sources: [rfc(5782), SPAMHAUS_CHECK, 'https://sender.office.com/', MICROSOFT_NDR],
  },
  'spam-trap': {
    rfcs: [],
    codes: [],
    related: ['blocklist', 'sender-reputation', 'suppression-list'],
    check: { tool: 'blocklist-lookup' },
    sources: [SPAMHAUS_CHECK],
  },
  'sender-reputation': {
    rfcs: [],
    codes: [421, '4.7.0', '4.7.28', '5.7.28', '4.7.650', '4.7.500-699'],
    related: ['spam-rate', 'blocklist', 'rate-limiting', 'feedback-loop'],
    check: { tool: 'postmaster-tools' },
    sources: [GOOGLE_SENDER_GUIDELINES, YAHOO_SENDER_REQUIREMENTS, GOOGLE_SMTP_ERRORS],
  },
  'spam-rate': {
    rfcs: [],
    codes: ['4.7.28', '5.7.28'],
    related: ['sender-reputation', 'feedback-loop', 'one-click-unsubscribe', 'bulk-sender-requirements'],
    check: { tool: 'postmaster-tools' },
    sources: [GOOGLE_SENDER_GUIDELINES, GOOGLE_SENDER_FAQ, YAHOO_SENDER_REQUIREMENTS],
  },
  'feedback-loop': {
    rfcs: [{ rfc: 5965 }, { rfc: 6449 }],
    codes: [],
    related: ['spam-rate', 'suppression-list', 'sender-reputation'],
    check: { tool: 'postmaster-tools' },
    sources: [rfc(5965), rfc(6449), YAHOO_SENDER_REQUIREMENTS],
  },
  'suppression-list': {
    rfcs: [],
    codes: ['5.1.1', '5.2.1'],
    related: ['hard-bounce', 'feedback-loop', 'one-click-unsubscribe', 'spam-trap'],
    check: { tool: 'mail-logs' },
    sources: [GOOGLE_SENDER_GUIDELINES, YAHOO_SENDER_REQUIREMENTS],
  },
  'one-click-unsubscribe': {
    rfcs: [{ rfc: 8058 }, { rfc: 2369 }],
    codes: [],
    related: ['bulk-sender-requirements', 'spam-rate', 'suppression-list', 'dkim'],
    check: { tool: 'message-headers' },
    sources: [rfc(8058), rfc(2369), GOOGLE_SENDER_GUIDELINES, GOOGLE_SENDER_FAQ, YAHOO_SENDER_REQUIREMENTS],
  },
  'bulk-sender-requirements': {
    rfcs: [{ rfc: 8058 }, { rfc: 7489 }],
    codes: ['5.7.26', '4.7.26', '5.7.27', '5.7.30', '4.7.32', '5.7.25', '5.7.29'],
    related: ['spf', 'dkim', 'dmarc', 'one-click-unsubscribe', 'spam-rate', 'reverse-dns'],
    check: { tool: 'postmaster-tools' },
    sources: [GOOGLE_SENDER_GUIDELINES, GOOGLE_SENDER_FAQ, YAHOO_SENDER_REQUIREMENTS, YAHOO_SENDER_FAQ, MICROSOFT_HIGH_VOLUME],
  },
} as const satisfies Record<GlossaryTermId, GlossaryTermFacts>;

export function isGlossaryTerm(value: string): value is GlossaryTermId {
  return (GLOSSARY_TERMS as readonly string[]).includes(value);
}
