/**
 * @jest-environment node
 */
import fc from 'fast-check';
import { decodeBounce } from '@/lib/decoder';
import { inputProblem } from '@/lib/decoder/input';
import { REASONS } from '@/data/reasons';

const wellFormed = async (input: string | Uint8Array) => {
  const result = await decodeBounce(input);
  expect(Array.isArray(result.recipients)).toBe(true);
  for (const r of result.recipients) {
    expect(REASONS).toContain(r.reason);
    if (r.replyCode !== null) expect(r.replyCode).toBeGreaterThanOrEqual(200);
  }
};

// Pieces of real bounces, shuffled: the decoder must survive any mix of them.
const fragments = fc.constantFrom(
  'From: MAILER-DAEMON@example.com\n',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\n',
  'MIME-Version: 1.0\n',
  '\n--b\n',
  'Content-Type: message/delivery-status\n\n',
  'Final-Recipient: rfc822; bob@example.org\n',
  'Action: failed\nStatus: 5.1.1\n',
  'Diagnostic-Code: smtp; 550 5.1.1 <bob@example.org>: User unknown\n',
  '<bob@example.org>: host mx[192.0.2.1] said: 550 5.1.1 no (in reply to RCPT TO command)\n',
  'to=<a@example.net>, relay=none, dsn=4.4.1, status=deferred (connect timed out)\n',
  '>>> RCPT TO:<c@example.net>\n<<< 550 5.7.1 no\n',
  '** d@example.net R=x T=y H=z: SMTP error from remote mail server after RCPT TO:<d@example.net>: 550 no\n',
  '=?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=\n',
  'Content-Transfer-Encoding: base64\n\n////\n',
  '550-5.1.1 line one\n550 5.1.1 line two\n',
  '@@@@@@@@@@',
  '<<<<<<<<<<',
  '..........',
);

test('random text never throws and always yields well-formed results', async () => {
  await fc.assert(fc.asyncProperty(fc.string({ maxLength: 400 }), wellFormed), { numRuns: 300 });
});

test('arbitrary bytes never throw', async () => {
  await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), wellFormed), { numRuns: 200 });
});

test('shuffled pieces of real bounces never throw', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fragments, { maxLength: 40 }), (parts) => wellFormed(parts.join(''))),
    { numRuns: 300 },
  );
});

test('long adversarial runs finish (no super-linear work)', async () => {
  for (const unit of ['@', '<', '.', ' ', 'a@b.', '550 ', 'status=', '5.1.1 ', '\n\n', 'Final-Recipient: x\n']) {
    await wellFormed(unit.repeat(Math.floor(200_000 / unit.length)));
  }
});

test.each([
  ['', 'empty'],
  ['   \n\t ', 'empty'],
  ['\u0000\u0001\u0002\u0003'.repeat(100), 'binary'],
  ['550 5.1.1 User unknown', null],
])('inputProblem(%j) → %s', (text, expected) => {
  expect(inputProblem(new TextEncoder().encode(text))).toBe(expected);
});

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));
const shiftJis = [0x88, 0xb6, 0x90, 0xe6, 0x95, 0x73, 0x96, 0xbe]; // 宛先不明
const iso2022jp = [0x1b, 0x24, 0x42, 0x30, 0x38, 0x40, 0x68, 0x49, 0x54, 0x4c, 0x40, 0x1b, 0x28, 0x42]; // 宛先不明

test.each([
  ['a Shift_JIS notice', null, bytes('550 5.1.1 ', shiftJis, ' bob@example.jp\n'.repeat(1))],
  ['an ISO-2022-JP notice (ESC sequences)', null, bytes('Subject: x\n\n', iso2022jp, '\n')],
  ['windows-1252 text', null, bytes('Die Nachricht konnte nicht zugestellt werden: ', [0xfc, 0xe4, 0xdf], '\n')],
  ['a PNG image', 'binary', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'IHDR')],
  ['a ZIP archive', 'binary', bytes([0x50, 0x4b, 0x03, 0x04], 'content.xml')],
  ['NUL-filled data', 'binary', new Uint8Array(512)],
])('%s → %s', (_, expected, input) => {
  expect(inputProblem(input)).toBe(expected);
});

test('a legacy-charset body is decoded, not refused', async () => {
  const result = await decodeBounce(bytes('550 5.1.1 <taro@example.jp>: ', shiftJis, '\n'));
  expect(result.recipients[0]).toMatchObject({ address: 'taro@example.jp', replyCode: 550, enhancedCode: '5.1.1' });
  expect(result.recipients[0]!.diagnostic).toContain('宛先不明');
});

test('inputs over 1 MB are refused before decoding', () => {
  expect(inputProblem(new Uint8Array(1024 * 1024 + 1).fill(65))).toBe('too-large');
});
