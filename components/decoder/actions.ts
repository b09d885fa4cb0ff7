'use server';

import { isLocale } from '@/i18n/locales';
import { decodeBounce } from '@/lib/decoder';
import { inputProblem, type InputProblem } from '@/lib/decoder/input';
import { decoderTextsFor, type DecoderTexts } from '@/lib/decoder/texts';
import type { DecodeResult } from '@/lib/decoder/types';
import { loadMessages } from '@/lib/messages';

export type DecoderState =
  | { readonly status: 'idle' }
  | { readonly status: 'error'; readonly problem: InputProblem }
  | { readonly status: 'decoded'; readonly result: DecodeResult; readonly texts: DecoderTexts };

/**
 * The no-JavaScript path: the form posts here, the text is decoded in memory and only the result goes
 * back. With JavaScript the browser decodes the text itself and this never runs.
 */
export async function decodeOnServer(_previous: DecoderState, form: FormData): Promise<DecoderState> {
  const locale = String(form.get('locale') ?? '');
  const text = form.get('text');
  const bytes = new TextEncoder().encode(typeof text === 'string' ? text : '');
  const problem = inputProblem(bytes);
  if (problem || !isLocale(locale)) return { status: 'error', problem: problem ?? 'empty' };
  const result = await decodeBounce(bytes);
  return { status: 'decoded', result, texts: decoderTextsFor(result, await loadMessages(locale)) };
}
