/**
 * decodeBounce: any pasted text — a raw bounce email (MIME, multipart/report with message/delivery-status,
 * any charset), a bounce body, mail-log lines, an SMTP transcript or a reply line — to one explanation per
 * recipient. Pure: no network, no storage; runs the same in the browser and in Node.
 */
import PostalMime from 'postal-mime';
import { bytesToText } from './charset';
import { classify } from './classify';
import { decodeText } from './formats';
import { parseDeliveryStatus } from './formats/dsn';
import { addressesOn } from './formats/addresses';
import { withoutReturnedMessage } from './returned-message';
import type { DecodedRecipient, DecodeResult, RawRecipient } from './types';

export type { DecodeResult, DecodedRecipient, InputKind } from './types';

/** Inputs above this size are refused by the callers (the API answers 413). */
export const MAX_INPUT_BYTES = 1024 * 1024;

const LATIN1 = new TextDecoder('latin1');
const UTF8 = new TextEncoder();

const HEADER = /^[A-Za-z][A-Za-z0-9-]{0,60}:[ \t]/;

/** A raw email starts with header lines and names at least one of the usual headers. */
function looksLikeEmail(start: string): boolean {
  const end = start.search(/\r?\n\r?\n/);
  const lines = (end >= 0 ? start.slice(0, end) : start).split(/\r?\n|\r/);
  if (!HEADER.test(lines[0] ?? '') && !/^From \S/.test(lines[0] ?? '')) return false;
  return lines.some((l) => /^(?:content-type|mime-version|received|return-path|message-id):/i.test(l));
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

const AUTO_REPLY_SUBJECT = /^(?:auto(?:matic)?[ -]?(?:reply|response|antwort)|out of (?:the )?office|abwesen|réponse automatique|absence|自動応答|vacation)/i;
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
  // Whether it is an email shows in its first lines: the whole text is decoded only when it is not
  // one (an email's parts declare their own charsets).
  const head = (typeof input === 'string' ? input.slice(0, 8192) : LATIN1.decode(input.subarray(0, 8192))).replace(/^(?:\ufeff|\u00ef\u00bb\u00bf)/, '');
  if (!looksLikeEmail(head)) {
    const asText = typeof input === 'string' ? input : bytesToText(input);
    const { kind, reporter, recipients, notice } = decodeText(asText);
    const layout = kind === 'bounce-text' || kind === 'unknown';
    return { kind, reporter, recipients: recipients.map((r) => classify(r, notice, layout)) };
  }

  const bytes = typeof input === 'string' ? UTF8.encode(input) : input;
  const email = await PostalMime.parse(withoutReturnedMessage(bytes), { attachmentEncoding: 'utf8', maxNestingDepth: 50 } as never);
  const status = email.attachments.find((a) => /^message\/(?:global-)?delivery-status$/i.test(a.mimeType));
  const sender = email.to?.[0]?.address ?? null;
  const body = email.text ?? stripTags(email.html ?? '');
  const context = `${email.subject ?? ''}\n${body}`;

  const feedback = email.attachments.find((a) => /^message\/feedback-report$/i.test(a.mimeType));
  if (feedback && typeof feedback.content === 'string') return feedbackReport(feedback.content, email.attachments);

  if (status && typeof status.content === 'string') {
    const dsn = parseDeliveryStatus(status.content);
    const fromText = decodeText(context, sender);
    const fromBody = fromText.recipients;
    const recipients = dsn.recipients.map((r): RawRecipient => {
      // The human-readable part often says which command failed, or carries the reply the DSN lacks.
      const twin = fromBody.find((b) => b.address?.toLowerCase() === r.address?.toLowerCase());
      return {
        ...r,
        replyCode: r.replyCode ?? twin?.replyCode ?? null,
        enhancedCode: r.enhancedCode ?? twin?.enhancedCode ?? null,
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
  const isAutoReply =
    AUTO_REPLY_SUBJECT.test(subject) ||
    email.headers.some((h) => h.key === 'x-autoreply' || h.key === 'x-autorespond') ||
    (/^auto-replied/i.test(autoSubmitted) && !BOUNCE_SUBJECT.test(subject) && fromText.recipients.length === 0);
  if (isAutoReply) {
    return { kind: 'mime', reporter: null, recipients: [notAFailure(email.from?.address ?? null, 'auto-reply')] };
  }
  return {
    kind: 'mime',
    reporter: fromText.reporter,
    recipients: fromText.recipients.map((r) => classify(r, fromText.notice)),
  };
}
