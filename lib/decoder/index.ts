/**
 * decodeBounce: any pasted text — a raw bounce email (MIME, multipart/report with message/delivery-status,
 * any charset), a bounce body, mail-log lines, an SMTP transcript or a reply line — to one explanation per
 * recipient. Pure: no network, no storage; runs the same in the browser and in Node.
 */
import PostalMime from 'postal-mime';
import { BOUNCE_KIND } from '@/data/reasons';
import { bytesToText } from './charset';
import { classify, withReporter } from './classify';
import { codesIn } from './codes';
import { decodeText } from './formats';
import { parseDeliveryStatus, preferredStatus } from './formats/dsn';
import { addressesOn, SYSTEM_ADDRESS } from './formats/addresses';
import { withDiagnostic } from './formats/diagnostic';
import { normalizeForPhrases, reasonInText } from './reason-phrases';
import { withoutReturnedMessage } from './returned-message';
import type { DecodedRecipient, DecodeResult, RawRecipient } from './types';

export type { DecodeResult, DecodedRecipient, InputKind } from './types';

/** Inputs above this size are refused by the callers (the API answers 413). */
export const MAX_INPUT_BYTES = 1024 * 1024;

const LATIN1 = new TextDecoder('latin1');
const UTF8 = new TextEncoder();

const HEADER = /^[A-Za-z][A-Za-z0-9-]{0,60}:[ \t]/;

/**
 * A raw email starts with header lines and names at least one of the usual headers, or both a From
 * and a Subject (old notices carry no MIME or trace headers).
 */
function looksLikeEmail(start: string): boolean {
  const end = start.search(/\r?\n\r?\n/);
  const lines = (end >= 0 ? start.slice(0, end) : start).split(/\r?\n|\r/);
  if (!HEADER.test(lines[0] ?? '') && !/^From \S/.test(lines[0] ?? '')) return false;
  if (lines.some((l) => /^(?:content-type|mime-version|received|return-path|message-id):/i.test(l))) return true;
  return lines.some((l) => /^from:/i.test(l)) && lines.some((l) => /^subject:/i.test(l));
}

/** Blank lines (spaces, tabs, line ends) that a copy-paste or a mail export put above the headers. */
function leadingBlankLength(head: string): number {
  const match = /^(?:[ \t]*\r?\n)+/.exec(head);
  return match ? match[0].length : 0;
}

