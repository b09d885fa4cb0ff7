/**
 * Decoder benchmark: per-field accuracy on the corpus, messages per second on one core, and the time to
 * decode a 1 MB paste.   npm run bench:decoder   (--json: the figures as one JSON line, for bench/run.mjs;
 * --group NAME: accuracy on one corpus group only, e.g. --group generated-matrix)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBounce } from '@/lib/decoder';

const FIELDS = ['address', 'action', 'replyCode', 'enhancedCode', 'reason', 'provider', 'providerEntry'] as const;

type Sample = { name: string; input: Uint8Array; expected: { kind: string; recipients: Record<string, unknown>[] } };

function corpus(): Sample[] {
  const root = join(__dirname, '..', '__tests__', 'fixtures', 'corpus');
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      const files = readdirSync(join(root, d.name));
      return files
        .filter((f) => f.endsWith('.expected.json'))
        .map((f) => {
          const name = f.replace(/\.expected\.json$/, '');
          const input = files.find((g) => g.startsWith(`${name}.`) && !g.endsWith('.expected.json'))!;
          return {
            name: `${d.name}/${name}`,
            input: new Uint8Array(readFileSync(join(root, d.name, input))),
            expected: JSON.parse(readFileSync(join(root, d.name, f), 'utf8')),
          };
        });
    });
}

const asJson = process.argv.includes('--json');
const groupArg = process.argv.indexOf('--group');
const onlyGroup = groupArg >= 0 ? process.argv[groupArg + 1] : undefined;

const norm = (field: string, value: unknown) => (field === 'address' && typeof value === 'string' ? value.toLowerCase() : value);

async function main() {
  const all = corpus();
  const samples = all.filter((s) => !onlyGroup || s.name.startsWith(`${onlyGroup}/`));
  if (!samples.length) throw new Error(`no samples in group ${onlyGroup}`);
  const right: Record<string, number> = Object.fromEntries(['kind', 'recipients', ...FIELDS].map((f) => [f, 0]));
  let recipientsTotal = 0;
  for (const sample of samples) {
    const result = await decodeBounce(sample.input);
    if (result.kind === sample.expected.kind) right.kind!++;
    if (result.recipients.length === sample.expected.recipients.length) right.recipients!++;
    sample.expected.recipients.forEach((expected, i) => {
      recipientsTotal++;
      const actual = result.recipients[i] as Record<string, unknown> | undefined;
      for (const field of FIELDS) if (actual && norm(field, actual[field]) === norm(field, expected[field])) right[field]!++;
    });
  }
  const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)} %`;
  const accuracy = {
    kind: pct(right.kind!, samples.length),
    'recipient count': pct(right.recipients!, samples.length),
    ...Object.fromEntries(FIELDS.map((f) => [f, pct(right[f]!, recipientsTotal)])),
  };
  if (!asJson) {
    console.log(`\nCorpus${onlyGroup ? ` group ${onlyGroup}` : ''}: ${samples.length} samples, ${recipientsTotal} recipients`);
    console.table(accuracy);
  }

  // Throughput: decode the whole corpus repeatedly for about three seconds.
  let decoded = 0;
  const started = performance.now();
  while (performance.now() - started < 3000) {
    for (const sample of samples) await decodeBounce(sample.input);
    decoded += samples.length;
  }
  const seconds = (performance.now() - started) / 1000;

  // Largest input: 1 MB pastes — a raw DSN email and a pasted bounce text, each padded with a long
  // quoted original message full of addresses and numbers.
  const filler = '> Reply to anna.lee@example.com about order 550 5.1.1, ref 4.4.7, line after line of text.\n';
  const oneMegabyte = async (name: string) => {
    const bounce = new TextDecoder().decode(all.find((s) => s.name.endsWith(name))!.input);
    const big = (bounce + filler.repeat(Math.ceil((1024 * 1024 - bounce.length) / filler.length))).slice(0, 1024 * 1024);
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
    '1 MB raw DSN email, median of 5 (ms)': await oneMegabyte('postfix-user-unknown-virtual'),
    '1 MB pasted bounce text, median of 5 (ms)': await oneMegabyte('exim-retry-timeout-pasted'),
  };
  if (asJson) console.log(JSON.stringify({ accuracy, ...speed }));
  else console.table(speed);
}

main();
