/**
 * The 1200×630 Open Graph picture of a glossary entry or a guide: the site's name, a kicker and the title,
 * drawn by satori (next/og) with the same frame as the code cards (components/og/OgImage.tsx).
 */
import { OG_SIZE, type OgTitleCard } from '@/lib/og';
import { OgTextView, shapedIfNeeded, type OgText, type TextSlot } from './OgText';

const INK = '#1a1d21';
const MUTED = '#555d66';
const ACCENT = '#0b57b0';
const PADDING = 72;
const INNER = OG_SIZE.width - 2 * PADDING;

const SITE_NAME: TextSlot = { size: 36, weight: 700, colour: INK, maxWidth: INNER / 2, maxLines: 1 };
const KICKER: TextSlot = { size: 30, weight: 400, colour: MUTED, maxWidth: INNER / 2, maxLines: 1 };
/** Long titles step down so that three lines always fit. */
const titleSlot = (title: string): TextSlot => {
  const size = title.length > 60 ? 60 : title.length > 30 ? 76 : 96;
  return { size, weight: 700, colour: INK, maxWidth: INNER, maxLines: 3, lineHeight: size * 1.2 };
};

export type ShapedOgTitleCard = { readonly siteName: OgText; readonly kicker: OgText; readonly title: OgText; readonly titleSlot: TextSlot; readonly dir: 'ltr' | 'rtl' };

export async function shapeOgTitleCard(card: OgTitleCard, dir: 'ltr' | 'rtl'): Promise<ShapedOgTitleCard> {
  const slot = titleSlot(card.title);
  return {
    dir,
    siteName: await shapedIfNeeded(card.siteName, SITE_NAME, dir),
    kicker: await shapedIfNeeded(card.kicker, KICKER, dir),
    title: await shapedIfNeeded(card.title, slot, dir),
    titleSlot: slot,
  };
}

export default function OgTitleImage({ card }: { card: ShapedOgTitleCard }) {
  const row = card.dir === 'rtl' ? 'row-reverse' : 'row';
  return (
    <div style={{ display: 'flex', flexDirection: 'column', width: '100%', height: '100%', background: '#ffffff' }}>
      <div style={{ display: 'flex', height: 16, background: ACCENT }} />
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          flex: 1,
          padding: `40px ${PADDING}px 56px`,
          color: INK,
          fontFamily: '"Noto Sans", "Noto Sans CJK"',
        }}
      >
        <div style={{ display: 'flex', flexDirection: row, justifyContent: 'space-between', alignItems: 'center' }}>
          <OgTextView text={card.siteName} slot={SITE_NAME} />
          <OgTextView text={card.kicker} slot={KICKER} />
        </div>
        <div style={{ display: 'flex', flexDirection: row, flex: 1, alignItems: 'center' }}>
          <OgTextView text={card.title} slot={card.titleSlot} />
        </div>
      </div>
    </div>
  );
}
