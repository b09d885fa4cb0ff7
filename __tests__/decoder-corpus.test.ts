/**
 * @jest-environment node
 */
// Node, not jsdom: the decoder relies on TextDecoder's legacy charsets (ISO-2022-JP, KOI8-R …).
// The samples written for this project (generated, mixed, mtas, providers) must decode exactly as
// expected; the real-world samples — other parsers' public corpora (each with its repository and licence)
// and the bounces generate-matrix.sh makes from real MTAs (each with its sender, receiver and scenario) —
// are held to per-field accuracy bars over the whole corpus, as the independent yardstick will be.
import { PROVIDER_MESSAGES } from '@/data/provider-messages';
import { REASONS } from '@/data/reasons';
import { decodeBounce } from '@/lib/decoder';
import { ACTIONS } from '@/lib/decoder/types';
import { emptyScore, loadCorpus, percent, scoreSample, type Score } from './fixtures/corpus/corpus';

const samples = loadCorpus();
const OWN = new Set(['generated', 'mixed', 'mtas', 'providers']);
/** Made here by generate-matrix.sh from real MTAs: the decoder's next development round, measured by the bars below. */
const GENERATED = new Set(['generated-matrix']);

test('the corpus is large and mostly real-world', () => {
  expect(samples.length).toBeGreaterThanOrEqual(400);
  expect(samples.filter((s) => !OWN.has(s.group)).length).toBeGreaterThanOrEqual(250);
});

test('every imported sample records where it comes from', () => {
  const imported = samples.filter((s) => !OWN.has(s.group) && !GENERATED.has(s.group));
  expect(imported.filter((s) => !s.expected.origin?.repo || !s.expected.origin.licence).map((s) => s.name)).toEqual([]);
});

const KINDS: readonly string[] = ['dsn', 'mime', 'bounce-text', 'log-line', 'transcript', 'reply-line', 'unknown', 'feedback'];
const isCode = (v: unknown, shape: RegExp) => v === null || (typeof v === 'string' && shape.test(v));

// A generated sample records how it was made, and its expectation is well formed.
test.each(samples.filter((s) => GENERATED.has(s.group)).map((s) => [s.name, s] as const))('%s is a well-formed generated sample', (_, sample) => {
  const expected = sample.expected as typeof sample.expected & { origin?: Record<string, string> };
  expect(KINDS).toContain(expected.kind);
  expect(expected.recipients.length).toBeGreaterThan(0);
  for (const r of expected.recipients) {
    expect(r.address).toMatch(/^[^@\s]+@[^@\s]+$/);
    expect([null, ...ACTIONS]).toContain(r.action);
    const reply: unknown = r.replyCode;
    expect(reply === null || (typeof reply === 'number' && Number.isInteger(reply) && reply >= 200 && reply < 600)).toBe(true);
    expect(isCode(r.enhancedCode, /^[245]\.\d{1,3}\.\d{1,3}$/)).toBe(true);
    expect(REASONS).toContain(r.reason);
    expect(r.providerEntry === null || PROVIDER_MESSAGES.some((m) => m.id === r.providerEntry && m.provider === r.provider)).toBe(true);
  }
  expect(Object.keys(expected.origin ?? {}).sort()).toEqual(['generator', 'receiver', 'scenario', 'sender']);
});

test.each(samples.filter((s) => OWN.has(s.group)).map((s) => [s.name, s] as const))('%s decodes exactly as expected', async (_, sample) => {
  const result = await decodeBounce(sample.input);
  expect(scoreSample(emptyScore(), sample.expected, result)).toEqual([]);
  expect(result.recipients.length).toBe(sample.expected.recipients.length);
});

// The bars for the independent corpus: recipient found ≥ 99 %, reply code ≥ 98 %, enhanced code ≥ 95 %,
// reason ≥ 85 % (misses: npm run bench:decoder -- --misses).
const BARS: ReadonlyArray<readonly [keyof Score, number]> = [
  ['recipient found', 99],
  ['replyCode', 98],
  ['enhancedCode', 95],
  ['reason', 85],
];

let overall: Score;
beforeAll(async () => {
  overall = emptyScore();
  for (const sample of samples) scoreSample(overall, sample.expected, await decodeBounce(sample.input));
});

test.each(BARS)('%s is right for at least %d %% of the corpus', (field, bar) => {
  expect(percent(overall[field])).toBeGreaterThanOrEqual(bar);
});
