/**
 * Facts about every SMTP reply code the site explains. Words a reader sees live in
 * messages/<locale>.json under `codes.<number>`; this file holds only what is true in every language.
 *
 * Sources: RFC 5321 §4.2.3 and §4.3.2 (command–reply sequences), the extension RFCs named per code,
 * and the IANA "SMTP Enhanced Status Codes" registry's "associated basic status code" column.
 */

export const STAGES = [
  'greeting',
  'ehlo',
  'starttls',
  'auth',
  'mail',
  'rcpt',
  'data',
  'end-of-data',
  'other-commands',
  'quit',
  'any',
] as const;
export type Stage = (typeof STAGES)[number];

export type ReplyClass = 2 | 3 | 4 | 5;
/** Second digit (RFC 5321 §4.2.1): 3 and 4 are unspecified, and 6–9 have no meaning at all. */
export type ReplyCategory = 0 | 1 | 2 | 3 | 4 | 5;

export const ACTORS = ['nobody', 'sender', 'sender-admin', 'recipient-admin'] as const;
export type Actor = (typeof ACTORS)[number];

export type EnhancedCodeId = `${2 | 4 | 5}.${number}.${number}`;
/** An IANA registry entry, class left open: "X.7.12". */
export type RegistryEntryId = `X.${number}.${number}`;

export type RfcRef = { readonly rfc: number; readonly section?: string };

/**
 * Where a code's meaning comes from. Only `rfc` codes have a standard reply text; the others are
 * labelled on their page as not defined by any RFC.
 */
export type Standing =
  | { readonly kind: 'rfc'; readonly rfcs: readonly [RfcRef, ...RfcRef[]]; readonly text: string }
  | { readonly kind: 'iana-only'; readonly registryEntries: readonly [RegistryEntryId, ...RegistryEntryId[]] }
  | { readonly kind: 'draft'; readonly draft: string; readonly text?: string }
  | { readonly kind: 'non-standard' };

export const STANDARD_REPLY_CODES = [
  211, 214, 220, 221, 235, 250, 251, 252, 253, 334, 354, 421, 432, 450, 451, 452, 453, 454, 455, 458,
  459, 500, 501, 502, 503, 504, 521, 530, 534, 535, 538, 550, 551, 552, 553, 554, 555, 556,
] as const;

export const EXTRA_REPLY_CODES = [
  420, 422, 430, 431, 441, 442, 446, 447, 449, 456, 471, 510, 511, 512, 513, 517, 520, 523, 524, 525,
  533, 541, 557, 571,
] as const;

export type ReplyCodeNumber =
  | (typeof STANDARD_REPLY_CODES)[number]
  | (typeof EXTRA_REPLY_CODES)[number];

export type ReplyCodeFacts = {
  readonly standing: Standing;
  /** Empty when no standard says where the code is sent. */
  readonly stages: readonly Stage[];
  readonly actor: Actor;
  readonly enhanced: readonly EnhancedCodeId[];
  readonly related: readonly ReplyCodeNumber[];
};

const rfc5321 = (text: string, ...extra: RfcRef[]): Standing => ({
  kind: 'rfc',
  rfcs: [{ rfc: 5321, section: '4.2.3' }, ...extra],
  text,
});
const ext = (text: string, first: RfcRef, ...more: RfcRef[]): Standing => ({
  kind: 'rfc',
  rfcs: [first, ...more],
  text,
});
const nonStandard: Standing = { kind: 'non-standard' };

