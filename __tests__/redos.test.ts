/**
 * @jest-environment node
 */
// Every regular expression that sees pasted or requested text must run in linear time: recheck proves
// each literal in those modules free of exponential and polynomial backtracking.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';

const FILES = [
  'lib/decoder/index.ts',
  'lib/decoder/formats/index.ts',
  'lib/decoder/formats/addresses.ts',
  'lib/decoder/formats/diagnostic.ts',
  'lib/decoder/formats/bounce-body.ts',
  'lib/decoder/formats/mail-log.ts',
  'lib/decoder/formats/smtp-transcript.ts',
  'lib/decoder/formats/reply-line.ts',
  'lib/decoder/formats/esp-json.ts',
  'lib/decoder/formats/dsn.ts',
  'lib/decoder/codes.ts',
  'lib/decoder/classify.ts',
  'lib/decoder/reason-phrases.ts',
  'lib/decoder/charset.ts',
  'lib/decoder/prefilter.ts',
  'lib/decoder/returned-message.ts',
  'lib/decoder/input.ts',
  'lib/request-routing.ts',
  'lib/slug.ts',
  'lib/near-matches.ts',
];

function literals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(join(__dirname, '..', file), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) found.push(node.getText());
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const cases = FILES.flatMap((file) => literals(file).map((literal) => [file, literal] as const));

test('the decoder and the URL handling have regular expressions to check', () => {
  expect(cases.length).toBeGreaterThan(20);
});

test.each(cases)('%s: %s is safe from catastrophic backtracking', (_, literal) => {
  const slash = literal.lastIndexOf('/');
  const diagnosis = checkSync(literal.slice(1, slash), literal.slice(slash + 1));
  expect(diagnosis.status).toBe('safe');
});
