/** Checks on pasted or posted input before decoding: size, emptiness, binary garbage. */
import { MAX_INPUT_BYTES } from './index';

export type InputProblem = 'too-large' | 'empty' | 'binary';

/** File signatures of what is never mail: images, archives, compressed data, PDF, executables. */
const SIGNATURES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x50, 0x4b, 0x03, 0x04], // ZIP (and docx, xlsx …)
  [0x1f, 0x8b], // gzip
  [0x42, 0x5a, 0x68], // bzip2
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x52, 0x61, 0x72, 0x21], // RAR
  [0x25, 0x50, 0x44, 0x46], // PDF
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x4d, 0x5a], // Windows executable
];

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);

/**
 * Mail in any charset is text: bytes above 0x7f (Shift_JIS, windows-1252, raw UTF-8 …) are letters, and
 * ESC belongs to ISO-2022-JP. Only control bytes, NUL above all, and known file signatures mark input
 * that is not mail.
 */
export function inputProblem(bytes: Uint8Array): InputProblem | null {
  if (bytes.length > MAX_INPUT_BYTES) return 'too-large';
  const head = bytes.subarray(0, 65536);
  if (SIGNATURES.some((signature) => startsWith(head, signature))) return 'binary';
  let control = 0;
  let blank = true;
  for (const b of head) {
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) blank = false;
    if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b)) control++;
  }
  if (blank) return 'empty';
  return control / head.length > 0.05 ? 'binary' : null;
}
