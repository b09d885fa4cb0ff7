/**
 * The 1200×630 Open Graph picture of a code page or a comparison, drawn by satori (next/og): flexbox
 * and inline styles only. Class colours are the site's light-theme ones, each at least 5:1 against white.
 */
import type { CodeClass } from '@/lib/codes';
import type { OgCard, OgCode } from '@/lib/og';

export const OG_SIZE = { width: 1200, height: 630 } as const;

const COLOURS: Record<CodeClass, string> = { 2: '#1a7f37', 3: '#0b57b0', 4: '#9a5b00', 5: '#b3261e' };
const INK = '#1a1d21';
const MUTED = '#555d66';
const LINE = '#d7dce1';
const PADDING = 72;
const GAP = 40;
const BODY = {
  display: 'flex',
  flexDirection: 'column',
  flex: 1,
  padding: `40px ${PADDING}px 56px`,
  color: INK,
  fontFamily: '"Noto Sans", "Noto Sans CJK"',
} as const;

/** Largest size at which the code fits its column on one line (Noto Sans Bold figures ≈ 0.6 em). */
function fittingSize(code: string, width: number, max: number): number {
  return Math.min(max, Math.floor(width / (0.6 * code.length)));
}

/** The class in words, in the class colour: colour is never the only sign. */
function Outcome({ text, colour, pair }: { text: string; colour: string; pair: boolean }) {
  const fontSize = pair ? 24 : 30; // satori spaces words unevenly at 26–28 px
  return (
    <div
      style={{
        display: 'flex',
        alignSelf: 'flex-start',
        marginTop: 28,
        padding: '6px 22px',
        border: `3px solid ${colour}`,
        borderRadius: 999,
        color: colour,
        fontSize,
        fontWeight: 700,
      }}
    >
      {text}
    </div>
  );
}

type ColumnProps = { entry: OgCode; width: number; codeSize: number; pair: boolean };

function CodeColumn({ entry, width, codeSize, pair }: ColumnProps) {
  const colour = COLOURS[entry.codeClass];
  const name = { display: 'block', lineClamp: pair ? 3 : 2, fontSize: pair ? 44 : 64, lineHeight: 1.2, marginTop: 20 };
  return (
    <div style={{ display: 'flex', flexDirection: 'column', width, fontWeight: 700 }}>
      <div style={{ fontSize: codeSize, lineHeight: 1, color: colour }}>{entry.code}</div>
      <div style={name}>{entry.name}</div>
      <Outcome text={entry.outcome} colour={colour} pair={pair} />
    </div>
  );
}

export default function OgImage({ card }: { card: OgCard }) {
  const pair = card.codes.length > 1;
  const inner = OG_SIZE.width - 2 * PADDING;
  const width = pair ? (inner - 2 * GAP - 2) / 2 : inner;
  // Both codes of a comparison at one size, so that they line up.
  const codeSize = Math.min(...card.codes.map((c) => fittingSize(c.code, width, pair ? 150 : 220)));
  return (
    <div style={{ display: 'flex', flexDirection: 'column', width: '100%', height: '100%', background: '#ffffff' }}>
      <div style={{ display: 'flex', height: 16 }}>
        {card.codes.map((c) => (
          <div key={c.code} style={{ flex: 1, background: COLOURS[c.codeClass] }} />
        ))}
      </div>
      <div style={BODY}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }}>
          <div style={{ fontSize: 36, fontWeight: 700 }}>{card.siteName}</div>
          {card.kicker ? <div style={{ fontSize: 30, color: MUTED }}>{card.kicker}</div> : null}
        </div>
        <div style={{ display: 'flex', flex: 1, alignItems: 'center' }}>
          <div style={{ display: 'flex' }}>
            {card.codes.flatMap((entry, i) => [
              i > 0 ? <div key="line" style={{ width: 2, background: LINE, margin: `0 ${GAP}px` }} /> : null,
              <CodeColumn key={entry.code} entry={entry} width={width} codeSize={codeSize} pair={pair} />,
            ])}
          </div>
        </div>
      </div>
    </div>
  );
}
