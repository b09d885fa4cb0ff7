/**
 * The human-readable part of a bounce (Postfix, Exim, qmail, Sendmail, Exchange, Gmail …): each recipient
 * with the diagnostic that follows it.
 */
import { providerPhraseTest } from '../classify';
import { codesIn } from '../codes';
import { normalizeForPhrases, reasonInText } from '../reason-phrases';
import { RETURNED_COPY } from '../returned-message';
import type { RawRecipient } from '../types';
import { addressesOn, SYSTEM_ADDRESS } from './addresses';
import { GAVE_UP, withDiagnostic } from './diagnostic';

/**
 * Lines that carry a failure: a 4xx/5xx reply, or wording a provider or MTA uses for one. The wording
 * is looked for in the whole text once; a line is checked only when the text holds some.
 */
function diagnosticLineTest(text: string): (line: string) => boolean {
  const hasProviderPhrase = providerPhraseTest(text);
  const failureWords = FAILURE_WORDS.test(text);
  return (line) => {
    const { replyCode, enhancedCode } = codesIn(line);
    if (replyCode !== null) return replyCode >= 400;
    if (enhancedCode !== null && /(status|#|error|code|returned|said|smtp|reason)/i.test(line)) return true;
    return hasProviderPhrase(line) || (failureWords && FAILURE_WORDS.test(line));
  };
}

const FAILURE_WORDS = /\b(?:unrouteable address|mailbox is full|retry timeout exceeded|couldn't find any host|could not find any host|all relevant MX records point to non-existent hosts|all host address lookups failed|does not like recipient|Connection timed out|Connection refused|Host or domain name not found)\b/i;

/** The words before a failed address on its line, or on the line above an address that starts its own line. */
const HEADLINE =
  /(?:intended recipient(?:\(s\)|s)?|invalid final delivery userid|delivery failed(?: [0-9]{1,4} attempts)?|undeliverable address|failed recipient|unknown user|not yet been delivered is|did not reach the following recipient\(s\)|unable to deliver your message to|following recipients?(?: has been delayed| failed permanently| failed)?|your message to)[ \t]*(?::[ \t]*)?<?$/i;

/**
 * A sentence above an address that stands alone and says why it failed, the headline inside it
 * (Exchange 2003's "Unable to deliver message to the following recipients, because the message was
 * forwarded more than the maximum allowed times."): the sentence is the diagnostic.
 */
const EXPLAINED_ABOVE = /\b(?:unable to deliver (?:the |your |this )?message to the following|could not be delivered to the following|delivery (?:to the following recipients? )?has failed)\b/i;

/** A diagnostic that announces its reason below it ("… for the following reason:"), across a blank line. */
const REASON_BELOW = /\b(?:(?:following|the) reasons?|because|error|problem)[ \t]*:[ \t]*$/i;

/** Gmail's heading above the remote server's words. */
const TECHNICAL_DETAILS = /^technical details of (?:temporary|permanent) failure:?[ \t]*$/i;

const HEADER_LINE = /^(?:from|to|cc|reply-to|return-path|sender|subject|date|message-id|in-reply-to|references|received|x-[\w-]+|envelope-to|delivered-to|original-recipient|dkim-signature|arc-[\w-]+|authentication-results):/i;

/** Delay notices often say so only in words. */
const DELAYED = /\b(?:delayed|delay reason|still (?:being )?(?:retried|trying)|will (?:continue|keep) trying|will retry|(?:delivery )?attempts will continue|has not yet been delivered|not yet been delivered|Delivery is delayed|temporar(?:y|ily) (?:problem|failure|deferred))\b/i;

function bounceBody(text: string, lines: readonly string[], sender: string | null): RawRecipient[] {
  const isDiagnosticLine = diagnosticLineTest(text);
  type Mention = { line: number; address: string };
  const mentions: Mention[] = [];
  const diagnostics: number[] = [];
  let inOriginal = false;
  let inTechnicalDetails = false;
  lines.forEach((line, i) => {
    // The returned copy of the original message names people who are not recipients of the bounce.
    if (RETURNED_COPY.test(line)) inOriginal = true;
    if (inOriginal) return;
    // Gmail's notice puts the remote server's words under "Technical details of … failure:", with or
    // without a code; an address in those words ("write to postmaster@…") is not a recipient.
    if (line.trim() === '') inTechnicalDetails = false;
    else if (i > 0 && TECHNICAL_DETAILS.test(lines[i - 1]!)) diagnostics.push(i);
    if (TECHNICAL_DETAILS.test(line)) inTechnicalDetails = true;
    if (!inTechnicalDetails && line.includes('@') && !HEADER_LINE.test(line.trim()) && !/MAIL FROM:/i.test(line)) {
      for (const address of addressesOn(line)) {
        if (!SYSTEM_ADDRESS.test(address) && address.toLowerCase() !== sender?.toLowerCase()) mentions.push({ line: i, address });
      }
    }
    // A line in a reason's usual wording, without a code, counts only next to the address it is about
    // ("<bob@example.org>: Sorry, this account has been disabled"): elsewhere it may be a headline.
    const near = mentions.length > 0 && mentions[mentions.length - 1]!.line >= i - 3;
    if (diagnostics[diagnostics.length - 1] === i) return;
    if (isDiagnosticLine(line) || (near && reasonInText(normalizeForPhrases(line), true) !== null)) diagnostics.push(i);
  });
  // Exim and qmail put the reason on the lines under an address that stands alone on its line; that
  // text counts when nothing with a code or known wording follows the address.
  const underAlone = (at: number, address: string): number | null => {
    const bare = lines[at]!.trim().replace(/^</, '').replace(/>?:?$/, '');
    const next = lines[at + 1];
    return bare.toLowerCase() === address.toLowerCase() && next && next.trim() !== '' && addressesOn(next).length === 0 ? at + 1 : null;
  };
  // Older servers name the failed address after a headline and give no reply at all ("Delivery failed
  // 20 attempts: bob@example.org", "Intended recipient: …", "… has not yet been delivered is:" above
  // the address): the headline is the diagnostic.
  const underHeadline = (at: number, address: string): number | null => {
    const line = lines[at]!;
    const before = line.slice(0, line.toLowerCase().indexOf(address.toLowerCase()));
    if (HEADLINE.test(before)) return at;
    // The headline above, across at most one blank line.
    const above = lines[at - 1]?.trim() === '' ? at - 2 : at - 1;
    const previous = lines[above];
    const bare = line.trim().replace(/^<|>$/g, '').toLowerCase();
    if (!previous) return null;
    // An address alone under an explanation; or one that starts its line under a headline ("… contact
    // the intended recipient(s):" above "bob@example.org to make other arrangements").
    if (bare === address.toLowerCase() && EXPLAINED_ABOVE.test(previous)) return above;
    return bare.startsWith(address.toLowerCase()) && HEADLINE.test(previous) ? above : null;
  };
  const standsAlone = (m: { line: number; address: string }) => underAlone(m.line, m.address) !== null || underHeadline(m.line, m.address) !== null;
  if (diagnostics.length === 0 && !mentions.some(standsAlone)) return [];
  const order: string[] = [];
  for (const { address } of mentions) if (!order.some((a) => a.toLowerCase() === address.toLowerCase())) order.push(address);

  // A diagnostic and the lines that continue it: indented lines, further reply lines, wrapped text.
  const blockFrom = (start: number, own: string | null) => {
    const out = [lines[start]!];
    for (let i = start + 1; i < lines.length && i < start + 8; i++) {
      const line = lines[i]!;
      if (line.trim() === '') break;
      const others = addressesOn(line).filter((a) => a.toLowerCase() !== own?.toLowerCase());
      if (others.length > 0 && !/^[ \t]*[2-5]\d\d[ -]/.test(line)) break;
      if (/^[ \t]/.test(line) || /^[2-5]\d\d[ -]/.test(line) || /^\(/.test(line) || isDiagnosticLine(line) || GAVE_UP.test(line) || /^[a-z]/.test(line) || /^\[/.test(line)) out.push(line);
      else break;
    }
    return out.join('\n');
  };
  const results: RawRecipient[] = [];
  const used = new Set<number>();
  for (const address of order) {
    const own = mentions.filter((m) => m.address.toLowerCase() === address.toLowerCase()).map((m) => m.line);
    // A line with the reply code says more than wording alone (an NDR's summary above its technical
    // details, a subject line that names the address): the first coded diagnostic after any mention
    // of the address wins, else the first diagnostic of all.
    let best: number | null = null;
    let uncoded: number | null = null;
    for (const at of own) {
      const nextOther = mentions.find((m) => m.line > at && m.address.toLowerCase() !== address.toLowerCase())?.line ?? lines.length;
      const candidates = diagnostics.filter((line) => line >= at && line < nextOther && !used.has(line));
      const first = candidates[0];
      const coded = first !== undefined && codesIn(blockFrom(first, address)).replyCode !== null ? first : candidates.find((line) => codesIn(lines[line]!).replyCode !== null);
      if (coded !== undefined) {
        best = coded;
        break;
      }
      uncoded ??= first ?? underAlone(at, address) ?? underHeadline(at, address);
    }
    best ??= uncoded;
    if (best === null) continue;
    // Lines that continue this diagnostic are not diagnostics of their own.
    const block = blockFrom(best, address);
    const end = best + block.split('\n').length;
    for (let i = best; i < end; i++) used.add(i);
    // The reason announced at the end of the block is the next paragraph; another recipient may claim it too.
    const below = REASON_BELOW.test(block) && lines[end]?.trim() === '' && lines[end + 1]?.trim() ? blockFrom(end + 1, address) : null;
    results.push(withDiagnostic(address, below ? `${block}\n${below}` : block));
  }
  if (results.length === 0 && diagnostics.length > 0) {
    const first = diagnostics[0]!;
    const address = order.length === 1 ? order[0]! : null;
    results.push(withDiagnostic(address, blockFrom(first, address)));
  }
  return results;
}

/** The recipients a bounce body names; a delay notice's recipients are delayed, not failed. */
export function decodeBounceBody(text: string, lines: readonly string[], sender: string | null): RawRecipient[] {
  // Read only when a recipient could be delayed: the two patterns read the whole text.
  let delayed: boolean | undefined;
  const isDelayNotice = () => (delayed ??= DELAYED.test(text) && !GAVE_UP.test(text));
  return bounceBody(text, lines, sender).map((r) =>
    r.action !== 'delivered' && (r.replyCode === null || r.replyCode < 500) && isDelayNotice() ? { ...r, action: 'delayed' as const } : r.action === null && r.diagnostic ? { ...r, action: 'failed' as const } : r,
  );
}
