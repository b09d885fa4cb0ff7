/**
 * Bounces as text, whatever their format: the first format that finds recipients wins, in this order.
 * Every pattern in these modules is anchored or bounded, so it runs in linear time on any input.
 */
import type { InputKind, RawRecipient } from '../types';
import { decodeBounceBody } from './bounce-body';
import { decodeDsnFields } from './dsn';
import { decodeEspJson } from './esp-json';
import { decodeMailLog } from './mail-log';
import { decodeReplyLines } from './reply-line';
import { decodeTranscript } from './smtp-transcript';

export type TextResult = { kind: InputKind; reporter: string | null; recipients: RawRecipient[] };

/** Unified line ends, no zero-width characters, no quoting ("> ") of a forwarded bounce. */
function clean(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b\u200c\u200d\ufeff]/g, '')
    .split('\n')
    .map((line) => line.replace(/^(?:[ \t]?>)+[ \t]?/, ''))
    .join('\n');
}

function reporterIn(text: string): string | null {
  const patterns = [
    /mail system at host ([\w.-]+)/i,
    /qmail-send program at ([\w.-]+)/i,
    /Generating server: ([\w.-]+)/i,
    /Reporting-MTA: dns; ?([\w.-]+)/i,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match[1]!.replace(/\.$/, '');
  }
  return null;
}

/** `sender` is the bounce's own addressee: never one of its failed recipients. */
export function decodeText(input: string, sender: string | null = null): TextResult {
  const text = clean(input);
  const lines = text.split('\n');
  const reporter = reporterIn(text);

  const esp = decodeEspJson(input);
  if (esp && esp.length > 0) return { kind: 'bounce-text', reporter, recipients: esp };

  const logs = decodeMailLog(lines);
  if (logs.length > 0) return { kind: 'log-line', reporter, recipients: logs };

  const dialogue = decodeTranscript(lines, text);
  if (dialogue && dialogue.length > 0) return { kind: 'transcript', reporter, recipients: dialogue };

  const replies = decodeReplyLines(lines);
  if (replies) return { kind: 'reply-line', reporter, recipients: replies };

  const fields = decodeDsnFields(text);
  if (fields) return { kind: 'bounce-text', reporter: fields.reporter ?? reporter, recipients: fields.recipients };

  const recipients = decodeBounceBody(text, lines, sender);
  return { kind: recipients.length > 0 ? 'bounce-text' : 'unknown', reporter, recipients };
}
