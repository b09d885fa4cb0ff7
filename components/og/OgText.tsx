/**
 * A piece of text on an Open Graph image: satori draws Latin, Greek, Cyrillic and CJK itself; text in a
 * script it cannot shape (Arabic, Hebrew) arrives pre-shaped as a picture of its glyphs (lib/og-shaping.ts).
 */
import type { CSSProperties } from 'react';
import { needsShaping, shapeText, type ShapeOptions, type ShapedText } from '@/lib/og-shaping';

export type OgText = string | ShapedText;

/** How a slot of the picture sets its text, the same for satori and for the shaper. */
export type TextSlot = Omit<ShapeOptions, 'direction'>;

export async function shapedIfNeeded(text: string, slot: TextSlot, direction: 'ltr' | 'rtl'): Promise<OgText> {
  return needsShaping(text) ? shapeText(text, { ...slot, direction }) : text;
}

/** The style satori needs to set `slot` the way the shaper would (wrapping, clamping, size, colour). */
export function slotStyle(slot: TextSlot): CSSProperties {
  return {
    display: 'block',
    lineClamp: slot.maxLines,
    fontSize: slot.size,
    fontWeight: slot.weight,
    color: slot.colour,
    maxWidth: slot.maxWidth,
    ...(slot.lineHeight ? { lineHeight: `${slot.lineHeight}px` } : {}),
  };
}

export function OgTextView({ text, slot, style }: { text: OgText; slot: TextSlot; style?: CSSProperties }) {
  if (typeof text === 'string') return <div style={{ ...slotStyle(slot), ...style }}>{text}</div>;
  // eslint-disable-next-line @next/next/no-img-element -- satori draws <img>, there is no page here
  return <img src={text.src} width={text.width} height={text.height} alt="" style={{ ...style }} />;
}
