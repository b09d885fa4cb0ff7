import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REGISTRY } from '@/data/enhanced-codes';
import { REASONS } from '@/data/reasons';
import {
  allEnhancedCodes,
  entryIdOf,
  getEnhancedCode,
  pairedReplyCodes,
  registryEntries,
  SUBJECTS,
} from '@/lib/enhanced-codes';
import { allReplyCodes } from '@/lib/reply-codes';
import { parseSlug } from '@/lib/slug';

/**
 * The IANA registry's enumerated codes as the team reference records them (registry updated 2024-12-06;
 * X.7.29 and X.7.30 from implementations). One row per entry: code, title, basic, reference.
 */
function fixture(): { code: string; title: string; basic: string; reference: string }[] {
  const [, ...lines] = readFileSync(join(__dirname, 'fixtures/iana-enhanced-status-codes.csv'), 'utf8').trim().split('\n');
  return lines.map((line) => {
    const cells = [...line.matchAll(/"([^"]*)"|([^,]*)/g)].filter((m) => m.index === 0 || line[m.index - 1] === ',');
    const [code, title, basic, reference] = cells.map((m) => m[1] ?? m[2] ?? '');
    return { code: code!, title: title!, basic: basic!, reference: reference! };
  });
}

const rows = fixture();

test('the registry has the 81 entries of the IANA table, per subject as counted there', () => {
  expect(rows).toHaveLength(81);
  expect(registryEntries().map((e) => e.id)).toEqual(rows.map((r) => r.code));
  const perSubject = SUBJECTS.map((s) => registryEntries().filter((e) => e.subject === s).length);
  expect(perSubject).toEqual([1, 11, 5, 7, 8, 7, 11, 31]);
});

test.each(rows.map((r) => [r.code, r] as const))('%s has the registry title, basic codes and references', (code, row) => {
  const entry = registryEntries().find((e) => e.id === code)!;
  expect(entry.title ?? '').toBe(row.title);
  const rfcs = [...row.reference.matchAll(/RFC (\d+)/g)].map((m) => Number(m[1]));
  const drafts = row.reference.match(/draft-[a-z0-9-]+/g) ?? [];
  expect(entry.refs.flatMap((r) => ('rfc' in r ? [r.rfc] : []))).toEqual(rfcs);
  expect(entry.refs.flatMap((r) => ('draft' in r ? [r.draft] : []))).toEqual(drafts);
  const basic = entry.basic;
  const listed = row.basic.split(';')[0]!.split(',').flatMap((part) => {
    const range = /(\d+)–(\d+)/.exec(part);
    if (!range) return /\d{3}/.test(part) ? [Number(part)] : [];
    return Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, i) => Number(range[1]) + i);
  });
  expect(basic.kind === 'list' ? basic.codes : []).toEqual(listed);
  expect(basic.kind).toBe(
    row.basic === 'any' ? 'any' : row.basic === '–' ? 'none' : row.basic === '5XX' ? 'class' : 'list',
  );
});

test('X.6.10 is deprecated in favour of X.6.8', () => {
  expect(REGISTRY['X.6.10'].deprecated).toEqual({ replacedBy: 'X.6.8' });
  expect(REGISTRY['X.6.8'].title).toMatch(/UTF-8 string reply/);
});

test('every entry has a page in each class it is seen in, and a known reason', () => {
  for (const entry of registryEntries()) {
    expect(REASONS).toContain(entry.reason);
    for (const c of entry.classes) expect(getEnhancedCode(`${c}.${entry.subject}.${entry.detail}`)).toBeDefined();
  }
  expect(getEnhancedCode('5.1.1')?.entry.title).toBe('Bad destination mailbox address');
  expect(getEnhancedCode('4.2.2')).toBeDefined();
  expect(getEnhancedCode('3.1.1')).toBeUndefined();
});

test('reply codes and enhanced codes link both ways', () => {
  for (const reply of allReplyCodes()) {
    for (const id of reply.enhanced) {
      expect({ reply: reply.code, id, page: Boolean(parseSlug(id)) }).toEqual({ reply: reply.code, id, page: true });
    }
  }
  const codes550 = getEnhancedCode('5.1.1')!;
  expect(pairedReplyCodes(codes550).map((r) => r.code)).toEqual([550]);
  expect(pairedReplyCodes(getEnhancedCode('4.1.1')!).map((r) => r.code)).toEqual([451]);
  for (const code of allEnhancedCodes()) {
    for (const reply of pairedReplyCodes(code)) expect(reply.replyClass).toBe(code.enhancedClass);
  }
});

test.each([
  ['5.1.1', 'X.1.1'],
  ['4.7.26', 'X.7.26'],
  ['2.0.0', 'X.0.0'],
  ['5.7.509', 'X.7.509'],
  ['5.1', null],
  ['6.1.1', null],
])('entryIdOf(%j) → %j', (id, expected) => {
  expect(entryIdOf(id)).toBe(expected);
});
