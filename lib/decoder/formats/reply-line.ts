/** Bare SMTP replies ("550 5.1.1 <bob@example.org>: no such user"), one recipient per final reply line. */
import type { RawRecipient } from '../types';
import { addressesOn, SYSTEM_ADDRESS } from './addresses';
import { withDiagnostic } from './diagnostic';

const isReply = (l: string) => /^[ \t]*[2-5]\d\d[ -]/.test(l);

/** The replies among `lines`, or null when most lines are not replies. */
export function decodeReplyLines(lines: readonly string[]): RawRecipient[] | null {
  // Most texts fail at their first line: looked at before every line is.
  const first = lines.find((l) => l.trim() !== '');
  if (first === undefined || !isReply(first)) return null;
  const content = lines.filter((l) => l.trim() !== '');
  if (content.length === 0 || !isReply(content[0]!) || content.filter(isReply).length < content.length * 0.6) return null;
  // Each final line ("550 …", not "550-…") ends one reply.
  const replies: string[][] = [[]];
  for (const line of content) {
    replies[replies.length - 1]!.push(line);
    if (/^[ \t]*[2-5]\d\d /.test(line)) replies.push([]);
  }
  return replies
    .filter((r) => r.length > 0)
    .map((r) => {
      const reply = r.join('\n');
      return withDiagnostic(addressesOn(reply).find((a) => !SYSTEM_ADDRESS.test(a)) ?? null, reply);
    });
}