/** HTML to text for bounces that only have an HTML part: drop tags, keep line breaks. */
function stripTags(html: string): string {
  let out = '';
  let inTag = false;
  for (const ch of html) {
    if (ch === '<') inTag = true;
    else if (ch === '>' && inTag) {
      inTag = false;
      out += ' ';
    } else if (!inTag) out += ch;
  }
  return out.replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Letters and digits only: two renderings of one reply compare equal however they were wrapped or quoted. */
const gist = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The DSN's Diagnostic-Code and the notice's own paragraph about the same recipient often say the same
 * thing, one of them cut or rewrapped: keep one when either contains the other, else both.
 */
export function mergedDiagnostic(dsn: string | null, body: string | null): string | null {
  if (!dsn || !body) return dsn ?? body;
  const [a, b] = [gist(dsn), gist(body)];
  if (b.includes(a)) return body;
  if (a.includes(b)) return dsn;
  return `${dsn} | ${body}`;
}

/**
 * How automatic replies title themselves, in the languages mail clients and servers write them
 * (Outlook/Exchange, Lotus Notes' "AUTO:", Gmail, Yahoo, webmail vacation responders), anywhere in
 * the subject: they put it after a bracket, a provider's name or a localized "out of office".
 */
const AUTO_REPLY_SUBJECT =
  /(?:^auto:|\bauto(?:matic|mated)?[ -]?(?:reply|replied|response|responder|antwort)\b|\bout[ -]of[ -](?:the[ -])?office\b|\babwesen|\bautomatische antwort|réponse automatique|\babsence\b|respuesta automática|risposta automatica|resposta automática|automatisch antwoord|automatyczna odpowied|automatick[áé] odpov|\bautosvar\b|automaattinen vastaus|autom[aā]tiska atbilde|автоматический ответ|автоответ|自動応答|自動返信|自动回复|自動回覆|자동 ?응답|\bvacation\b)/i;
/**
 * What an automatic reply says when neither its headers nor its subject do: the first lines of a
 * message that is not a bounce (no failed recipient found, not from a mail system).
 */
const AUTO_REPLY_BODY =
  /\b(?:(?:i am|i'm|i will be|i'll be|i shall be) (?:currently |now )?(?:out of (?:the )?office|away from (?:the |my )?(?:office|desk)|on (?:vacation|holiday|leave|annual leave|sick leave|parental leave|maternity leave)|not in the office)|this is an? (?:automated|automatic|auto-generated) (?:reply|response|message|notification)|(?:will|shall) (?:endeavou?r to |try to )?(?:reply|respond|get back to you)(?: to you)? (?:as soon as|on my return|upon my return|when i return))/i;
const BOUNCE_SUBJECT = /(?:undeliver|failure|failed|delivery status|returned|delay|non remis|unzustellbar|недостав)/i;

type Attachment = Awaited<ReturnType<typeof PostalMime.parse>>['attachments'][number];

/** "To: Name <a@b>" in a block of header lines (folded lines joined). */
function headerAddress(headers: string, name: string): string | null {
  const unfolded = headers.replace(/\r?\n[ \t]+/g, ' ');
  const line = unfolded.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name}:`));
  return line ? (addressesOn(line)[0] ?? null) : null;
}

/**
 * An ARF report (RFC 5965): a recipient's complaint about a delivered message. The complaining
 * recipient is Original-Rcpt-To, else the To of the returned message (often redacted).
 */
function feedbackReport(report: string, attachments: readonly Attachment[]): DecodeResult {
  const fields = report.replace(/\r?\n[ \t]+/g, ' ');
  const field = (name: string) => new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(fields)?.[1]?.trim() ?? null;
  const original = attachments.find((a) => /^(?:message\/rfc822|text\/rfc822-headers|message\/rfc822-headers)$/i.test(a.mimeType));
  const originalText = typeof original?.content === 'string' ? original.content : '';
  const headerEnd = originalText.search(/\r?\n\r?\n/);
  const address =
    addressesOn(field('original-rcpt-to') ?? '')[0] ?? headerAddress(headerEnd >= 0 ? originalText.slice(0, headerEnd) : originalText, 'to');
  return {
    kind: 'feedback',
    reporter: field('reporting-mta')?.replace(/^dns;\s*/i, '') ?? null,
    recipients: [notAFailure(address, 'complaint', field('feedback-type'))],
  };
}

/**
 * A disposition notification (RFC 8098). "deleted" (or RFC 3798's "denied"/"failed") unread is what a
 * Sieve "reject" sends (RFC 5429): nothing failed in transport, so there is no delivery action, but the
 * recipient's own rule refused the message, and its words, which the notice quotes, say why. A read
 * receipt ("displayed" …) says the message arrived.
 */
function rejectionNotice(report: string, context: string, sender: string | null): DecodeResult | null {
  const fields = report.replace(/\r?\n[ \t]+/g, ' ');
  const field = (name: string) => new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(fields)?.[1]?.trim() ?? null;
  const type = /;[ \t]*([a-z-]+)/i.exec(field('disposition') ?? '')?.[1]?.toLowerCase();
  const address = addressesOn(field('final-recipient') ?? '')[0] ?? null;
  const reporter = field('reporting-ua')?.split(';')[0]?.trim() ?? null;
  // A read receipt: the message reached its recipient.
  if (type === 'displayed' || type === 'dispatched' || type === 'processed') {
    const raw: RawRecipient = { address, action: 'delivered', replyCode: null, enhancedCode: null, remoteMta: null, diagnostic: null, command: null };
    return { kind: 'mime', reporter, recipients: [classify(raw, '')] };
  }
  if (type !== 'deleted' && type !== 'denied' && type !== 'failed') return null;
  const fromText = decodeText(context, sender);
  // The paragraph (below the subject line) that names the recipient: "Your message to <bob@…> was automatically rejected:" and the rule's own words.
  const paragraphs = fromText.notice.slice(fromText.notice.indexOf('\n') + 1).split(/\n[ \t]*\n/);
  const own = (address && paragraphs.find((p) => p.toLowerCase().includes(address.toLowerCase()))) || null;
  const diagnostic = own?.replace(/\s+/g, ' ').trim() || null;
  const raw: RawRecipient = { address, action: null, replyCode: null, enhancedCode: null, remoteMta: null, diagnostic, command: null };
  const decoded = classify(raw, fromText.notice);
  const failed = decoded.reason !== 'unknown';
  return {
    kind: 'mime',
    reporter,
    recipients: [{ ...decoded, hardBounce: failed ? BOUNCE_KIND[decoded.reason] === 'hard' : null, retry: failed ? 'after-fix' : decoded.retry }],
  };
}

/** The paragraph of a notice (below its subject line) that states a cause, else its first one. */
function failureStatement(notice: string): string {
  const paragraphs = notice
    .slice(notice.indexOf('\n') + 1)
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return paragraphs.find((p) => reasonInText(normalizeForPhrases(p)) !== null) ?? paragraphs[0] ?? '';
}

/** A recipient for whom nothing failed: a complaint or an automatic reply. */
function notAFailure(address: string | null, reason: 'complaint' | 'auto-reply', diagnostic: string | null = null): DecodedRecipient {
  return {
    address,
    action: null,
    replyCode: null,
    enhancedCode: null,
    remoteMta: null,
    diagnostic,
    command: null,
    provider: null,
    providerEntry: null,
    reason,
    hardBounce: null,
    retry: 'not-needed',
  };
}

export async function decodeBounce(input: string | Uint8Array): Promise<DecodeResult> {
  const result = await decodeParts(input);
  return { ...result, recipients: result.recipients.map((r) => withReporter(r, result.reporter)) };
}

async function decodeParts(input: string | Uint8Array): Promise<DecodeResult> {
  // Whether it is an email shows in its first lines: the whole text is decoded only when it is not
  // one (an email's parts declare their own charsets).
  const first = typeof input === 'string' ? input.slice(0, 8192) : LATIN1.decode(input.subarray(0, 8192));
  const start = first.replace(/^(?:\ufeff|\u00ef\u00bb\u00bf)/, '');
  const head = start.slice(leadingBlankLength(start));
  // What precedes the headers (a byte-order mark, blank lines) is one code unit per byte in either form.
  const blank = first.length - head.length;
  if (!looksLikeEmail(head)) {
    const asText = typeof input === 'string' ? input : bytesToText(input);
    const { kind, reporter, recipients, notice } = decodeText(asText);
    const layout = kind === 'bounce-text' || kind === 'unknown';
    return { kind, reporter, recipients: recipients.map((r) => classify(r, notice, layout)) };
  }

  const bytes = typeof input === 'string' ? UTF8.encode(input.slice(blank)) : input.subarray(blank);
  const email = await PostalMime.parse(withoutReturnedMessage(bytes), { attachmentEncoding: 'utf8', maxNestingDepth: 50 } as never);
  const status = email.attachments.find((a) => /^message\/(?:global-)?delivery-status$/i.test(a.mimeType));
  const sender = email.to?.[0]?.address ?? null;
  const body = email.text ?? stripTags(email.html ?? '');
  const context = `${email.subject ?? ''}\n${body}`;

  const feedback = email.attachments.find((a) => /^message\/feedback-report$/i.test(a.mimeType));
  if (feedback && typeof feedback.content === 'string') return feedbackReport(feedback.content, email.attachments);

  const disposition = email.attachments.find((a) => /^message\/(?:global-)?disposition-notification$/i.test(a.mimeType));
  if (disposition && typeof disposition.content === 'string') {
    const rejected = rejectionNotice(disposition.content, context, sender);
    if (rejected) return rejected;
  }

  if (status && typeof status.content === 'string') {
    const dsn = parseDeliveryStatus(status.content);
    const fromText = decodeText(context, sender);
    const fromBody = fromText.recipients;
    // A DSN whose fields were mangled on the way (a gateway re-encoding the part) names no recipient: the notice still does.
    if (dsn.recipients.length === 0) return { kind: 'dsn', reporter: dsn.reporter ?? fromText.reporter, recipients: fromBody.map((r) => classify(r, fromText.notice)) };
    const recipients = dsn.recipients.map((r): RawRecipient => {
      // The human-readable part often says which command failed, or carries the reply the DSN lacks.
      const twin = fromBody.find((b) => b.address?.toLowerCase() === r.address?.toLowerCase());
      return {
        ...r,
        replyCode: r.replyCode ?? twin?.replyCode ?? null,
        // Without a Diagnostic-Code, a Status that says nothing (X.0.0) gives way to the remote reply the
        // notice quotes (Exim's delay report, OpenSMTPD); the notice's own codes may be the reporter's.
        enhancedCode: r.enhancedCode === null || (r.enhancedCode.endsWith('.0.0') && !codesIn(r.diagnostic ?? '').enhancedCode) ? preferredStatus(r.enhancedCode, twin?.enhancedCode ?? null) : r.enhancedCode,
        diagnostic: mergedDiagnostic(r.diagnostic, twin?.diagnostic ?? null),
        command: r.command ?? twin?.command ?? null,
        remoteMta: r.remoteMta ?? twin?.remoteMta ?? null,
      };
    });
    return { kind: 'dsn', reporter: dsn.reporter, recipients: recipients.map((r) => classify(r, fromText.notice)) };
  }

  // Bounces are auto-submitted too; an auto-reply says so in its subject or in its own headers.
  const subject = email.subject ?? '';
  const autoSubmitted = email.headers.find((h) => h.key === 'auto-submitted')?.value ?? '';
  const fromText = decodeText(context, sender);
  const notABounce = !BOUNCE_SUBJECT.test(subject) && fromText.recipients.length === 0;
  const fromPerson = !SYSTEM_ADDRESS.test(email.from?.address ?? '');
  const isAutoReply =
    email.headers.some((h) => h.key === 'x-autoreply' || h.key === 'x-autorespond' || (h.key === 'precedence' && /^auto[_-]reply/i.test(h.value))) ||
    (AUTO_REPLY_SUBJECT.test(subject) && (notABounce || /^(?:auto(?:matic)?[ -]?(?:reply|response)|out of (?:the )?office)/i.test(subject))) ||
    (/^auto-replied/i.test(autoSubmitted) && notABounce) ||
    (notABounce && fromPerson && AUTO_REPLY_BODY.test(body.slice(0, 2000)));
  if (isAutoReply) {
    return { kind: 'mime', reporter: null, recipients: [notAFailure(email.from?.address ?? null, 'auto-reply')] };
  }
  // A notice whose text names no failed address (Google Groups writes only "the group you tried to
  // contact (name)"): its X-Failed-Recipients header does, and the notice's statement says why.
  const failed = fromText.recipients.length === 0 ? email.headers.filter((h) => h.key === 'x-failed-recipients').flatMap((h) => addressesOn(h.value)) : [];
  if (failed.length > 0) {
    const statement = failureStatement(fromText.notice);
    return {
      kind: 'mime',
      reporter: fromText.reporter,
      recipients: failed.map((address) => classify(withDiagnostic(address, statement, { action: 'failed' }), fromText.notice)),
    };
  }
  return {
    kind: 'mime',
    reporter: fromText.reporter,
    recipients: fromText.recipients.map((r) => classify(r, fromText.notice)),
  };
}
