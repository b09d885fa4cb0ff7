/** Checks on pasted or posted input before decoding: size, emptiness, binary garbage. */
import { MAX_INPUT_BYTES } from './index';

export type InputProblem = 'too-large' | 'empty' | 'binary';

export function inputProblem(bytes: Uint8Array): InputProblem | null {
  if (bytes.length > MAX_INPUT_BYTES) return 'too-large';
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 65536));
  if (text.trim() === '') return 'empty';
  let control = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c === 0 || c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13)) control++;
  }
  // Text, in any charset or transfer encoding a bounce uses, is almost free of control characters.
  return control / text.length > 0.05 ? 'binary' : null;
}
