import type { ReplyCode, Stage } from '@/lib/reply-codes';
import styles from './SessionDiagram.module.css';

export type SessionStep = Exclude<Stage, 'any'>;

/** The main line of a session in the order a client meets it (RFC 5321 §3); other commands sit beside it. */
export const MAIN_STEPS = [
  'greeting', 'ehlo', 'starttls', 'auth', 'mail', 'rcpt', 'data', 'end-of-data', 'quit',
] as const satisfies readonly SessionStep[];
/** Protocol words: drawn as they are sent, never translated. */
export const OTHER_COMMANDS = ['RSET', 'VRFY', 'EXPN', 'HELP', 'ETRN'] as const;

/** The steps to highlight, in session order; 'any' means every one of them. */
export function highlightedSteps(code: ReplyCode): readonly SessionStep[] {
  const all: readonly SessionStep[] = [...MAIN_STEPS, 'other-commands'];
  return code.stages.includes('any') ? all : all.filter((step) => code.stages.includes(step));
}

/** A success whose only step is QUIT (221) ends the session rather than continuing it. */
export function nextKey(code: ReplyCode): ReplyCode['retry'] | 'closed' {
  return code.retry === 'success' && code.stages.length === 1 && code.stages[0] === 'quit' ? 'closed' : code.retry;
}

// viewBox units. At 340 wide the drawing keeps its 13-unit text at about 12.5 px on a 360 px phone.
const ROW = 44;
const BOX_H = 30;
const MAIN_W = 214;
const SIDE = { x: 226, w: 112, top: ROW + 2, height: 7 * ROW + BOX_H };
const WIDTH = 340;
export const VIEW_BOX = `0 0 ${WIDTH} ${MAIN_STEPS.length * ROW - ROW + BOX_H + 4}`;

/**
 * Right-to-left pages draw the diagram mirrored (the side box on the left, the badge at the main boxes'
 * left end); the text itself is never mirrored, only where it sits.
 */
export type Side = 'ltr' | 'rtl';
/** The x of something `width` wide that sits at `x` in the left-to-right drawing. */
const placed = (side: Side, x: number, width = 0) => (side === 'rtl' ? WIDTH - x - width : x);

type Mark = { highlighted: boolean; code: number; side: Side };

/** Characters drawn a full em wide: CJK ideographs, kana, Hangul and their punctuation, full-width forms. */
const FULL_WIDTH = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;
/** The labels' font size in viewBox units (the <svg fontSize> of SessionDiagram). */
export const LABEL_SIZE = 13;
/**
 * A guess at a label's drawn width, since a server cannot measure text: full-width characters are 1 em, the
 * rest half an em (measured in Chromium: the longest English, Spanish and Vietnamese labels average 0.45–0.48).
 */
export const estimatedWidth = (text: string, size = LABEL_SIZE) =>
  [...text].reduce((width, ch) => width + (FULL_WIDTH.test(ch) ? 1 : 0.5) * size, 0);
/**
 * SVG text never wraps: a label longer than its room (Japanese characters are twice as wide as Latin
 * letters) is squeezed to fit rather than drawn over the badge and the box's edge.
 */
const fitted = (label: string, room: number) =>
  estimatedWidth(label) > room ? { textLength: room, lengthAdjust: 'spacingAndGlyphs' as const } : {};
/** Room for a label: the box less its padding, and less the badge when there is one. */
export const labelRoom = (highlighted: boolean) => MAIN_W - 12 - (highlighted ? 36 : 0);

function Badge({ cx, cy, code }: { cx: number; cy: number; code: number }) {
  return (
    <g className={styles.badge}>
      <rect x={cx - 18} y={cy - 10} width={36} height={20} rx={10} />
      <text x={cx} y={cy}>{code}</text>
    </g>
  );
}

/** One main-line step; the code's number in a badge says "here" without relying on colour alone. */
export function StepBox({ step, index, label, highlighted, code, side }: Mark & { step: SessionStep; index: number; label: string }) {
  const y = 2 + index * ROW;
  const arrowX = placed(side, MAIN_W / 2 + 2);
  return (
    <g data-step={step} data-highlighted={highlighted || undefined}>
      {index > 0 ? <path className={styles.arrow} d={`M${arrowX} ${y - ROW + BOX_H + 1}V${y - 1}m-4 -5l4 5l4 -5`} /> : null}
      <rect className={styles.box} x={placed(side, 2, MAIN_W)} y={y} width={MAIN_W} height={BOX_H} rx={5} />
      <text
        className={styles.label}
        x={highlighted ? placed(side, (MAIN_W - 36) / 2 + 2) : arrowX}
        y={y + BOX_H / 2}
        {...fitted(label, labelRoom(highlighted))}
      >
        {label}
      </text>
      {highlighted ? <Badge cx={placed(side, MAIN_W - 19)} cy={y + BOX_H / 2} code={code} /> : null}
    </g>
  );
}

/** RSET, VRFY, EXPN, HELP and ETRN may come between the main steps, so they stand apart in a dashed box. */
export function SideBox({ title, highlighted, code, side }: Mark & { title: string }) {
  const cx = placed(side, SIDE.x + SIDE.w / 2);
  const first = SIDE.top + SIDE.height / 2 - 60;
  return (
    <g data-step="other-commands" data-highlighted={highlighted || undefined} className={styles.side}>
      <rect className={styles.box} x={placed(side, SIDE.x, SIDE.w)} y={SIDE.top} width={SIDE.w} height={SIDE.height} rx={5} />
      <text className={styles.sideTitle} x={cx} y={first}>{title}</text>
      {OTHER_COMMANDS.map((command, i) => (
        <text key={command} className={styles.command} x={cx} y={first + 26 + i * 20}>{command}</text>
      ))}
      {highlighted ? <Badge cx={cx} cy={first + 142} code={code} /> : null}
    </g>
  );
}
