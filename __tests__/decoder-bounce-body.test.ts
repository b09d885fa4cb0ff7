/**
 * @jest-environment node
 */
// Plain bounce bodies of older servers that give no reply code: the failed address after a headline,
// or alone under one, and Exchange's X.400 routing around an SMTP address.
import { decodeText } from '@/lib/decoder/formats';
import { addressesOn } from '@/lib/decoder/formats/addresses';

test.each([
  ['Delivery failed 20 attempts: bob@example.org\n\n\nOriginal message follows.\n\nTo: carol@example.com', 'bob@example.org'],
  ['Undeliverable Address: bob@example.org\n\nReason: the recipient is over disk quota.', 'bob@example.org'],
  ['Intended recipient: bob@example.org\n\nThe following mail has been returned because it encountered an error', 'bob@example.org'],
  ['The address to which the message has not yet been delivered is:\n\n  bob@example.org\n\nNo action is required on your part.', 'bob@example.org'],
  ['Delivery to the following recipient has been delayed:\n\n     bob@example.org\n\nMessage will be retried for 2 more day(s)', 'bob@example.org'],
  ['could not be delivered to the following recipients:\nbob@example.org\nPlease do not resend your original message.', 'bob@example.org'],
  ['Your message to:\n\tbob@example.org\nhas not yet been delivered because the recipient server did not respond.', 'bob@example.org'],
  [
    'did not reach the following recipient(s):\n\nc=US;a= ;p=EXAMPLE;o=Hub;dda:SMTP=BOB@EXAMPLE.ORG; on Fri, 4 Oct 2002\n    The recipient name is not recognized',
    'BOB@EXAMPLE.ORG',
  ],
  ["Failed to deliver to 'bob@example.org'\nSMTP module(domain mx.example.org) reports:\n host mx.example.org says:\n 550 5.1.1 User unknown", 'bob@example.org'],
  [
    'Unable to deliver message to the following recipients, because the message was forwarded more than the maximum allowed times. This could indicate a mail loop.\n\n       bob@example.org\n',
    'bob@example.org',
  ],
  [
    'Due to security standards one or more of the attachments fall into the category of files that could contain viruses. Therefore the entire message was blocked and NOT delivered.\n\nIf you are in fact the sender of this message, please contact the intended recipient(s):\nbob@example.org to make alternate arrangements.',
    'bob@example.org',
  ],
])('%j names its failed recipient', (text, address) => {
  expect(decodeText(text).recipients.map((r) => r.address)).toEqual([address]);
});

// Gmail's notice: the server's words under "Technical details of … failure:", with or without a code; an
// address inside them (a contact for the blocklist) is not a recipient.
test.each([
  [
    'Delivery to the following recipient has been delayed:\n\n     bob@example.org\n\nMessage will be retried for 2 more day(s)\n\nTechnical details of temporary failure: \nTEMP_FAILURE: The recipient server did not accept our requests to connect.\n[mx.example.org. (10): Connection dropped]\n',
    { address: 'bob@example.org', action: 'delayed', replyCode: null, said: 'Connection dropped' },
  ],
  [
    'Delivery to the following recipient failed permanently:\n\n     bob@example.org\n\nTechnical details of permanent failure: \nPERM_FAILURE: SMTP Error (state 9): 550 5.7.1 Your message was blocked by EXAMPLE DNSBL. Write to unblock@example.net with the sender name.\n',
    { address: 'bob@example.org', action: 'failed', replyCode: 550, said: 'blocked by EXAMPLE DNSBL' },
  ],
])('Gmail technical details %#', (text, expected) => {
  const { recipients } = decodeText(text);
  const { said, ...fields } = expected;
  expect(recipients.map((r) => ({ address: r.address, action: r.action, replyCode: r.replyCode }))).toEqual([fields]);
  expect(recipients[0]!.diagnostic).toContain(said);
});

// The cause announced at the end of the line that names the address ("… for the following reason:") is
// the paragraph below it.
test('a reason announced below its headline is read from the next paragraph', () => {
  const { recipients } = decodeText('Sorry, unable to deliver your message to bob@example.org for\nthe following reason:\n\n 552 Quota violation for box@example.org\n');
  expect(recipients.find((r) => r.address === 'bob@example.org')).toMatchObject({ replyCode: 552 });
});

test('a headline that names no failure does not make an address a recipient', () => {
  expect(decodeText('Contact: bob@example.org\n\nHello there.').recipients).toEqual([]);
});

test.each([
  ['dda:SMTP=BOB@EXAMPLE.ORG;', ['BOB@EXAMPLE.ORG']],
  ['bob=smtp@example.org', ['bob=smtp@example.org']],
  ["Failed to deliver to 'bob@example.org'", ['bob@example.org']],
])('addressesOn(%j)', (line, expected) => {
  expect(addressesOn(line)).toEqual(expected);
});
