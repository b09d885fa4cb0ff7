/**
 * Most of a bounce's bytes are the message it returns: its headers name the sender and the recipients
 * of the original, its body says nothing about the failure. The decoder reads the returned headers
 * (a feedback report's complained-about recipient) but never the returned body, so it is cut before
 * anything parses it: decoding time follows the notice, not the size of what was sent.
 */

/** The line a bounce notice puts above the copy of the original message (after `clean`, no quoting). */
export const RETURNED_COPY =
  /^[ \t-]*(?:This is a copy of the message|Original message headers|Below this line is a copy of the message|Returned message|Original message follows|Undelivered Message Headers|Message headers? follows?|Original message[ \t]+-{2}|A copy of the original message)/i;

const AT_LINE_START = new RegExp(RETURNED_COPY.source, 'imy');

/**
 * Where the line holding `at` starts. Walked back by hand: lastIndexOf('\r') in a text without any
 * CR reads all the way back to its start, once per "message" in the text.
 */
function lineStartOf(text: string, at: number): number {
  let start = at;
  while (start > 0) {
    const c = text.charCodeAt(start - 1);
    if (c === 0x0a || c === 0x0d) break;
    start--;
  }
  return start;
}

/**
 * Where the lines that announce a returned copy start, in order. A case-insensitive pattern anchored
 * at every line start costs a step at every position of the text; every wording holds "message"
 * (written "message", "Message" or "MESSAGE"), which indexOf finds fast, and the pattern then checks
 * the start of each line that holds it.
 */
export function returnedCopyLines(text: string): number[] {
  const starts = new Set<number>();
  for (const word of ['essage', 'ESSAGE']) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      const lineStart = lineStartOf(text, at);
      AT_LINE_START.lastIndex = lineStart;
      if (AT_LINE_START.test(text)) starts.add(lineStart);
    }
  }
  return [...starts].sort((a, b) => a - b);
}

/** The text up to and including the line that announces the returned copy. */
export function withoutReturnedText(text: string): string {
  const marker = returnedCopyLines(text)[0];
  if (marker === undefined) return text;
  const end = text.indexOf('\n', marker);
  return end < 0 ? text : text.slice(0, end);
}

const BOUNDARY = /;\s*boundary\s*=\s*(?:"([^"]{1,200})"|([^\s;"]{1,200}))/i;
const EMBEDDED = /^message\/(?:rfc822|global)\b/i;
const EMBEDDED_ANYWHERE = /message\/(?:rfc822|global)\b/i;
const ENCODED = /^\s*(?:base64|quoted-printable)/i;

/** Content-Type and Content-Transfer-Encoding of a block of header lines (folded lines joined). */
function partHeaders(lines: readonly string[]): { type: string; encoding: string } {
  return { type: headerValue(lines, 'content-type'), encoding: headerValue(lines, 'content-transfer-encoding') };
}

/**
 * The value of header `name` (lower case) with its folded lines joined, '' when absent. Only the
 * lines of that header are unfolded: joining and lower-casing every header line of every part cost
 * more than the rest of the cut.
 */
function headerValue(lines: readonly string[], name: string): string {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.charCodeAt(name.length) !== 0x3a || line.slice(0, name.length).toLowerCase() !== name) continue;
    let value = line.slice(name.length + 1);
    for (let next = i + 1; next < lines.length && FOLDED.test(lines[next]!); next++) value += ` ${lines[next]!.replace(FOLDED, '')}`;
    return value.trim();
  }
  return '';
}

const FOLDED = /^[ \t]+/;

type State = 'headers' | 'body' | 'embedded-headers' | 'skip';

const DASH = 0x2d;
const LATIN1 = new TextDecoder('latin1');

/** The boundary (of those declared so far) whose line starts at `at`: "--" and the boundary. */
function boundaryAt(raw: string, at: number, boundaries: readonly string[]): string | undefined {
  if (raw.charCodeAt(at) !== DASH || raw.charCodeAt(at + 1) !== DASH) return undefined;
  return boundaries.find((b) => raw.startsWith(b, at + 2));
}

/** After a boundary line: the headers of the next part, or after the closing one ("--b--") the epilogue. */
function afterBoundary(raw: string, at: number, boundary: string): State {
  const end = at + 2 + boundary.length;
  return raw.charCodeAt(end) === DASH && raw.charCodeAt(end + 1) === DASH ? 'body' : 'headers';
}

/** Where the line from `from` to `to` ends without its line break (LF or CRLF). */
function lineEnd(raw: string, from: number, to: number): number {
  if (to === from || raw.charCodeAt(to - 1) !== 0x0a) return to;
  return to - 1 > from && raw.charCodeAt(to - 2) === 0x0d ? to - 2 : to - 1;
}

function isBlank(raw: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = raw.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0a) return false;
  }
  return true;
}

/**
 * The raw email without the bodies it returns: the body of every message/rfc822 part (its headers
 * stay) and whatever follows a "This is a copy of the message" line up to the next boundary of the
 * report. Encoded parts are left whole (their lines cannot be read without decoding them). Works on
 * the bytes, one character per byte, so every charset and every part stays exactly as it was.
 */
export function withoutReturnedMessage(bytes: Uint8Array): Uint8Array {
  // latin1 (windows-1252 in TextDecoder) maps each byte to one character: string offsets are byte offsets.
  const raw = LATIN1.decode(bytes);
  const markers = new Set(returnedCopyLines(raw));
  if (markers.size === 0 && !EMBEDDED_ANYWHERE.test(raw)) return bytes;

  const boundaries: string[] = [];
  const kept: [number, number][] = [];
  let state: State = 'headers';
  let header: string[] = [];
  let keepFrom = 0;
  for (let at = 0; at < raw.length; ) {
    const newline = raw.indexOf('\n', at);
    const end = newline < 0 ? raw.length : newline + 1;
    const boundary = state === 'headers' ? undefined : boundaryAt(raw, at, boundaries);
    if (boundary !== undefined) {
      if (state === 'skip') keepFrom = at;
      state = afterBoundary(raw, at, boundary);
    } else if (state === 'headers') {
      if (isBlank(raw, at, end)) {
        const { type, encoding } = partHeaders(header);
        const declared = BOUNDARY.exec(type);
        if (/^multipart\//i.test(type) && declared) boundaries.push(declared[1] ?? declared[2]!);
        state = EMBEDDED.test(type) && !ENCODED.test(encoding) ? 'embedded-headers' : 'body';
        header = [];
      } else header.push(raw.slice(at, lineEnd(raw, at, end)));
    } else if ((state === 'embedded-headers' && isBlank(raw, at, end)) || (state === 'body' && markers.has(at))) {
      kept.push([keepFrom, end]);
      state = 'skip';
    }
    at = end;
  }
  if (kept.length === 0) return bytes;
  if (state !== 'skip') kept.push([keepFrom, raw.length]);
  const out = new Uint8Array(kept.reduce((n, [from, to]) => n + to - from, 0));
  let offset = 0;
  for (const [from, to] of kept) {
    out.set(bytes.subarray(from, to), offset);
    offset += to - from;
  }
  return out;
}
