/**
 * decodeBounce: any pasted text — a raw bounce email (MIME, multipart/report with message/delivery-status,
 * any charset), a bounce body, mail-log lines, an SMTP transcript or a reply line — to one explanation per
 * recipient. Pure: no network, no storage; runs the same in the browser and in Node.
 */
import PostalMime from 'postal-mime';
import { classify } from './classify';
import { decodeText } from './formats';
import { parseDeliveryStatus } from './formats/dsn';
import type { DecodeResult, RawRecipient } from './types';

export type { DecodeResult, DecodedRecipient, InputKind } from './types';

/** Inputs above this size are refused by the callers (the API answers 413). */
export const MAX_INPUT_BYTES = 1024 * 1024;

const HEADER = /^[A-Za-z][A-Za-z0-9-]{0,60}:[ \t]/;

/** A raw email starts with header lines and names at least one of the usual headers. */
function looksLikeEmail(text: string): boolean {
  const head = text.slice(0, 8192).replace(/\r\n?/g, '\n');
  const end = head.indexOf('\n\n');
  const lines = (end >= 0 ? head.slice(0, end) : head).split('\n');
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

const AUTO_REPLY_SUBJECT = /^(?:auto(?:matic)?[ -]?(?:reply|response|antwort)|out of (?:the )?office|abwesen|réponse automatique|absence|自動応答|vacation)/i;
const BOUNCE_SUBJECT = /(?:undeliver|failure|failed|delivery status|returned|delay|non remis|unzustellbar|недостав)/i;

export async function decodeBounce(input: string | Uint8Array): Promise<DecodeResult> {
  const asText = typeof input === 'string' ? input : new TextDecoder().decode(input);
  if (!looksLikeEmail(asText)) {
    const { kind, reporter, recipients } = decodeText(asText);
    const layout = kind === 'bounce-text' || kind === 'unknown';
    return { kind, reporter, recipients: recipients.map((r) => classify(r, asText, layout)) };
  }

  const email = await PostalMime.parse(input, { attachmentEncoding: 'utf8', maxNestingDepth: 50 } as never);
  const status = email.attachments.find((a) => /^message\/(?:global-)?delivery-status$/i.test(a.mimeType));
  const sender = email.to?.[0]?.address ?? null;
  const body = email.text ?? stripTags(email.html ?? '');
  const context = `${email.subject ?? ''}\n${body}`;

  if (status && typeof status.content === 'string') {
    const dsn = parseDeliveryStatus(status.content);
    const fromBody = decodeText(body, sender).recipients;
    const recipients = dsn.recipients.map((r): RawRecipient => {
      // The human-readable part often says which command failed, or carries the reply the DSN lacks.
      const twin = fromBody.find((b) => b.address?.toLowerCase() === r.address?.toLowerCase());
      const extra = twin?.diagnostic && !r.diagnostic?.includes(twin.diagnostic) ? twin.diagnostic : null;
      return {
        ...r,
        replyCode: r.replyCode ?? twin?.replyCode ?? null,
        diagnostic: [r.diagnostic, extra].filter(Boolean).join(' | ') || null,
        command: r.command ?? twin?.command ?? null,
        remoteMta: r.remoteMta ?? twin?.remoteMta ?? null,
      };
    });
    return { kind: 'dsn', reporter: dsn.reporter, recipients: recipients.map((r) => classify(r, context)) };
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
    const address = email.from?.address ?? null;
    return {
      kind: 'mime',
      reporter: null,
      recipients: [
        {
          address,
          action: null,
          replyCode: null,
          enhancedCode: null,
          remoteMta: null,
          diagnostic: null,
          command: null,
          provider: null,
          providerEntry: null,
          reason: 'auto-reply',
          hardBounce: null,
          retry: 'not-needed',
        },
      ],
    };
  }
  return {
    kind: 'mime',
    reporter: fromText.reporter,
    recipients: fromText.recipients.map((r) => classify(r, context)),
  };
}
