import { EXTRA_REPLY_CODES, STANDARD_REPLY_CODES } from '@/data/reply-codes';
import { ACTORS, allReplyCodes, getReplyCode, isStandard, STAGES } from '@/lib/reply-codes';

// RFC 5321 §4.2.3 (24) and the extension RFCs (14), per the team reference, part (a).
const RFC_5321 = [
  211, 214, 220, 221, 250, 251, 252, 354, 421, 450, 451, 452, 455, 500, 501, 502, 503, 504, 550, 551, 552, 553,
  554, 555,
];
const EXTENSIONS = [235, 253, 334, 432, 453, 454, 458, 459, 521, 530, 534, 535, 538, 556];

describe('reply-code data', () => {
  test('the standard list is exactly the 24 codes of RFC 5321 plus the 14 of extension RFCs', () => {
    expect([...STANDARD_REPLY_CODES].sort()).toEqual([...RFC_5321, ...EXTENSIONS].sort());
    expect(STANDARD_REPLY_CODES).toHaveLength(38);
  });

  test('every standard code is RFC-defined and every extra is labelled as not', () => {
    for (const n of STANDARD_REPLY_CODES) expect(isStandard(getReplyCode(n)!)).toBe(true);
    for (const n of EXTRA_REPLY_CODES) expect(isStandard(getReplyCode(n)!)).toBe(false);
    expect(allReplyCodes()).toHaveLength(STANDARD_REPLY_CODES.length + EXTRA_REPLY_CODES.length);
  });

  test.each(allReplyCodes().map((c) => [c.code, c] as const))('%i has consistent facts', (n, code) => {
    expect(code.replyClass).toBe(Math.floor(n / 100));
    const secondDigit = Math.floor(n / 10) % 10;
    expect(code.category).toBe(secondDigit <= 5 ? secondDigit : null);
    expect(ACTORS).toContain(code.actor);
    for (const stage of code.stages) expect(STAGES).toContain(stage);
    if (isStandard(code)) expect(code.stages.length).toBeGreaterThan(0);
    for (const related of code.related) {
      expect(getReplyCode(related)).toBeDefined();
      expect(related).not.toBe(n);
    }
    // An enhanced code's class always matches the reply's first digit (RFC 3463 §2).
    for (const enhanced of code.enhanced) {
      expect(enhanced).toMatch(/^[245]\.\d{1,3}\.\d{1,3}$/);
      expect(enhanced.startsWith(`${code.replyClass}.`)).toBe(true);
    }
    expect(new Set(code.enhanced).size).toBe(code.enhanced.length);
  });

  test.each(allReplyCodes().map((c) => [c.code, c.standing] as const))('%i cites its source well-formed', (_, standing) => {
    if (standing.kind === 'rfc') {
      expect(standing.text.length).toBeGreaterThan(0);
      for (const ref of standing.rfcs) {
        expect(Number.isInteger(ref.rfc) && ref.rfc > 0 && ref.rfc < 10000).toBe(true);
        if (ref.section) expect(ref.section).toMatch(/^\d+(\.\d+)*$/);
      }
    } else if (standing.kind === 'draft') {
      expect(standing.draft).toMatch(/^draft-[a-z0-9-]+$/);
    } else if (standing.kind === 'iana-only') {
      for (const entry of standing.registryEntries) expect(entry).toMatch(/^X\.\d+\.\d+$/);
    }
  });

  test('RFC 5321 codes cite §4.2.3 first', () => {
    for (const n of RFC_5321) {
      const { standing } = getReplyCode(n)!;
      expect(standing.kind === 'rfc' && standing.rfcs[0]).toEqual({ rfc: 5321, section: '4.2.3' });
    }
  });
});
