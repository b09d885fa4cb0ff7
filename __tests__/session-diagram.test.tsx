import { render, screen } from '@testing-library/react';
import SessionDiagram from '@/components/code/SessionDiagram';
import { SideBox, StepBox, VIEW_BOX, labelRoom, type Side } from '@/components/code/SessionDiagramParts';
import { locales } from '@/i18n/locales';
import { allReplyCodes, getReplyCode } from '@/lib/reply-codes';
import { messagesOf, renderIn } from './render';

type Texts = {
  title: string;
  steps: Record<string, string>;
  inSentence: Record<string, string>;
  highlighted: string;
  noStage: string;
  next: Record<string, string>;
};

const ALL_STEPS = ['greeting', 'ehlo', 'starttls', 'auth', 'mail', 'rcpt', 'data', 'end-of-data', 'quit', 'other-commands'];

const CASES = [
  { code: 550, highlighted: ['ehlo', 'mail', 'rcpt', 'end-of-data', 'other-commands'], next: 'permanent' },
  { code: 220, highlighted: ['greeting', 'starttls'], next: 'success' },
  { code: 221, highlighted: ['quit'], next: 'closed' },
  { code: 421, highlighted: ALL_STEPS, next: 'transient' },
  { code: 571, highlighted: [], next: 'permanent' },
];

/** The words a test expects, with ICU arguments filled in the simplest way. */
const fill = (message: string, values: Record<string, string | number>) =>
  message.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));

describe.each(locales)('in %s', (locale) => {
  const t = (messagesOf(locale) as { SessionDiagram: Texts }).SessionDiagram;

  test.each(CASES)('$code highlights exactly its steps and says what happens next', ({ code, highlighted, next }) => {
    const { container } = renderIn(locale, <SessionDiagram code={getReplyCode(code)!} />);
    const image = screen.getByRole('img', { name: fill(t.title, { code }) });
    const drawn = [...container.querySelectorAll('[data-step]')];
    expect(drawn.map((g) => g.getAttribute('data-step')).sort()).toEqual([...ALL_STEPS].sort());
    const marked = drawn.filter((g) => g.hasAttribute('data-highlighted')).map((g) => g.getAttribute('data-step'));
    expect(marked.sort()).toEqual([...highlighted].sort());
    for (const g of drawn) expect(g.textContent).toContain(t.steps[g.getAttribute('data-step')!]!);
    expect(screen.getByText(t.next[next]!)).toBeInTheDocument();
    expect(image).toHaveAccessibleDescription(expect.stringContaining(String(code)));
  });

  test('the text alternative of 550 names its steps in words, in session order', () => {
    renderIn(locale, <SessionDiagram code={getReplyCode(550)!} />);
    const steps = [
      ...['ehlo', 'mail', 'rcpt', 'end-of-data'].map((step) => t.inSentence[step]!),
      fill(t.inSentence['other-commands']!, { commands: 'RSET, VRFY, EXPN, HELP, ETRN' }),
    ];
    const sentence = fill(t.highlighted, { code: 550, steps: new Intl.ListFormat(locale).format(steps) });
    expect(screen.getByRole('img')).toHaveAccessibleDescription(sentence);
  });

  test('a code no standard places says so instead of highlighting', () => {
    renderIn(locale, <SessionDiagram code={getReplyCode(571)!} />);
    const sentence = fill(t.noStage, { code: 571 });
    expect(screen.getByRole('img')).toHaveAccessibleDescription(sentence);
    expect(screen.getByText(sentence, { selector: 'p' })).toBeInTheDocument();
  });

  test('every reply code draws its diagram with a text alternative', () => {
    for (const code of allReplyCodes()) {
      const { unmount } = renderIn(locale, <SessionDiagram code={code} />);
      expect(screen.getByRole('img', { name: fill(t.title, { code: code.code }) })).toHaveAccessibleDescription(
        expect.stringContaining(String(code.code)),
      );
      unmount();
    }
  });

  test('step labels are short enough for their boxes', () => {
    for (const label of Object.values(t.steps)) expect(label.length).toBeLessThanOrEqual(24);
  });
});

describe('right-to-left pages mirror the drawing, not its text', () => {
  const boxes = (side: Side) => {
    const { container } = render(
      <svg viewBox={VIEW_BOX}>
        <StepBox step="rcpt" index={5} label="RCPT" highlighted code={550} side={side} />
        <SideBox title="Other commands" highlighted={false} code={550} side={side} />
      </svg>,
    );
    const x = (selector: string, attribute: string) => Number(container.querySelector(selector)!.getAttribute(attribute));
    return {
      main: x('[data-step="rcpt"] rect', 'x'),
      side: x('[data-step="other-commands"] rect', 'x'),
      badge: x('[data-step="rcpt"] g rect', 'x'),
      label: x('[data-step="rcpt"] text', 'x'),
      text: container.querySelector('[data-step="rcpt"] text')!.textContent,
    };
  };

  test('the side box and the badge move to the other end; the words stay as they are', () => {
    const ltr = boxes('ltr');
    const rtl = boxes('rtl');
    expect(ltr.side).toBeGreaterThan(ltr.main);
    expect(rtl.side).toBeLessThan(rtl.main);
    expect(ltr.badge).toBeGreaterThan(ltr.label);
    expect(rtl.badge).toBeLessThan(rtl.label);
    expect(rtl.text).toBe(ltr.text);
  });
});

describe('a label wider than its box is squeezed into it, never drawn over the badge or past the edge', () => {
  test.each([
    // Japanese is a full em a character: 14 of them do not fit beside the badge…
    { label: 'データの終わり（最後の「.」）', highlighted: true, squeezed: true },
    // …but do in a box without one.
    { label: 'データの終わり（最後の「.」）', highlighted: false, squeezed: false },
    // The longest Latin labels fit as they are (Chromium draws them 134–151 units wide).
    { label: 'End of data (final “.”)', highlighted: true, squeezed: false },
    { label: 'Dấu “.” kết thúc dữ liệu', highlighted: true, squeezed: false },
    { label: 'RCPT TO', highlighted: true, squeezed: false },
  ])('$label (badge: $highlighted) squeezed: $squeezed', ({ label, highlighted, squeezed }) => {
    const { container } = render(
      <svg viewBox={VIEW_BOX}>
        <StepBox step="end-of-data" index={7} label={label} highlighted={highlighted} code={550} side="ltr" />
      </svg>,
    );
    const text = container.querySelector('[data-step] text')!;
    expect(text.getAttribute('textLength')).toBe(squeezed ? String(labelRoom(highlighted)) : null);
    expect(text.getAttribute('lengthAdjust')).toBe(squeezed ? 'spacingAndGlyphs' : null);
  });
});
