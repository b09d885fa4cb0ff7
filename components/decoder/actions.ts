'use server';

import { isLocale } from '@/i18n/locales';
import { decodeBounce } from '@/lib/decoder';
import { explanationTranslator } from '@/lib/decoder/explain';
import { explainMarkingStale, type Explained } from '@/lib/decoder/explanation-keys';
import { loadExplanationMessages } from '@/lib/decoder/explanation-messages';
import { inputProblem, type InputProblem } from '@/lib/decoder/input';
import type { DecodeResult } from '@/lib/decoder/types';
import { staleKeysOf } from '@/lib/staleness';

export type DecoderState =
  | { readonly status: 'idle' }
  | { readonly status: 'error'; readonly problem: InputProblem }
  | { readonly status: 'decoded'; readonly result: DecodeResult; readonly explained: readonly Explained[] };

/**
 * The no-JavaScript path: the form posts here, the text is decoded in memory and only the result and its
 * explanations go back. With JavaScript the browser decodes and explains the text itself and this never runs.
 */
export async function decodeOnServer(_previous: DecoderState, form: FormData): Promise<DecoderState> {
  const locale = String(form.get('locale') ?? '');
  const text = form.get('text');
  const bytes = new TextEncoder().encode(typeof text === 'string' ? text : '');
  const problem = inputProblem(bytes);
  if (problem || !isLocale(locale)) return { status: 'error', problem: problem ?? 'empty' };
  const result = await decodeBounce(bytes);
  const t = explanationTranslator(locale, await loadExplanationMessages(locale));
  const stale = staleKeysOf(locale);
  const explained = result.recipients.map((recipient) => explainMarkingStale(recipient, t, locale, stale));
  return { status: 'decoded', result, explained };
}
