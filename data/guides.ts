/**
 * The guides under /{locale}/guides/: step-by-step pages on the problems behind the codes. Only structure
 * and never-translated text live here (step order, the codes and glossary terms each step links, the
 * literal commands and DNS records it shows, sources); each step's words are under
 * `Guides.guides.<slug>.steps.<stepId>` in the message files.
 */
import type { GlossaryCode, GlossaryTermId, Source } from './glossary';
import { GUIDE_STEPS } from './guide';
import { rfc, GOOGLE_SENDER_GUIDELINES, GOOGLE_SENDER_FAQ, GOOGLE_SMTP_ERRORS, YAHOO_SENDER_REQUIREMENTS, YAHOO_SENDER_FAQ, MICROSOFT_HIGH_VOLUME, MICROSOFT_NDR, OUTLOOK_TROUBLESHOOTING } from './sources';

export const GUIDE_SLUGS = [
  'why-did-my-email-bounce',
  'reading-a-bounce',
  'hard-and-soft-bounces',
  'spf-dkim-dmarc',
  'getting-off-a-blocklist',
  'bulk-sender-requirements',
  'mail-not-arriving',
] as const;

export type GuideSlug = (typeof GUIDE_SLUGS)[number];

export type GuideStep = {
  readonly id: string;
  readonly codes: readonly GlossaryCode[];
  readonly terms: readonly GlossaryTermId[];
  /** Commands, DNS records and header lines shown as they are, after the step's text. */
  readonly literals: readonly string[];
  /** The step sends the reader to the bounce decoder. */
  readonly decoder?: true;
};

export type GuideFacts =
  /** The decision guide of data/guide.ts: questions and answers, its words under `Guide` in the messages. */
  | { readonly kind: 'decision'; readonly steps: readonly string[]; readonly sources: readonly Source[]; readonly updated: string }
  | {
      readonly kind: 'steps';
      readonly steps: readonly [GuideStep, ...GuideStep[]];
      readonly sources: readonly [Source, ...Source[]];
      readonly updated: string;
    };

const step = (
  id: string,
  links: { codes?: readonly GlossaryCode[]; terms?: readonly GlossaryTermId[]; literals?: readonly string[]; decoder?: true } = {},
): GuideStep => ({ id, codes: links.codes ?? [], terms: links.terms ?? [], literals: links.literals ?? [], ...(links.decoder ? { decoder: true } : {}) });

const UPDATED = '2026-12-06';