export const REPLY_CODES = {
  211: {
    standing: rfc5321('System status, or system help reply'),
    stages: ['other-commands'],
    actor: 'nobody',
    enhanced: [],
    related: [214, 250],
  },
  214: {
    standing: rfc5321('Help message'),
    stages: ['other-commands'],
    actor: 'nobody',
    enhanced: [],
    related: [211, 502],
  },
  220: {
    standing: rfc5321('<domain> Service ready', { rfc: 3207, section: '4' }),
    stages: ['greeting', 'starttls'],
    actor: 'nobody',
    enhanced: ['2.0.0'],
    related: [221, 421, 554],
  },
  221: {
    standing: rfc5321('<domain> Service closing transmission channel'),
    stages: ['quit'],
    actor: 'nobody',
    enhanced: ['2.0.0'],
    related: [220, 421],
  },
  235: {
    standing: ext('Authentication Succeeded', { rfc: 4954, section: '6' }),
    stages: ['auth'],
    actor: 'nobody',
    enhanced: ['2.7.0'],
    related: [334, 535, 530],
  },
  250: {
    standing: rfc5321('Requested mail action okay, completed'),
    stages: ['ehlo', 'mail', 'rcpt', 'end-of-data', 'other-commands'],
    actor: 'nobody',
    enhanced: ['2.0.0', '2.1.0', '2.1.5', '2.6.0'],
    related: [251, 252, 354, 550],
  },
  251: {
    standing: rfc5321('User not local; will forward to <forward-path>', { rfc: 5321, section: '3.4' }),
    stages: ['rcpt', 'other-commands'],
    actor: 'nobody',
    enhanced: ['2.1.5'],
    related: [250, 551],
  },
  252: {
    standing: rfc5321('Cannot VRFY user, but will accept message and attempt delivery', {
      rfc: 5321,
      section: '3.5.3',
    }),
    stages: ['other-commands'],
    actor: 'nobody',
    enhanced: ['2.1.5', '2.0.0'],
    related: [250, 502, 550],
  },
  253: {
    standing: ext('OK, <n> pending messages for node <x> started', { rfc: 1985 }),
    stages: ['other-commands'],
    actor: 'nobody',
    enhanced: [],
    related: [250, 252, 458, 459],
  },
  334: {
    standing: ext('<base64 server challenge>', { rfc: 4954, section: '4' }),
    stages: ['auth'],
    actor: 'nobody',
    enhanced: [],
    related: [235, 535, 454],
  },
  354: {
    standing: rfc5321('Start mail input; end with <CRLF>.<CRLF>'),
    stages: ['data'],
    actor: 'nobody',
    enhanced: [],
    related: [250, 554, 503],
  },
  421: {
    standing: rfc5321('<domain> Service not available, closing transmission channel'),
    stages: ['any'],
    actor: 'sender-admin',
    enhanced: ['4.3.0', '4.4.2', '4.7.0'],
    related: [450, 451, 554],
  },
  432: {
    standing: ext('A password transition is needed', { rfc: 4954, section: '6' }),
    stages: ['auth'],
    actor: 'sender',
    // Microsoft 365 also sends 432 4.3.2 when a recipient's mailbox is throttled (reference C2).
    enhanced: ['4.7.12', '4.3.2'],
    related: [535, 454, 534],
  },
  450: {
    standing: rfc5321(
      'Requested mail action not taken: mailbox unavailable (e.g., mailbox busy or temporarily blocked for policy reasons)',
    ),
    stages: ['rcpt', 'end-of-data'],
    actor: 'sender-admin',
    enhanced: ['4.2.0', '4.2.1', '4.7.1', '4.7.0'],
    related: [550, 451, 421],
  },
  451: {
    standing: rfc5321('Requested action aborted: local error in processing'),
    stages: ['mail', 'rcpt', 'end-of-data'],
    actor: 'recipient-admin',
    enhanced: ['4.3.0', '4.4.1', '4.4.3', '4.7.1'],
    related: [450, 452, 421, 554],
  },
  452: {
    standing: rfc5321('Requested action not taken: insufficient system storage', { rfc: 1870 }),
    stages: ['mail', 'rcpt', 'end-of-data'],
    actor: 'recipient-admin',
    enhanced: ['4.3.1', '4.5.3', '4.2.2'],
    related: [552, 451, 421],
  },
  453: {
    standing: ext('You have no mail', { rfc: 2645 }),
    stages: ['other-commands'],
    actor: 'nobody',
    enhanced: ['4.3.2'],
    related: [250, 458],
  },
  454: {
    standing: ext(
      'Temporary authentication failure',
      { rfc: 4954, section: '6' },
      { rfc: 3207, section: '4' },
    ),
    stages: ['starttls', 'auth'],
    actor: 'recipient-admin',
    enhanced: ['4.7.0'],
    related: [530, 535, 421],
  },
  455: {
    standing: rfc5321('Server unable to accommodate parameters'),
    stages: ['mail', 'rcpt'],
    actor: 'recipient-admin',
    enhanced: [],
    related: [555, 452],
  },
  458: {
    standing: ext('Unable to queue messages for node <x>', { rfc: 1985 }),
    stages: ['other-commands'],
    actor: 'recipient-admin',
    enhanced: [],
    related: [459, 253],
  },
  459: {
    standing: ext('Node <x> not allowed: <reason>', { rfc: 1985 }),
    stages: ['other-commands'],
    actor: 'sender-admin',
    enhanced: [],
    related: [458, 253],
  },
  500: {
    standing: rfc5321('Syntax error, command unrecognized'),
    stages: ['any'],
    actor: 'sender-admin',
    enhanced: ['5.5.1', '5.5.2', '5.5.6'],
    related: [501, 502, 503],
  },
  501: {
    standing: rfc5321('Syntax error in parameters or arguments'),
    stages: ['any'],
    actor: 'sender-admin',
    enhanced: ['5.5.2', '5.5.4', '5.1.3', '5.1.7'],
    related: [500, 553, 555],
  },
  502: {
    standing: rfc5321('Command not implemented'),
    stages: ['any'],
    actor: 'sender-admin',
    enhanced: ['5.5.1', '5.5.2'],
    related: [500, 504, 252],
  },
  503: {
    standing: rfc5321('Bad sequence of commands'),
    stages: ['mail', 'rcpt', 'data', 'auth'],
    actor: 'sender-admin',
    enhanced: ['5.5.1', '5.5.0'],
    related: [500, 530, 554],
  },
  504: {
    standing: rfc5321('Command parameter not implemented'),
    stages: ['ehlo', 'auth', 'other-commands'],
    actor: 'sender-admin',
    enhanced: ['5.5.4', '5.7.4'],
    related: [502, 555, 534],
  },
  521: {
    standing: ext('Host does not accept mail', { rfc: 7504 }),
    stages: ['greeting', 'any'],
    actor: 'sender',
    enhanced: ['5.3.2'],
    related: [556, 554, 421],
  },
  530: {
    standing: ext('Authentication required', { rfc: 4954, section: '6' }, { rfc: 3207, section: '4' }),
    stages: ['mail', 'rcpt', 'data', 'other-commands'],
    actor: 'sender-admin',
    enhanced: ['5.7.0'],
    related: [535, 538, 454],
  },
  534: {
    standing: ext('Authentication mechanism is too weak', { rfc: 4954, section: '6' }),
    stages: ['auth'],
    actor: 'sender-admin',
    enhanced: ['5.7.9'],
    related: [538, 535, 504],
  },
  535: {
    standing: ext('Authentication credentials invalid', { rfc: 4954, section: '6' }),
    stages: ['auth'],
    actor: 'sender',
    enhanced: ['5.7.8'],
    related: [235, 534, 530, 454],
  },
  538: {
    standing: ext('Encryption required for requested authentication mechanism', { rfc: 4954, section: '6' }),
    stages: ['auth'],
    actor: 'sender-admin',
    enhanced: ['5.7.11'],
    related: [530, 534, 454],
  },
  550: {
    standing: rfc5321(
      'Requested action not taken: mailbox unavailable (e.g., mailbox not found, no access, or command rejected for policy reasons)',
    ),
    stages: ['ehlo', 'mail', 'rcpt', 'end-of-data', 'other-commands'],
    actor: 'sender',
    enhanced: ['5.1.1', '5.7.1', '5.2.1', '5.1.0', '5.7.26', '5.7.23'],
    related: [450, 551, 553, 554, 556],
  },
  551: {
    standing: rfc5321('User not local; please try <forward-path>', { rfc: 5321, section: '3.4' }),
    stages: ['rcpt', 'other-commands'],
    actor: 'sender',
    enhanced: ['5.1.6', '5.7.1'],
    related: [251, 550],
  },
  552: {
    standing: rfc5321('Requested mail action aborted: exceeded storage allocation', { rfc: 1870 }),
    stages: ['mail', 'rcpt', 'end-of-data'],
    actor: 'sender',
    enhanced: ['5.2.2', '5.2.3', '5.3.4'],
    related: [452, 554, 550],
  },
  553: {
    standing: rfc5321('Requested action not taken: mailbox name not allowed (e.g., mailbox syntax incorrect)'),
    stages: ['mail', 'rcpt', 'other-commands'],
    actor: 'sender',
    enhanced: ['5.1.3', '5.1.7', '5.1.8', '5.6.7'],
    related: [501, 550, 555],
  },
  554: {
    standing: rfc5321('Transaction failed', { rfc: 5321, section: '3.1' }),
    // RFC 5321 §4.3.2 lists 554 for the greeting and DATA; Postfix also sends it after RCPT TO
    // (e.g. "554 5.7.1 Relay access denied").
    stages: ['greeting', 'rcpt', 'data', 'end-of-data'],
    actor: 'sender-admin',
    enhanced: ['5.7.1', '5.3.0', '5.3.4', '5.6.3'],
    related: [550, 552, 421, 521],
  },
  555: {
    standing: rfc5321('MAIL FROM/RCPT TO parameters not recognized or not implemented'),
    stages: ['mail', 'rcpt'],
    actor: 'sender-admin',
    enhanced: ['5.5.4', '5.5.2'],
    related: [455, 501, 504],
  },
  556: {
    standing: ext('Domain does not accept mail', { rfc: 7504 }, { rfc: 7505 }),
    stages: ['rcpt'],
    actor: 'sender',
    enhanced: ['5.1.10'],
    related: [521, 550, 553],
  },

  // Codes named only in the IANA registry's "associated basic status code" column.
  422: {
    standing: { kind: 'iana-only', registryEntries: ['X.7.12'] },
    stages: [],
    actor: 'sender',
    enhanced: ['4.7.12'],
    related: [432, 454],
  },
  430: {
    standing: { kind: 'iana-only', registryEntries: ['X.5.1'] },
    stages: [],
    actor: 'sender-admin',
    enhanced: [],
    related: [500, 503],
  },
  523: {
    standing: { kind: 'iana-only', registryEntries: ['X.7.10'] },
    stages: [],
    actor: 'sender-admin',
    enhanced: ['5.7.10'],
    related: [530, 538],
  },
  524: {
    standing: { kind: 'iana-only', registryEntries: ['X.7.11'] },
    stages: [],
    actor: 'sender-admin',
    enhanced: ['5.7.11'],
    related: [538, 534],
  },
  525: {
    standing: { kind: 'iana-only', registryEntries: ['X.7.13'] },
    stages: [],
    actor: 'sender',
    enhanced: ['5.7.13'],
    related: [535, 550],
  },
  533: {
    standing: { kind: 'iana-only', registryEntries: ['X.7.1'] },
    stages: [],
    actor: 'sender',
    enhanced: ['5.7.1'],
    related: [550, 554],
  },

  // Codes proposed only in Internet-Drafts.
  456: {
    standing: {
      kind: 'draft',
      draft: 'draft-martin-smtp-ipv6-to-ipv4-fallback',
      text: 'please retry immediately the message over IPv4 because it fails SPF and DKIM',
    },
    stages: [],
    actor: 'sender-admin',
    enhanced: [],
    related: [550, 451],
  },
  520: {
    standing: { kind: 'draft', draft: 'draft-fanf-smtp-quickstart', text: 'Please use the correct QHLO ID' },
    stages: [],
    actor: 'sender-admin',
    enhanced: [],
    related: [500, 503],
  },
  557: {
    standing: { kind: 'draft', draft: 'draft-moore-email-addrquery' },
    stages: [],
    actor: 'sender',
    enhanced: [],
    related: [550, 252],
  },

  // Codes that circulate on "SMTP error code" lists but are defined by no standard.
  420: { standing: nonStandard, stages: [], actor: 'sender-admin', enhanced: [], related: [421, 451] },
  431: { standing: nonStandard, stages: [], actor: 'recipient-admin', enhanced: [], related: [452, 552] },
  441: { standing: nonStandard, stages: [], actor: 'sender-admin', enhanced: [], related: [421, 451] },
  442: { standing: nonStandard, stages: [], actor: 'sender-admin', enhanced: [], related: [421, 451] },
  446: { standing: nonStandard, stages: [], actor: 'recipient-admin', enhanced: [], related: [554, 451] },
  447: { standing: nonStandard, stages: [], actor: 'sender-admin', enhanced: [], related: [421, 451] },
  449: { standing: nonStandard, stages: [], actor: 'sender-admin', enhanced: [], related: [451, 421] },
  471: { standing: nonStandard, stages: [], actor: 'sender-admin', enhanced: [], related: [451, 554] },
  510: { standing: nonStandard, stages: [], actor: 'sender', enhanced: [], related: [550, 553, 511] },
  511: { standing: nonStandard, stages: [], actor: 'sender', enhanced: [], related: [550, 510, 553] },
  512: { standing: nonStandard, stages: [], actor: 'sender', enhanced: [], related: [556, 550, 510] },
  513: { standing: nonStandard, stages: [], actor: 'sender', enhanced: [], related: [553, 501, 510] },
  517: { standing: nonStandard, stages: [], actor: 'sender', enhanced: [], related: [553, 501] },
  541: { standing: nonStandard, stages: [], actor: 'sender-admin', enhanced: [], related: [550, 554, 571] },
  571: { standing: nonStandard, stages: [], actor: 'sender-admin', enhanced: [], related: [550, 554, 541] },
} as const satisfies Record<ReplyCodeNumber, ReplyCodeFacts>;
