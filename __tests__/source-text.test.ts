/**
 * The English source text that every locale is translated from: each text a reader scans stays short enough
 * to scan, and spelling is US English.
 */
import en from '@/messages/en.json';

type Tree = { readonly [key: string]: string | Tree };

function* leaves(tree: Tree, path = ''): Generator<readonly [key: string, text: string]> {
  for (const [key, value] of Object.entries(tree)) {
    const flat = path ? `${path}.${key}` : key;
    if (typeof value === 'string') yield [flat, value];
    else yield* leaves(value, flat);
  }
}

/** Words a reader sees: tags (<code>, <term-…>) are markup, their contents are words. */
const wordCount = (text: string) => text.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;

const MAX_WORDS = 110;
const texts = [...leaves(en)];

test.each([
  ['Plain words', 2],
  ['<code>550 5.1.1</code> after <code>RCPT TO</code>', 5],
  ['<term-spf>SPF record</term-spf>fails', 3],
  ['  spaced   out  ', 2],
])('%j counts as %i words', (text, words) => {
  expect(wordCount(text)).toBe(words);
});

test.each(Object.keys(en))(`every English text under %s has at most ${MAX_WORDS} words`, (section) => {
  const tooLong = texts
    .filter(([key, text]) => key.startsWith(`${section}.`) && wordCount(text) > MAX_WORDS)
    .map(([key, text]) => `${key}: ${wordCount(text)} words`);
  expect(tooLong).toEqual([]);
});

// British spellings that English text has used; US English is the source every translation starts from.
const BRITISH = /\b\w*(?:organis|recognis|authoris|standardis|specialis|behaviour|honour|neighbour|colour|favour|centre|licence|catalogue|labelled)\w*/gi;

test.each([
  ['the organisation’s behaviour', ['organisation', 'behaviour']],
  ['the organization’s behavior', []],
])('%j has British spellings %j', (text, found) => {
  expect(text.match(BRITISH) ?? []).toEqual(found);
});

test('English text uses US spelling', () => {
  const british = texts.flatMap(([key, text]) => (text.match(BRITISH) ?? []).map((word) => `${key}: ${word}`));
  expect(british).toEqual([]);
});
