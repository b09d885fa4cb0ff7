/** @jest-environment node */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import locales from '@/i18n/locales.json';
import { needsShaping, visualOrder, type PlacedGlyph, type ShapeOptions } from '@/lib/og-shaping';

const OPTIONS: ShapeOptions = { size: 64, weight: 700, colour: '#000', maxWidth: 1000, maxLines: 3, direction: 'rtl' };

type Shaped = { width: number; height: number; texts: string[]; lines: PlacedGlyph[][] };

/** Shapes each text in a separate Node process (see the fixture for why). */
function shape(requests: { text: string; options?: Partial<ShapeOptions> }[]): { shaped: Shaped[]; covered: Set<number> } {
  const input = JSON.stringify({ shape: requests.map(({ text, options }) => ({ text, options: { ...OPTIONS, ...options } })) });
  const tsx = join(process.cwd(), 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const output = execFileSync(process.execPath, [tsx, '--tsconfig', 'tsconfig.json', '__tests__/fixtures/og-shape.ts'], { input, encoding: 'utf8' });
  const { shaped, covered } = JSON.parse(output) as { shaped: Shaped[]; covered: number[] };
  return { shaped, covered: new Set(covered) };
}

const LONG = 'يرفض الخادم الرسالة لأن صندوق بريد المستلم غير موجود أو معطّل، ولن تنجح إعادة المحاولة بالعنوان نفسه';
const { shaped, covered } = shape([
  { text: 'سلام' },
  { text: 'كتب' },
  { text: 'ك' },
  { text: 'ت' },
  { text: 'ب' },
  { text: 'لا' },
  { text: 'الرمز 550 مرفوض' },
  { text: LONG, options: { maxWidth: 500, maxLines: 2 } },
]);
const [salam, kataba, kaf, teh, beh, lamAlef, mixed, long] = shaped as Shaped[] as [Shaped, Shaped, Shaped, Shaped, Shaped, Shaped, Shaped, Shaped];
const line = (text: Shaped) => text.lines[0]!;
const glyphAt = (text: Shaped, cluster: number) => line(text).find((g) => g.cluster === cluster)?.glyph;

describe('Arabic is shaped, not drawn letter by letter', () => {
  test('letters take their joining forms: initial, medial and final differ from the letters alone', () => {
    const forms = [glyphAt(kataba, 0), glyphAt(kataba, 1), glyphAt(kataba, 2)];
    const alone = [glyphAt(kaf, 0), glyphAt(teh, 0), glyphAt(beh, 0)];
    expect(forms.every((glyph) => glyph !== undefined)).toBe(true);
    forms.forEach((glyph, i) => expect(glyph).not.toBe(alone[i]));
  });

  test('lam and alef join into one ligature glyph', () => {
    expect(line(lamAlef)).toHaveLength(1);
    expect(line(salam)).toHaveLength(3);
  });

  test('glyphs run right to left: the first letter is drawn rightmost', () => {
    const clustersLeftToRight = line(salam).map((g) => g.cluster);
    expect(clustersLeftToRight).toEqual([...clustersLeftToRight].sort((a, b) => b - a));
    const xs = line(salam).map((g) => g.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  test('a number inside Arabic keeps its digits left to right, between the words it sits between', () => {
    const text = 'الرمز 550 مرفوض';
    const glyphs = line(mixed);
    const digits = glyphs.filter((g) => /\d/.test(text[g.cluster]!));
    expect(digits.map((g) => text[g.cluster]).join('')).toBe('550');
    const xOf = (from: number, to: number) => glyphs.filter((g) => g.cluster >= from && g.cluster < to).map((g) => g.x);
    const first = xOf(0, 5); // الرمز, the first word: rightmost
    const last = xOf(10, text.length); // مرفوض, the last word: leftmost
    expect(Math.min(...digits.map((g) => g.x))).toBeGreaterThan(Math.max(...last));
    expect(Math.max(...digits.map((g) => g.x))).toBeLessThan(Math.min(...first));
  });

  test('long text wraps at spaces within the width and the line limit, ending in an ellipsis', () => {
    expect(long.lines).toHaveLength(2);
    expect(long.texts[1]).toMatch(/\S…$/);
    expect(long.texts.join(' ').replace('…', '')).toBe(LONG.slice(0, long.texts.join(' ').length - 1));
    expect(long.width).toBeLessThanOrEqual(500);
    for (const glyphs of long.lines) expect(Math.max(...glyphs.map((g) => g.x))).toBeLessThan(long.width);
  });
});

test.each([
  ['صندوق البريد', true],
  ['ﻻ', true],
  ['メールボックスの容量', false],
  ['Hộp thư đầy', false],
  ['Mailbox full', false],
])('needsShaping(%s) is %s', (text, expected) => {
  expect(needsShaping(text)).toBe(expected);
});

test.each([
  ['one left-to-right run stays', [0], [0]],
  ['right-to-left runs reverse', [1, 1, 1], [2, 1, 0]],
  ['a number (level 2) inside right-to-left text keeps its place, reversed with its neighbours', [1, 2, 1], [2, 1, 0]],
  ['left-to-right text with an Arabic word: only the word reverses', [0, 1, 1, 0], [0, 2, 1, 3]],
  ['two numbers in Arabic: each keeps its own order', [1, 2, 2, 1, 2], [4, 3, 1, 2, 0]],
])('visualOrder: %s', (_case, levels, expected) => {
  const runs = levels.map((level, index) => ({ level, index }));
  expect(visualOrder(runs).map((run) => run.index)).toEqual(expected);
});

/** What the images show: names, titles, kickers and the class in words (lib/og.ts). */
const onImages = (path: readonly string[]) => ['name', 'title', 'kicker'].includes(path.at(-1)!) || path.join('.').startsWith('Facts.retries.');

function stringsOf(value: unknown, path: string[] = []): string[] {
  if (typeof value === 'string') return onImages(path) ? [value] : [];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => stringsOf(inner, [...path, key]));
}

test('the vendored fonts draw every character the images show, in every locale (else extend fonts/subset.py)', () => {
  for (const locale of Object.keys(locales)) {
    const values = stringsOf(JSON.parse(readFileSync(join(process.cwd(), 'messages', `${locale}.json`), 'utf8')));
    expect(values.length).toBeGreaterThan(300);
    const missing = new Set([...values.join('')].filter((char) => char >= ' ' && !covered.has(char.codePointAt(0)!)));
    expect([locale, [...missing].join('')]).toEqual([locale, '']);
  }
});
