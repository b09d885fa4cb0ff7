/**
 * @jest-environment node
 */
// The literal prefilter in front of the phrase patterns: what it derives from a pattern's source, and
// that it never rules out a text the pattern matches (every line and every whole text of the corpus,
// against every phrase of the reason table).
import { PatternSet, requiredSetsOf } from '@/lib/decoder/prefilter';
import { normalizeForPhrases, REASON_PHRASES } from '@/lib/decoder/reason-phrases';
import { loadCorpus } from './fixtures/corpus/corpus';

const sorted = (sets: readonly (readonly string[])[]) => sets.map((set) => [...set].sort());

test.each([
  [/\bover ?quota\b/, [['over quota', 'overquota']]],
  [/\brate[- ]limit/, [['rate limit', 'rate-limit']]],
  [/\bthrottl/, [['throttl']]],
  [/\bsuppress(?:ed|ion)\b/, [['suppressed', 'suppression']]],
  // Too many combinations for one set: each run of literals is needed on its own.
  [/\bdoesn(?:'|’)t have an? [a-z0-9.-]{1,60} account\b/, [["doesn't have a ", "doesn't have an ", 'doesn’t have a ', 'doesn’t have an '], [' account']]],
  // An optional part is needed by nothing; a part that may repeat is needed once.
  [/\b(?:no )?mx\b/, [['mx', 'no mx']]],
  [/(?:ab)+cd/, [['ab'], ['cd']]],
  // Nothing literal to hold on to: the pattern always runs.
  [/[0-9]{3}/, []],
  [/\d+|spam/, []],
  // A case-insensitive pattern's needles are lower-cased, for a lower-cased text.
  [/Relay Denied/i, [['relay denied']]],
] as const)('%s needs %j', (pattern, expected) => {
  expect(sorted(requiredSetsOf(pattern))).toEqual(sorted(expected));
});

const patterns = REASON_PHRASES.flatMap((row) => row.phrases);
const set = new PatternSet(patterns);
const texts = [...new Set(loadCorpus().flatMap((sample) => {
  const text = normalizeForPhrases(new TextDecoder().decode(sample.input));
  return [text, ...new TextDecoder().decode(sample.input).split('\n').map(normalizeForPhrases)];
}))];

test('the prefilter never rules out a text that a phrase matches', () => {
  let matched = 0;
  const wrong: string[] = [];
  for (const text of texts) {
    const matcher = set.matcher(text);
    patterns.forEach((pattern, index) => {
      const expected = pattern.test(text);
      if (expected) matched++;
      if (matcher.matches(index) !== expected) wrong.push(`${pattern.source} on ${text.slice(0, 80)}`);
    });
  }
  expect(wrong).toEqual([]);
  expect(matched).toBeGreaterThan(1000);
});

test('a matcher refuses to answer once the next text was scanned', () => {
  const first = set.matcher('user unknown');
  set.matcher('mailbox full');
  expect(() => first.matches(0)).toThrow(/after the next text/);
});
