/** The bounces the decoder page offers to try, in the order the page shows them. */
import { DECODER_SAMPLES, type DecoderSampleId } from '@/data/decoder-samples';

const isSampleId = (id: string): id is DecoderSampleId => Object.hasOwn(DECODER_SAMPLES, id);

export function decoderSamples(): { id: DecoderSampleId; text: string }[] {
  return Object.entries(DECODER_SAMPLES).flatMap(([id, text]) => (isSampleId(id) ? [{ id, text }] : []));
}
