/**
 * Text for the Open Graph images that satori cannot draw itself: satori lays glyphs out one by one, in
 * logical order, so Arabic comes out with unjoined letters, left to right. Here HarfBuzz (the shaper
 * browsers use) shapes it and the Unicode bidirectional algorithm (bidi-js) orders its runs; the result
 * is an SVG of glyph outlines that the image embeds as a picture.
 *
 * Server-only. harfbuzzjs is an ES module that awaits its WebAssembly at load time, so it is imported
 * dynamically (and kept out of the server bundle: next.config.ts serverExternalPackages).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import bidiFactory from 'bidi-js';

type HarfBuzz = typeof import('harfbuzzjs');
type HbFont = InstanceType<HarfBuzz['Font']>;

export type Weight = 400 | 700;

/** One shaped glyph, in the SVG's pixels: where its origin sits and which outline it draws. */
export type PlacedGlyph = {
  readonly glyph: number;
  readonly font: FontRole;
  /** Index in the line's text of the character the glyph comes from (HarfBuzz's cluster). */
  readonly cluster: number;
  readonly x: number;
  readonly y: number;
};

export type ShapedText = {
  /** The drawing, ready for an <img src>. */
  readonly src: string;
  readonly width: number;
  readonly height: number;
  /** Each line's text, in logical order, and its glyphs left to right as drawn: what the tests read. */
  readonly texts: readonly string[];
  readonly lines: readonly (readonly PlacedGlyph[])[];
};

export type ShapeOptions = {
  readonly size: number;
  readonly weight: Weight;
  readonly colour: string;
  /** The box the text wraps in; lines start at its right edge for right-to-left text. */
  readonly maxWidth: number;
  readonly maxLines: number;
  readonly lineHeight?: number;
  readonly direction: 'ltr' | 'rtl';
};

/** Arabic-script text goes to the Arabic face; anything it lacks (Latin, brackets) to Noto Sans. */
type FontRole = 'arabic' | 'latin';
const FONT_FILES: Record<FontRole, Record<Weight, string>> = {
  arabic: { 400: 'NotoSansArabic-Regular.ttf', 700: 'NotoSansArabic-Bold.ttf' },
  latin: { 400: 'NotoSans-Regular.ttf', 700: 'NotoSans-Bold.ttf' },
};

type Shaper = { readonly hb: HarfBuzz; readonly fonts: Record<FontRole, Record<Weight, HbFont>>; readonly upem: number };
let shaper: Promise<Shaper> | undefined;

async function loadShaper(): Promise<Shaper> {
  const hb: HarfBuzz = await import('harfbuzzjs');
  const load = async (file: string) => {
    const data = await readFile(join(process.cwd(), 'fonts', file));
    return new hb.Font(new hb.Face(new hb.Blob(data)));
  };
  const pair = async (role: FontRole) => ({ 400: await load(FONT_FILES[role][400]), 700: await load(FONT_FILES[role][700]) });
  const fonts = { arabic: await pair('arabic'), latin: await pair('latin') };
  return { hb, fonts, upem: fonts.arabic[400].face.upem };
}

const bidi = bidiFactory();

/**
 * Does `text` need shaping here, rather than satori's own text layout? Arabic script only: it is the
 * right-to-left script of the site's locales, and the one whose font is vendored.
 */
