/**
 * @jest-environment node
 */
// Node, not jsdom: the decoder relies on TextDecoder's legacy charsets (ISO-2022-JP, KOI8-R …).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBounce } from '@/lib/decoder';

type Expected = {
  kind: string;
  recipients: {
    address: string | null;
    action: string | null;
    replyCode: number | null;
    enhancedCode: string | null;
    reason: string;
    provider: string | null;
    providerEntry: string | null;
  }[];
};

const root = join(__dirname, 'fixtures', 'corpus');
const samples = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(root, d.name))
      .filter((f) => f.endsWith('.expected.json'))
      .map((f) => {
        const name = f.replace(/\.expected\.json$/, '');
        const input = readdirSync(join(root, d.name)).find((g) => g.startsWith(`${name}.`) && !g.endsWith('.expected.json'))!;
        return [`${d.name}/${name}`, join(root, d.name, input), join(root, d.name, f)] as const;
      }),
  );

test('the corpus has at least 120 samples', () => {
  expect(samples.length).toBeGreaterThanOrEqual(120);
});

test.each(samples)('%s decodes as expected', async (_, inputPath, expectedPath) => {
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected;
  const result = await decodeBounce(new Uint8Array(readFileSync(inputPath)));
  const actual = {
    kind: result.kind,
    recipients: result.recipients.map((r) => ({
      address: r.address?.toLowerCase() ?? null,
      action: r.action,
      replyCode: r.replyCode,
      enhancedCode: r.enhancedCode,
      reason: r.reason,
      provider: r.provider,
      providerEntry: r.providerEntry,
    })),
  };
  expect(actual).toEqual({
    kind: expected.kind,
    recipients: expected.recipients.map((r) => ({ ...r, address: r.address?.toLowerCase() ?? null })),
  });
});
