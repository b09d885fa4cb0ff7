/** Reply codes and enhanced status codes inside free text, and the SMTP command a reply answered. */
import type { SmtpCommand } from './types';

// A reply code at a word boundary, optionally followed by an enhanced code of the same class:
// "550 5.1.1", "550-5.1.1", "550 #5.1.1", "550 5.1.1" inside "said: 550 5.1.1 <x>: …".
const REPLY = /(?<![\d.])([245]\d\d)(?:[ -]#?([245]\.\d{1,3}\.\d{1,3}))?(?![\d.])/g;
const ENHANCED = /(?<![\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d.])/;

const BEFORE_REPLY = ['', ' ', '\t', '\n', '\r', ':', "'", '"', '(', ';', '>', '#', '['];
const AFTER_REPLY = [' ', '\t', '\n', '\r', '-', "'", '"', ')', ']'];

const HAS_DIGIT = /[245]/;

export type FoundCodes = { replyCode: number | null; enhancedCode: string | null };

/** The first reply code (and the enhanced code after it) in a diagnostic; the first enhanced code otherwise. */
export function codesIn(text: string): FoundCodes {
  if (!HAS_DIGIT.test(text)) return { replyCode: null, enhancedCode: null };
  // exec with lastIndex rather than matchAll, which copies the pattern on every call (once per line).
  REPLY.lastIndex = 0;
  for (let match = REPLY.exec(text); match !== null; match = REPLY.exec(text)) {
    const reply = Number(match[1]);
    const enhanced = match[2] ?? null;
    // A lone number such as a port or a count is not a reply: require it at a line start, after
    // "said:"/"returned"/"error"/quotes, or followed by an enhanced code or a word.
    const before = match.index === 0 ? '' : text[match.index - 1]!;
    const after = text[match.index + match[0].length] ?? ' ';
    const plausible = enhanced !== null || (BEFORE_REPLY.includes(before) && AFTER_REPLY.includes(after));
    if (!plausible) continue;
    // The enhanced code follows the reply, or a gateway's own precedes it ("5.1.0 - Unknown address error 550-'…'").
    return { replyCode: reply, enhancedCode: enhanced ?? firstEnhanced(text.slice(match.index), reply) ?? firstEnhanced(text.slice(0, match.index), reply) };
  }
  return { replyCode: null, enhancedCode: firstEnhanced(text, null) ?? markedEnhanced(text) };
}

/** Exchange 2003 ends a recipient's explanation with "<mx.example.org #5.1.1>": the "#" marks the code wherever it stands. */
function markedEnhanced(text: string): string | null {
  const at = text.indexOf('#');
  return at < 0 ? null : (HASH_ENHANCED.exec(text.slice(at))?.[1] ?? null);
}

const HASH_ENHANCED = /#([245]\.\d{1,3}\.\d{1,3})(?![\d.])/;

function firstEnhanced(text: string, reply: number | null): string | null {
  const match = ENHANCED.exec(text.slice(0, 200));
  if (!match) return null;
  return reply === null || match[1]!.startsWith(String(reply)[0]!) ? match[1]! : null;
}

const COMMAND_PATTERNS: ReadonlyArray<readonly [RegExp, SmtpCommand]> = [
  [/\b(?:in reply to|after)\s+(?:the\s+)?RCPT(?:\s+TO)?\b/i, 'RCPT TO'],
  [/\b(?:in reply to|after)\s+(?:the\s+)?MAIL(?:\s+FROM)?\b/i, 'MAIL FROM'],
  [/\b(?:in reply to|after)\s+end of data\b/i, 'END OF DATA'],
  [/\b(?:in reply to|after)\s+(?:the\s+)?end of (?:the\s+)?(?:data|message)\b/i, 'END OF DATA'],
  [/\b(?:in reply to|after)\s+(?:the\s+)?DATA\b/i, 'DATA'],
  [/\b(?:in reply to|after)\s+(?:the\s+)?(?:EHLO|HELO)\b/i, 'EHLO'],
  [/\b(?:in reply to|after)\s+(?:the\s+)?STARTTLS\b/i, 'STARTTLS'],
  [/\b(?:in reply to|after)\s+(?:the\s+)?AUTH\b/i, 'AUTH'],
  [/\b(?:while receiving the initial server greeting|after initial connection|connection refused)\b/i, 'CONNECT'],
];

export function commandIn(text: string): SmtpCommand | null {
  for (const [pattern, command] of COMMAND_PATTERNS) if (pattern.test(text)) return command;
  return null;
}