export function needsShaping(text: string): boolean {
  return /[\u0600-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u.test(text);
}

/** A run of one embedding level and one font: the unit that is shaped. */
type Run = { readonly start: number; readonly end: number; readonly level: number; readonly font: FontRole };

function runsOf(line: string, base: 'ltr' | 'rtl', has: (role: FontRole, cp: number) => boolean): Run[] {
  const { levels } = bidi.getEmbeddingLevels(line, base);
  const runs: Run[] = [];
  let start = 0;
  for (const char of line) {
    const cp = char.codePointAt(0) ?? 0;
    const level = levels[start] ?? 0;
    const end = start + char.length;
    const previous = runs.at(-1);
    // Neutrals (spaces, digits, punctuation) stay in the font of the run they sit in when it has them;
    // Latin letters always go to Noto Sans.
    const font: FontRole =
      previous?.level === level && has(previous.font, cp) ? previous.font : has('arabic', cp) && !/[A-Za-z]/.test(char) ? 'arabic' : 'latin';
    if (previous?.level === level && previous.font === font) runs[runs.length - 1] = { ...previous, end };
    else runs.push({ start, end, level, font });
    start = end;
  }
  return visualOrder(runs);
}

/** Rule L2 of the bidirectional algorithm, on whole runs: reverse every sequence at level ≥ k, highest k first. */
export function visualOrder<T extends { readonly level: number }>(runs: readonly T[]): T[] {
  const ordered = [...runs];
  const highest = Math.max(0, ...runs.map((run) => run.level));
  const lowestOdd = Math.min(...runs.map((run) => (run.level % 2 ? run.level : run.level + 1)));
  for (let level = highest; level >= lowestOdd; level--) {
    let i = 0;
    while (i < ordered.length) {
      let j = i;
      while (j < ordered.length && (ordered[j]?.level ?? 0) >= level) j++;
      if (j > i) ordered.splice(i, j - i, ...ordered.slice(i, j).reverse());
      i = j + 1;
    }
  }
  return ordered;
}

type Glyph = { glyph: number; font: FontRole; cluster: number; advance: number; dx: number; dy: number };

function shapeRun(s: Shaper, text: string, run: Run, weight: Weight): Glyph[] {
  const font = s.fonts[run.font][weight];
  const buffer = new s.hb.Buffer();
  buffer.addText(text.slice(run.start, run.end));
  buffer.guessSegmentProperties();
  buffer.setDirection(run.level % 2 ? s.hb.Direction.RTL : s.hb.Direction.LTR);
  s.hb.shape(font, buffer);
  // For right-to-left runs HarfBuzz already returns glyphs in visual (left-to-right) order.
  return buffer.getGlyphInfosAndPositions().map((g) => ({
    glyph: g.codepoint,
    font: run.font,
    cluster: run.start + g.cluster,
    advance: g.xAdvance ?? 0,
    dx: g.xOffset ?? 0,
    dy: g.yOffset ?? 0,
  }));
}

function shapeLine(s: Shaper, line: string, base: 'ltr' | 'rtl', weight: Weight): Glyph[] {
  const has = (role: FontRole, cp: number) => s.fonts[role][weight].nominalGlyph(cp) !== undefined;
  return runsOf(line, base, has).flatMap((run) => shapeRun(s, line, run, weight));
}

const widthOf = (glyphs: readonly Glyph[]) => glyphs.reduce((sum, g) => sum + g.advance, 0);

/** Greedy line filling at spaces; the last line that fits ends in an ellipsis if text remains. */
function breakLines(s: Shaper, text: string, options: ShapeOptions, limit: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const [index, word] of words.entries()) {
    const candidate = current ? `${current} ${word}` : word;
    if (!current || widthOf(shapeLine(s, candidate, options.direction, options.weight)) <= limit) {
      current = candidate;
      continue;
    }
    if (lines.length === options.maxLines - 1) return [...lines, ellipsized(s, current, options, limit, index < words.length)];
    lines.push(current);
    current = word;
  }
  return current ? [...lines, current] : lines;
}

function ellipsized(s: Shaper, line: string, options: ShapeOptions, limit: number, more: boolean): string {
  if (!more) return line;
  let words = line.split(' ');
  while (words.length > 1 && widthOf(shapeLine(s, `${words.join(' ')}…`, options.direction, options.weight)) > limit) words = words.slice(0, -1);
  return `${words.join(' ')}…`;
}

/** Shapes `text` into lines of glyph outlines, wrapped to `maxWidth`, aligned to the start of `direction`. */
export async function shapeText(text: string, options: ShapeOptions): Promise<ShapedText> {
  const s = await (shaper ??= loadShaper());
  const scale = options.size / s.upem;
  const limit = options.maxWidth / scale;
  const lineHeight = options.lineHeight ?? options.size * 1.25;
  const texts = breakLines(s, text, options, limit);
  const lines = texts.map((line) => shapeLine(s, line, options.direction, options.weight));
  const width = Math.ceil(Math.min(options.maxWidth, Math.max(0, ...lines.map((l) => widthOf(l) * scale))));
  // The baseline sits where Noto Sans Arabic's letters fill the line evenly above and below it.
  const baseline = lineHeight / 2 + options.size * 0.3;
  const placed = lines.map((glyphs, row) => {
    let x = options.direction === 'rtl' ? width / scale - widthOf(glyphs) : 0;
    return glyphs.map((g) => {
      const at = { glyph: g.glyph, font: g.font, cluster: g.cluster, x: (x + g.dx) * scale, y: row * lineHeight + baseline - g.dy * scale };
      x += g.advance;
      return at;
    });
  });
  // Descenders (ح, ي, ر) may reach below the last line's box: the picture grows to hold their ink.
  const inkBottom = Math.max(
    ...placed.flat().map((g) => {
      const extents = s.fonts[g.font][options.weight].glyphExtents(g.glyph);
      return extents ? g.y - (extents.yBearing + extents.height) * scale : 0;
    }),
  );
  const height = Math.ceil(Math.max(lineHeight * lines.length, inkBottom + 1));
  const paths = placed.flat().map((g) => {
    const d = s.fonts[g.font][options.weight].glyphToPath(g.glyph);
    return d ? `<path transform="translate(${round(g.x)} ${round(g.y)}) scale(${round(scale, 5)} ${round(-scale, 5)})" d="${d}"/>` : '';
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><g fill="${options.colour}">${paths.join('')}</g></svg>`;
  return { src: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`, width, height, texts, lines: placed };
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));
