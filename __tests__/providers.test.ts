import { CLASHES } from '@/data/clashes';
import { REASONS } from '@/data/reasons';
import { findProviderCode, messagesWithEnhanced, providerCodes, providerMessages, PROVIDERS } from '@/lib/providers';
import { getReplyCode } from '@/lib/reply-codes';
import { canonicalSlug, isCanonical, parseSlug } from '@/lib/slug';
import providerSamples from './fixtures/provider-samples.json';

const messages = providerMessages();

test('the catalogue holds at least 150 real provider messages, from every provider', () => {
  expect(messages.length).toBeGreaterThanOrEqual(150);
  expect(new Set(messages.map((m) => m.id)).size).toBe(messages.length);
  for (const provider of Object.keys(PROVIDERS)) expect(messages.some((m) => m.provider === provider)).toBe(true);
});

test.each(messages.map((m) => [m.id, m] as const))('%s is complete and links to real pages', (id, message) => {
  expect(id.startsWith(`${message.provider}-`)).toBe(true);
  const reasons = typeof message.reason === 'string' ? [message.reason] : [message.reason.transient, message.reason.permanent];
  for (const reason of reasons) expect(REASONS).toContain(reason);
  expect(new URL(message.source).protocol).toBe('https:');
  if (message.verified !== 'unchecked') {
    expect(message.verified.on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(message.verified.copy.length).toBeGreaterThan(10);
  }
  for (const phrase of message.match) expect(phrase.trim().length).toBeGreaterThanOrEqual(8);
  for (const [reply, enhanced] of message.codes) {
    if (reply !== null) expect(getReplyCode(reply) ?? reply).toBeDefined();
    if (enhanced !== null) {
      expect(enhanced).toMatch(/^[245]\.\d{1,3}\.\d{1,3}$/);
      expect({ enhanced, page: parseSlug(enhanced) !== null }).toEqual({ enhanced, page: true });
    }
  }
});

test('every clash the reference lists has the provider’s own message to show', () => {
  for (const [provider, codes] of Object.entries(CLASHES)) {
    for (const code of codes) {
      expect({ provider, code, found: messagesWithEnhanced(code).some((m) => m.provider === provider) }).toEqual({
        provider,
        code,
        found: true,
      });
    }
  }
});

test.each([
  ['5.7.509', '5.7.509', true],
  ['5.7.606-649', '5.7.606-649', true],
  ['5.7.620', '5.7.606-649', false],
  ['4.7.600', '4.7.500-699', false],
  ['4.7.650', '4.7.650', true],
  ['5.7.650', null, false],
])('provider code %s resolves to %s', (slug, expected, canonical) => {
  const found = findProviderCode(slug);
  expect(found?.code.slug ?? null).toBe(expected);
  if (found) expect(found.canonical).toBe(canonical);
  const parsed = parseSlug(slug);
  if (parsed) expect([canonicalSlug(parsed), isCanonical(parsed)]).toEqual([expected, canonical]);
});

test('provider-only codes are labelled with their provider and never shadow a registry code', () => {
  expect(providerCodes().length).toBeGreaterThan(10);
  for (const code of providerCodes()) {
    expect(parseSlug(code.slug)?.kind).toBe('provider-code');
    expect(code.messages.every((m) => m.provider === code.provider)).toBe(true);
  }
});

describe('catalogue phrases against sample messages', () => {
  // One or two realistic lines per entry, as the provider's server sends them (written for these tests).
  const samples: Record<string, string[]> = providerSamples;
  const contains = (sample: string, phrase: string) => sample.toLowerCase().includes(phrase.toLowerCase());

  test('every entry has samples, and no sample belongs to an unknown entry', () => {
    expect(Object.keys(samples).sort()).toEqual(messages.map((m) => m.id).sort());
  });

  test.each(messages.map((m) => [m.id, m] as const))('%s: each phrase matches its own samples and no other provider’s', (id, message) => {
    const own = samples[id] ?? [];
    for (const phrase of message.match) {
      expect({ phrase, own: own.some((s) => contains(s, phrase)) }).toEqual({ phrase, own: true });
      const foreign = messages
        .filter((other) => other.provider !== message.provider)
        .flatMap((other) => (samples[other.id] ?? []).filter((s) => contains(s, phrase)).map(() => other.id));
      expect({ phrase, foreign }).toEqual({ phrase, foreign: [] });
    }
  });
});
