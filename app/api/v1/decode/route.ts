import { NextResponse, type NextRequest } from 'next/server';
import { defaultLocale, isLocale } from '@/i18n/locales';
import { decodeBounce, MAX_INPUT_BYTES } from '@/lib/decoder';
import { inputProblem } from '@/lib/decoder/input';
import { toReport } from '@/lib/decoder/report';
import { loadExplanationMessages } from '@/lib/decoder/explanation-messages';

const ACCEPTED = ['text/plain', 'message/rfc822'];

const error = (status: number, message: string) =>
  NextResponse.json({ error: message }, { status, headers: { 'cache-control': 'no-store' } });

/**
 * POST the raw bounce as text/plain or message/rfc822; ?locale= picks the language of the explanations.
 * The body is decoded in memory and dropped: nothing is logged or stored.
 */
export async function POST(request: NextRequest) {
  const locale = request.nextUrl.searchParams.get('locale') ?? defaultLocale;
  if (!isLocale(locale)) return error(400, `Unknown locale "${locale}".`);
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!ACCEPTED.includes(type)) return error(415, 'Send the bounce as text/plain or message/rfc822.');
  if (Number(request.headers.get('content-length') ?? 0) > MAX_INPUT_BYTES) return error(413, 'The body is larger than 1 MB.');
  const bytes = await readLimited(request, MAX_INPUT_BYTES + 1);
  const problem = inputProblem(bytes);
  if (problem === 'too-large') return error(413, 'The body is larger than 1 MB.');
  if (problem === 'empty') return error(400, 'The body is empty: send the bounce text.');
  if (problem === 'binary') return error(400, 'The body is not text: send the bounce as it was received.');
  const result = await decodeBounce(bytes);
  return NextResponse.json(toReport(result, locale, await loadExplanationMessages(locale)), {
    headers: { 'cache-control': 'no-store' },
  });
}

/** Reads at most `limit` bytes, so an oversized body without Content-Length is not buffered whole. */
async function readLimited(request: NextRequest, limit: number): Promise<Uint8Array> {
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
    if (size >= limit) {
      await reader.cancel();
      break;
    }
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