export const GUIDES = {
  'why-did-my-email-bounce': {
    kind: 'decision',
    steps: GUIDE_STEPS,
    sources: [rfc(5321, '4.2.1'), rfc(3463)],
    updated: UPDATED,
  },
  'reading-a-bounce': {
    kind: 'steps',
    steps: [
      step('find-the-reason', { terms: ['bounce', 'dsn'], decoder: true }),
      step('reply-code', { codes: [550, 421], terms: ['reply-code', 'hard-bounce', 'soft-bounce'] }),
      step('enhanced-code', { codes: ['5.1.1', '5.7.26'], terms: ['enhanced-status-code'], literals: ['Status: 5.1.1', 'Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist'] }),
      step('who-refused', { terms: ['mta'], literals: ['Remote-MTA: dns; mx.example.com', 'Reporting-MTA: dns; mail.example.org'] }),
      step('provider-text', { codes: ['5.7.509', '5.7.606-649'], decoder: true }),
      step('who-fixes-it', { codes: ['5.1.1', '5.2.2', '5.7.1', '5.7.26'], terms: ['spf', 'dkim', 'dmarc', 'blocklist'] }),
    ],
    sources: [rfc(3464), rfc(3463), rfc(5321, '4.2.1'), rfc(5321, '6.1'), GOOGLE_SMTP_ERRORS, MICROSOFT_NDR],
    updated: UPDATED,
  },
  'hard-and-soft-bounces': {
    kind: 'steps',
    steps: [
      step('tell-them-apart', { codes: [550, 421], terms: ['hard-bounce', 'soft-bounce', 'reply-code'] }),
      step('hard-bounces', { codes: ['5.1.1', '5.1.10', '5.2.1', 556], terms: ['hard-bounce', 'suppression-list', 'null-mx'] }),
      step('permanent-but-not-the-address', { codes: ['5.7.1', '5.7.26', '5.3.4'], terms: ['blocklist', 'dmarc', 'message-size-limit'] }),
      step('soft-bounces', { codes: [421, 450, 451, '4.2.2'], terms: ['soft-bounce', 'greylisting', 'rate-limiting', 'queue-lifetime'] }),
      step('expired', { codes: ['4.4.7', '5.4.7'], terms: ['queue-lifetime'] }),
      step('mailbox-full', { codes: ['4.2.2', '5.2.2'], terms: ['mailbox-quota'] }),
      step('keep-lists-clean', { terms: ['suppression-list', 'spam-trap', 'sender-reputation'] }),
    ],
    sources: [rfc(5321, '4.2.1'), rfc(5321, '4.5.4.1'), rfc(3463), GOOGLE_SENDER_GUIDELINES, YAHOO_SENDER_REQUIREMENTS, GOOGLE_SMTP_ERRORS],
    updated: UPDATED,
  },
  'spf-dkim-dmarc': {
    kind: 'steps',
    steps: [
      step('list-senders', { terms: ['envelope-sender', 'from-header'] }),
      step('spf', {
        codes: ['5.7.23', '5.7.27'],
        terms: ['spf'],
        literals: ['example.com.  TXT  "v=spf1 include:_spf.google.com ~all"', 'dig +short TXT example.com'],
      }),
      step('spf-limits', { codes: ['4.7.24', '5.7.24'], terms: ['spf'] }),
      step('dkim', {
        codes: ['5.7.30', '5.7.20'],
        terms: ['dkim'],
        literals: ['dig +short TXT selector._domainkey.example.com'],
      }),
      step('dmarc', {
        codes: ['5.7.26', '5.7.509'],
        terms: ['dmarc'],
        literals: ['_dmarc.example.com.  TXT  "v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com"', 'dig +short TXT _dmarc.example.com'],
      }),
      step('alignment', { codes: ['4.7.32'], terms: ['dmarc-alignment', 'from-header'] }),
      step('reverse-dns-and-tls', {
        codes: ['5.7.25', '5.7.29'],
        terms: ['reverse-dns', 'fcrdns', 'starttls'],
        literals: ['dig +short -x 192.0.2.10', 'dig +short A mail.example.com'],
      }),
      step('test', { terms: ['authentication-results'], literals: ['Authentication-Results: mx.google.com; spf=pass smtp.mailfrom=example.com; dkim=pass header.d=example.com; dmarc=pass header.from=example.com'] }),
      step('tighten', { terms: ['dmarc'], literals: ['v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@example.com', 'v=DMARC1; p=reject; rua=mailto:dmarc-reports@example.com'] }),
    ],
    sources: [rfc(7208), rfc(6376), rfc(7489), rfc(8601), GOOGLE_SENDER_GUIDELINES, YAHOO_SENDER_REQUIREMENTS, MICROSOFT_HIGH_VOLUME, MICROSOFT_NDR],
    updated: UPDATED,
  },
  'getting-off-a-blocklist': {
    kind: 'steps',
    steps: [
      step('confirm', { codes: [554, '5.7.1', '5.7.606-649'], terms: ['blocklist'], decoder: true }),
      step('find-the-ip', { terms: ['blocklist'], literals: ['dig +short 10.2.0.192.zen.spamhaus.org', 'dig +short TXT 10.2.0.192.zen.spamhaus.org'] }),
      step('find-the-cause', { terms: ['open-relay', 'smtp-auth', 'spam-trap', 'backscatter'] }),
      step('fix', { terms: ['suppression-list', 'reverse-dns', 'smtp-auth'] }),
      step('request-removal', { codes: ['5.7.606-649'], terms: ['blocklist'] }),
      step('shared-ip', { terms: ['sender-reputation'] }),
      step('stay-off', { terms: ['feedback-loop', 'spam-rate', 'sender-reputation'] }),
    ],
    sources: [rfc(5782), 'https://check.spamhaus.org/', 'https://sender.office.com/', MICROSOFT_NDR, OUTLOOK_TROUBLESHOOTING, GOOGLE_SENDER_GUIDELINES],
    updated: UPDATED,
  },
  'bulk-sender-requirements': {
    kind: 'steps',
    steps: [
      step('who-counts', { terms: ['bulk-sender-requirements'] }),
      step('authenticate', { codes: ['5.7.26', '5.7.27', '5.7.30'], terms: ['spf', 'dkim', 'dmarc'], literals: ['v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com'] }),
      step('align', { codes: ['4.7.32'], terms: ['dmarc-alignment', 'from-header'] }),
      step('infrastructure', { codes: ['5.7.25', '4.7.23', '5.7.29'], terms: ['reverse-dns', 'fcrdns', 'starttls'] }),
      step('unsubscribe', {
        terms: ['one-click-unsubscribe'],
        literals: ['List-Unsubscribe: <https://example.com/unsubscribe/opaque-token>', 'List-Unsubscribe-Post: List-Unsubscribe=One-Click'],
      }),
      step('spam-rate', { codes: ['4.7.28', '5.7.28'], terms: ['spam-rate', 'feedback-loop'] }),
      step('format', { codes: ['5.7.512'], terms: ['from-header'] }),
      step('microsoft', { codes: ['5.7.509'], terms: ['dmarc'], literals: ['550 5.7.515 Access denied, sending domain [SendingDomain] does not meet the required authentication level.'] }),
      step('monitor', { terms: ['sender-reputation', 'spam-rate'] }),
    ],
    sources: [GOOGLE_SENDER_GUIDELINES, GOOGLE_SENDER_FAQ, GOOGLE_SMTP_ERRORS, YAHOO_SENDER_REQUIREMENTS, YAHOO_SENDER_FAQ, MICROSOFT_HIGH_VOLUME, rfc(8058), rfc(2369), rfc(7489)],
    updated: UPDATED,
  },
  'mail-not-arriving': {
    kind: 'steps',
    steps: [
      step('wait-and-check-spam', { terms: ['soft-bounce', 'greylisting'] }),
      step('check-sent-and-address', { codes: ['5.1.1'], terms: ['hard-bounce'] }),
      step('bounce-went-elsewhere', { terms: ['bounce', 'envelope-sender', 'backscatter'] }),
      step('follow-the-logs', { codes: [250, 421, 450, 451], terms: ['mta', 'queue-lifetime', 'rate-limiting'] }),
      step('accepted-then-filtered', { terms: ['spf', 'dkim', 'dmarc', 'sender-reputation', 'authentication-results'] }),
      step('recipient-side', { codes: ['5.4.6'], terms: ['mx-record', 'catch-all', 'mail-loop'], literals: ['dig +short MX example.com'] }),
    ],
    sources: [rfc(5321, '4.5.4.1'), rfc(5321, '6.1'), rfc(5321, '6.2'), rfc(5321, '5.1'), GOOGLE_SENDER_GUIDELINES],
    updated: UPDATED,
  },
} as const satisfies Record<GuideSlug, GuideFacts>;

export function isGuideSlug(value: string): value is GuideSlug {
  return (GUIDE_SLUGS as readonly string[]).includes(value);
}
