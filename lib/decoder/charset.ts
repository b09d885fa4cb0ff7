/**
 * Bytes to text for input that is not a MIME email (whose parts declare their charsets): UTF-8 when the
 * bytes are valid UTF-8, else the charset the text names, else the legacy charset its bytes fit best.
 */
const JAPANESE = ['shift_jis', 'euc-jp'] as const;

function tryDecode(bytes: Uint8Array, charset: string): string | null {
  try {
    return new TextDecoder(charset, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Share of the non-ASCII characters that are kana, kanji or full-width forms. */
function japaneseShare(text: string): number {
  let other = 0;
  let japanese = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) continue;
    if ((c >= 0x3000 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef)) japanese++;
    else other++;
  }
  return japanese + other === 0 ? 0 : japanese / (japanese + other);
}

const DECLARED = /charset=["']?([A-Za-z0-9_:.-]{1,40})/i;

export function bytesToText(bytes: Uint8Array): string {
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return utf8;
  const declared = DECLARED.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 65536)))?.[1];
  const named = declared ? tryDecode(bytes, declared.toLowerCase()) : null;
  if (named !== null) return named;
  for (const charset of JAPANESE) {
    const text = tryDecode(bytes, charset);
    if (text !== null && japaneseShare(text) > 0.9) return text;
  }
  return new TextDecoder('windows-1252').decode(bytes);
}
