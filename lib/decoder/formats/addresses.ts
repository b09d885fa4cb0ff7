/** Email addresses in free text, and the system senders that are never the recipient of a bounce. */

export const SYSTEM_ADDRESS = /^(?:mailer-daemon|postmaster|no-?reply|bounces?|mail-daemon|double-bounce)[+@]/i;

const LOCAL_CHARS = /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]/;
const DOMAIN_CHARS = /[A-Za-z0-9.-]/;

/**
 * Email addresses in a line, found by scanning outwards from each "@" rather than with one big pattern:
 * address patterns that handle real-world syntax backtrack polynomially on crafted input.
 */
export function addressesOn(line: string): string[] {
  const found: string[] = [];
  for (let at = line.indexOf('@'); at >= 0; at = line.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && LOCAL_CHARS.test(line[start - 1]!)) start--;
    let end = at + 1;
    while (end < line.length && end - at < 254 && DOMAIN_CHARS.test(line[end]!)) end++;
    // A quoted address ('bob@example.org', `bob@example.org`): the quote is not part of the local part.
    while ((line[start] === '.' || line[start] === "'" || line[start] === '`') && start < at) start++;
    while (end > at + 1 && (line[end - 1] === '.' || line[end - 1] === '-')) end--;
    // X.400 routing in Exchange NDRs writes "dda:SMTP=bob@example.org": the prefix is not the local part.
    if (/^smtp=/i.test(line.slice(start, at))) start += 5;
    const local = line.slice(start, at);
    const domain = line.slice(at + 1, end);
    if (local && domain.includes('.') && !domain.startsWith('.') && !domain.includes('..')) found.push(`${local}@${domain}`);
  }
  return found;
}

/** The text between the first "<" and the next ">", if any. */
export function bracketed(text: string): string | null {
  const open = text.indexOf('<');
  const close = open >= 0 ? text.indexOf('>', open + 1) : -1;
  return close > open ? text.slice(open + 1, close) : null;
}
