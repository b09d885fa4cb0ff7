/**
 * The 1200×630 Open Graph picture of a code page or a comparison, drawn by satori (next/og): flexbox
 * and inline styles only. Class colours are the site's light-theme ones, each at least 5:1 against white.
 * Right-to-left locales get the mirrored layout and their text pre-shaped (OgText.tsx).
 */
import type { CodeClass } from '@/lib/codes';
import { OG_SIZE, type OgCard, type OgCode } from '@/lib/og';
import { OgTextView, shapedIfNeeded, type OgText, type TextSlot } from './OgText';

const COLOURS: Record<CodeClass, string> = { 2: '#1a7f37', 3: '#0b57b0', 4: '#9a5b00', 5: '#b3261e' };
const INK = '#1a1d21';
const MUTED = '#555d66';
const LINE = '#d7dce1';
const PADDING = 72;
const GAP = 40;
const INNER = OG_SIZE.width - 2 * PADDING;
const BODY = {
  display: 'flex',
  flexDirection: 'column',
  flex: 1,
  padding: `40px ${PADDING}px 56px`,
  color: INK,
  fontFamily: '"Noto Sans", "Noto Sans CJK"',
} as const;

const SITE_NAME: TextSlot = { size: 36, weight: 700, colour: INK, maxWidth: INNER / 2, maxLines: 1 };
const KICKER: TextSlot = { size: 30, weight: 400, colour: MUTED, maxWidth: INNER / 2, maxLines: 1 };

const columnWidth = (pair: boolean) => (pair ? (INNER - 2 * GAP - 2) / 2 : INNER);
const nameSlot = (pair: boolean): TextSlot => ({
  size: pair ? 44 : 64,
  weight: 700,
  colour: INK,
  maxWidth: columnWidth(pair),
  maxLines: pair ? 3 : 2,
  lineHeight: (pair ? 44 : 64) * 1.2,
});
// satori spaces words unevenly at 26–28 px
const outcomeSlot = (pair: boolean, colour: string): TextSlot => ({
  size: pair ? 24 : 30,
  weight: 700,
  colour,
  maxWidth: columnWidth(pair) - 50,
  maxLines: 1,
});

export type ShapedOgCode = Omit<OgCode, 'name' | 'outcome'> & { readonly name: OgText; readonly outcome: OgText };
export type ShapedOgCard = {
  readonly siteName: OgText;
  readonly kicker: OgText | null;
  readonly codes: readonly ShapedOgCode[];
  readonly dir: 'ltr' | 'rtl';
};

/** The card with every text satori cannot set pre-shaped, at the size and width its slot gives it. */
export async function shapeOgCard(card: OgCard, dir: 'ltr' | 'rtl'): Promise<ShapedOgCard> {
  const pair = card.codes.length > 1;
  const shape = (text: string, slot: TextSlot) => shapedIfNeeded(text, slot, dir);
  return {
    dir,
    siteName: await shape(card.siteName, SITE_NAME),
    kicker: card.kicker === null ? null : await shape(card.kicker, KICKER),
    codes: await Promise.all(
      card.codes.map(async (code) => ({
        ...code,
        name: await shape(code.name, nameSlot(pair)),
        outcome: await shape(code.outcome, outcomeSlot(pair, COLOURS[code.codeClass])),
      })),
    ),
  };
}

/** Largest size at which the code fits its column on one line (Noto Sans Bold figures ≈ 0.6 em). */
function fittingSize(code: string, width: number, max: number): number {
  return Math.min(max, Math.floor(width / (0.6 * code.length)));
}

/** The class in words, in the class colour: colour is never the only sign. */
function Outcome({ text, colour, pair, start }: { text: OgText; colour: string; pair: boolean; start: 'flex-start' | 'flex-end' }) {
  return (
    <div
      style={{
        display: 'flex',
        alignSelf: start,
        marginTop: 28,
        padding: '6px 22px',
        border: `3px solid ${colour}`,
        borderRadius: 999,
      }}
    >
      <OgTextView text={text} slot={outcomeSlot(pair, colour)} />
    </div>
  );
}

type ColumnProps = { entry: ShapedOgCode; codeSize: number; pair: boolean; rtl: boolean };

function CodeColumn({ entry, codeSize, pair, rtl }: ColumnProps) {
  const colour = COLOURS[entry.codeClass];
  const start = rtl ? 'flex-end' : 'flex-start';
  return (
    <div style={{ display: 'flex', flexDirection: 'column', alignItems: start, width: columnWidth(pair), fontWeight: 700 }}>
      <div style={{ fontSize: codeSize, lineHeight: 1, color: colour }}>{entry.code}</div>
      <OgTextView text={entry.name} slot={nameSlot(pair)} style={{ marginTop: 20 }} />
      <Outcome text={entry.outcome} colour={colour} pair={pair} start={start} />
    </div>
  );
}

export default function OgImage({ card }: { card: ShapedOgCard }) {
  const pair = card.codes.length > 1;
  const rtl = card.dir === 'rtl';
  // Both codes of a comparison at one size, so that they line up.
  const codeSize = Math.min(...card.codes.map((c) => fittingSize(c.code, columnWidth(pair), pair ? 150 : 220)));
  // Mirrored for right-to-left: the first code, the site's name and every column's text start at the right.
  const row = rtl ? 'row-reverse' : 'row';
  return (
    <div style={{ display: 'flex', flexDirection: 'column', width: '100%', height: '100%', background: '#ffffff' }}>
      <div style={{ display: 'flex', flexDirection: row, height: 16 }}>
        {card.codes.map((c) => (
          <div key={c.code} style={{ flex: 1, background: COLOURS[c.codeClass] }} />
        ))}
      </div>
      <div style={BODY}>
        <div style={{ display: 'flex', flexDirection: row, justifyContent: 'space-between', alignItems: 'center' }}>
          <OgTextView text={card.siteName} slot={SITE_NAME} />
          {card.kicker ? <OgTextView text={card.kicker} slot={KICKER} /> : null}
        </div>
        <div style={{ display: 'flex', flexDirection: row, flex: 1, alignItems: 'center' }}>
          <div style={{ display: 'flex', flexDirection: row }}>
            {card.codes.flatMap((entry, i) => [
              i > 0 ? <div key="line" style={{ width: 2, background: LINE, margin: `0 ${GAP}px` }} /> : null,
              <CodeColumn key={entry.code} entry={entry} codeSize={codeSize} pair={pair} rtl={rtl} />,
            ])}
          </div>
        </div>
      </div>
    </div>
  );
}
