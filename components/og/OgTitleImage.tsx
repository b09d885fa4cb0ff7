/**
 * The 1200×630 Open Graph picture of a glossary entry or a guide: the site's name, a kicker and the title,
 * drawn by satori (next/og) with the same frame as the code cards (components/og/OgImage.tsx).
 */
import type { OgTitleCard } from '@/lib/og';

const INK = '#1a1d21';
const MUTED = '#555d66';
const ACCENT = '#0b57b0';

/** Long titles step down so that three lines always fit. */
const titleSize = (title: string) => (title.length > 60 ? 60 : title.length > 30 ? 76 : 96);

export default function OgTitleImage({ card }: { card: OgTitleCard }) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', width: '100%', height: '100%', background: '#ffffff' }}>
      <div style={{ display: 'flex', height: 16, background: ACCENT }} />
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          flex: 1,
          padding: '40px 72px 56px',
          color: INK,
          fontFamily: '"Noto Sans", "Noto Sans CJK"',
        }}
      >
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }}>
          <div style={{ fontSize: 36, fontWeight: 700 }}>{card.siteName}</div>
          <div style={{ fontSize: 30, color: MUTED }}>{card.kicker}</div>
        </div>
        <div style={{ display: 'flex', flex: 1, alignItems: 'center' }}>
          <div style={{ display: 'block', lineClamp: 3, fontSize: titleSize(card.title), lineHeight: 1.2, fontWeight: 700 }}>
            {card.title}
          </div>
        </div>
      </div>
    </div>
  );
}
