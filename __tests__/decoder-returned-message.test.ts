/**
 * @jest-environment node
 */
// The returned copy of the original message is cut before parsing: its body goes, the notice, the
// delivery report and the returned headers stay, and encoded parts are left alone.
import { returnedCopyLines, withoutReturnedMessage, withoutReturnedText } from '@/lib/decoder/returned-message';

const bytes = (text: string) => new TextEncoder().encode(text);
const cut = (text: string) => new TextDecoder().decode(withoutReturnedMessage(bytes(text)));

const REPORT = [
  'From: MAILER-DAEMON@mx.example.net',
  'Content-Type: multipart/report; report-type=delivery-status;',
  '\tboundary="B1"',
  '',
  '--B1',
  'Content-Type: text/plain',
  '',
  'Delivery to bob@example.org failed.',
  '--B1',
  'Content-Type: message/delivery-status',
  '',
  'Final-Recipient: rfc822; bob@example.org',
  'Status: 5.1.1',
  '--B1',
  'Content-Type: message/rfc822',
  '',
  'To: bob@example.org',
  'Subject: hello',
  'Content-Type: multipart/alternative; boundary="INNER"',
  '',
  '--INNER',
  'Content-Type: text/plain',
  '',
  'the original body, carol@example.com',
  '--INNER--',
  '--B1--',
  '',
].join('\n');

test('a report keeps its notice, its delivery status and the returned headers, not the returned body', () => {
  const kept = cut(REPORT);
  expect(kept).toContain('Delivery to bob@example.org failed.');
  expect(kept).toContain('Final-Recipient: rfc822; bob@example.org');
  expect(kept).toContain('Subject: hello');
  expect(kept).not.toContain('the original body');
  expect(kept).not.toContain('--INNER');
  expect(kept.trimEnd().endsWith('--B1--')).toBe(true);
});

test('an encoded returned message is left whole', () => {
  const encoded = REPORT.replace('Content-Type: message/rfc822\n', 'Content-Type: message/rfc822\nContent-Transfer-Encoding: base64\n');
  expect(cut(encoded)).toBe(encoded);
});

test('a plain bounce loses what follows its "copy of the message" line', () => {
  const plain = [
    'From: Mail Delivery System <Mailer-Daemon@mx.example.net>',
    'Subject: Mail delivery failed',
    '',
    '  bob@example.org',
    '    SMTP error from remote mail server after RCPT TO:<bob@example.org>:',
    '    550 5.1.1 User unknown',
    '',
    '------ This is a copy of the message, including all the headers. ------',
    '',
    'To: carol@example.com',
    '',
    'body',
    '',
  ].join('\n');
  const kept = cut(plain);
  expect(kept).toContain('550 5.1.1 User unknown');
  expect(kept).toContain('This is a copy of the message');
  expect(kept).not.toContain('carol@example.com');
});

test('an email with nothing returned is handed back as it was', () => {
  const input = bytes('From: a@example.org\nSubject: hi\n\nJust text.\n');
  expect(withoutReturnedMessage(input)).toBe(input);
});

test.each([
  ['notice\n------ This is a copy of the message, including all the headers. ------\nTo: x@example.com', 'notice\n------ This is a copy of the message, including all the headers. ------'],
  ['notice\n--- Below this line is a copy of the message.\n\nReturn-Path: <x@example.com>', 'notice\n--- Below this line is a copy of the message.'],
  ['notice\n   ----- Original message follows -----\nTo: x', 'notice\n   ----- Original message follows -----'],
  // Only at the start of a line: prose that mentions a returned message is not the marker.
  ['Your returned message was read.\nnothing else', 'Your returned message was read.\nnothing else'],
])('withoutReturnedText(%j)', (text, expected) => {
  expect(withoutReturnedText(text)).toBe(expected);
});

test('the markers are found where the pattern finds them, in any of the cases servers write them in', () => {
  const text = 'notice\nReturned message\nx\n  UNDELIVERED MESSAGE HEADERS\n-- this is a copy of the message\nthe returned message\n';
  expect(returnedCopyLines(text)).toEqual([...text.matchAll(/^[ \t-]*(?:returned message|undelivered message headers|this is a copy of the message)/gim)].map((m) => m.index));
  expect(returnedCopyLines(text)).toHaveLength(3);
});
