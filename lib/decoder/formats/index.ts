/**
 * Bounces as text, whatever their format: the first format that finds recipients wins, in this order.
 * Every pattern in these modules is anchored or bounded, so it runs in linear time on any input.
 */
import { withoutReturnedText } from '../returned-message';
import type { InputKind, RawRecipient } from '../types';
import { decodeBounceBody } from './bounce-body';
import { decodeDsnFields } from './dsn';
import { decodeEspJson } from './esp-json';
import { decodeMailLog } from './mail-log';
import { decodeReplyLines } from './reply-line';
import { decodeTranscript } from './smtp-transcript';

/** `notice`: the text as read (line ends unified, quoting removed, the returned copy cut off). */
export type TextResult = { kind: InputKind; reporter: string | null; recipients: RawRecipient[]; notice: string };

const isLineBreak = (code: number) => code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;

/**
 * Whether a line starts with ">" (after at most one space or tab): /^[ \t]?>/m, found from each ">"
 * (a multiline ^ costs a step at every position of the text).
 */
function hasQuotedLine(text: string): boolean {
  for (let at = text.indexOf('>'); at >= 0; at = text.indexOf('>', at + 1)) {
    if (at === 0 || isLineBreak(text.charCodeAt(at - 1))) return true;
    const before = text.charCodeAt(at - 1);
    if ((before === 0x20 || before === 0x09) && (at === 1 || isLineBreak(text.charCodeAt(at - 2)))) return true;
  }
  return false;
}

/** Unified line ends, no zero-width characters, no quoting ("> ") of a forwarded bounce. */
function clean(text: string): string {
  const unified = text.replace(/\r\n?/g, '\n').replace(/[\u200b\u200c\u200d\ufeff]/g, '');
  if (!hasQuotedLine(unified)) return unified;
  return unified
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
  // The returned copy of the original message names people and servers the failure is not about.
  const text = withoutReturnedText(clean(input));
  const lines = text.split('\n');
  const reporter = reporterIn(text);

  const esp = decodeEspJson(input);
  if (esp && esp.length > 0) return { kind: 'bounce-text', reporter, recipients: esp, notice: text };

  const logs = decodeMailLog(lines);
  if (logs.length > 0) return { kind: 'log-line', reporter, recipients: logs, notice: text };

  const dialogue = decodeTranscript(lines, text);
  if (dialogue && dialogue.length > 0) return { kind: 'transcript', reporter, recipients: dialogue, notice: text };

  const replies = decodeReplyLines(lines);
  if (replies) return { kind: 'reply-line', reporter, recipients: replies, notice: text };

  const fields = decodeDsnFields(text);
  if (fields) return { kind: 'bounce-text', reporter: fields.reporter ?? reporter, recipients: fields.recipients, notice: text };

  const recipients = decodeBounceBody(text, lines, sender);
  return { kind: recipients.length > 0 ? 'bounce-text' : 'unknown', reporter, recipients, notice: text };
}
