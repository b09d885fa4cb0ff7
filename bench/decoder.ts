/**
 * Decoder benchmark: per-field accuracy on the corpus, overall and per source family (so a weak family
 * shows), messages per second on one core, and the time to decode a 1 MB paste.
 *   npm run bench:decoder   (--json: the figures as one JSON line, for bench/run.mjs; --misses: list them)
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { decodeBounce } from '@/lib/decoder';
import { emptyScore, loadCorpus, percent, scoreSample, type Score } from '../__tests__/fixtures/corpus/corpus';

/** CPU time of this thread in ms (Linux), or null elsewhere. */
function threadCpuMs(): number | null {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}

const asJson = process.argv.includes('--json');
const listMisses = process.argv.includes('--misses');

const COLUMNS = ['recipient found', 'replyCode', 'enhancedCode', 'reason', 'action', 'kind', 'order'] as const;
const row = (score: Score) =>
  Object.fromEntries(COLUMNS.map((c) => [c, percent(score[c]) === null ? '–' : `${percent(score[c])!.toFixed(1)} %`]));

async function main() {
  const samples = loadCorpus();
  const overall = emptyScore();
  const byFamily = new Map<string, Score>();
  const byGroup = new Map<string, Score>();
  let recipientsTotal = 0;
  for (const sample of samples) {
    const result = await decodeBounce(sample.input);
    recipientsTotal += sample.expected.recipients.length;
    const family = byFamily.get(sample.family) ?? emptyScore();
    const group = byGroup.get(sample.group) ?? emptyScore();
    byFamily.set(sample.family, family);
    byGroup.set(sample.group, group);
    const misses = scoreSample(overall, sample.expected, result);
    scoreSample(family, sample.expected, result);
    scoreSample(group, sample.expected, result);
    if (listMisses && misses.length > 0) console.log(`${sample.name}: ${misses.join('; ')}`);
  }
  const accuracy = Object.fromEntries(
    ['recipient found', 'replyCode', 'enhancedCode', 'reason', 'action', 'kind', 'order', 'provider', 'providerEntry'].map((f) => [
      f,
      `${percent(overall[f as keyof Score])?.toFixed(1)} %`,
    ]),
  );
  if (!asJson) {
    console.log(`\nCorpus: ${samples.length} samples, ${recipientsTotal} recipients`);
    console.table(accuracy);
    console.log('By source group');
    console.table(Object.fromEntries([...byGroup].sort().map(([name, score]) => [name, row(score)])));
    console.log('By MTA / format family');
    console.table(Object.fromEntries([...byFamily].sort().map(([name, score]) => [`${name} (${score['recipient found'].total})`, row(score)])));
  }

  // Throughput: decode the whole corpus repeatedly for about three seconds, after a warm-up. Other
  // processes slow a shared machine down: the best pass and this thread's own CPU time (Linux) are
  // reported next to the average, with the load average.
  for (const sample of samples) await decodeBounce(sample.input);
  let decoded = 0;
  let bestPass = Infinity;
  const started = performance.now();
  const cpuStarted = threadCpuMs();
  while (performance.now() - started < 3000) {
    const passStarted = performance.now();
    for (const sample of samples) await decodeBounce(sample.input);
    bestPass = Math.min(bestPass, performance.now() - passStarted);
    decoded += samples.length;
  }
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpuStarted === null ? null : (threadCpuMs()! - cpuStarted) / 1000;

  // Largest input: 1 MB pastes — a raw DSN email and a pasted bounce text, each padded with a long
  // quoted original message full of addresses and numbers.
  // The returned copy is cut before parsing: the worst case puts the filler inside the notice itself.
  const filler = '> Reply to anna.lee@example.com about order 550 5.1.1, ref 4.4.7, line after line of text.\n';
  const oneMegabyte = async (name: string, where: 'after' | 'inside' = 'after') => {
    const bounce = new TextDecoder().decode(samples.find((s) => s.name.endsWith(name))!.input);
    const padding = filler.repeat(Math.ceil((1024 * 1024 - bounce.length) / filler.length));
    const cut = where === 'after' ? bounce.length : bounce.indexOf('\n\n') + 2;
    const big = (bounce.slice(0, cut) + padding + bounce.slice(cut)).slice(0, 1024 * 1024);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      await decodeBounce(big);
      times.push(performance.now() - t);
    }
    return Math.round(times.sort((a, b) => a - b)[2]!);
  };
  const speed = {
    'messages per second (one core)': Math.round(decoded / seconds),
    'messages per second, best pass': Math.round((samples.length / bestPass) * 1000),
    'messages per CPU second of this thread': cpuSeconds === null ? '–' : Math.round(decoded / cpuSeconds),
    'load average (1 min) on this machine': loadavg()[0]!.toFixed(2),
    '1 MB raw DSN email, median of 5 (ms)': await oneMegabyte('postfix-user-unknown-virtual'),
    '1 MB pasted bounce text, median of 5 (ms)': await oneMegabyte('exim-retry-timeout-pasted'),
    '1 MB raw email, filler inside the notice (ms)': await oneMegabyte('exim-retry-timeout', 'inside'),
    '1 MB pasted text, filler inside the notice (ms)': await oneMegabyte('exim-retry-timeout-pasted', 'inside'),
  };
  if (asJson) console.log(JSON.stringify({ accuracy, ...speed }));
  else console.table(speed);
}

main();
