/**
 * @jest-environment node
 */
// Wording that comes with temporary and permanent codes alike: the catalogue gives one reason per class,
// and the decoder picks by the class of the code the wording came with.
import { decodeBounce } from '@/lib/decoder';

const unusualRate = (code: string) =>
  `${code} [203.0.113.9 15] Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been ${code.startsWith('4') ? 'temporarily rate limited' : 'blocked'}. - gsmtp`;

test.each([
  [unusualRate('421 4.7.28'), 'rate-limited', false],
  [unusualRate('421 4.7.0'), 'rate-limited', false],
  [unusualRate('550 5.7.1'), 'ip-blocked', true],
])('%s → %s', async (line, reason, hardBounce) => {
  const [recipient] = (await decodeBounce(line)).recipients;
  expect(recipient).toMatchObject({ providerEntry: 'gmail-unusual-rate-unsolicited-deferred', reason, hardBounce });
});

// Wording whose reason depends on who wrote it: Exim's "Unrouteable address" is about the domain when the
// sender's server says it of a remote address, about the user when the recipient's own server says it.
const eximNotice = (reporter: string, address: string, reply = '') => `From: Mail Delivery System <Mailer-Daemon@${reporter}>
To: alice@${reporter}
Subject: Mail delivery failed: returning message to sender
Content-Type: multipart/report; report-type=delivery-status; boundary=b

--b
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ${address}
    ${reply}Unrouteable address

--b
Content-type: message/delivery-status

Reporting-MTA: dns; ${reporter}

Action: failed
Final-Recipient: rfc822;${address}
Status: 5.0.0
${reply ? `Diagnostic-Code: smtp; ${reply}Unrouteable address\n` : ''}
--b--
`;

test.each([
  ['a remote address, said by the sender’s server', eximNotice('mail.example.com', 'bob@example.org'), 'domain-unknown'],
  ['a subdomain of the reporter’s, said by the reporter', eximNotice('example.com', 'bob@nosuch.example.com'), 'domain-unknown'],
  ['an address of the reporter’s own domain', eximNotice('example.com', 'nosuchuser@example.com'), 'user-unknown'],
  ['an address of the domain the reporting host is in', eximNotice('mx1.example.com', 'nosuchuser@example.com'), 'user-unknown'],
  ['the remote server’s own reply', eximNotice('mail.example.com', 'bob@example.org', '550 '), 'user-unknown'],
])('"Unrouteable address": %s', async (_, notice, reason) => {
  const [recipient] = (await decodeBounce(notice)).recipients;
  expect(recipient).toMatchObject({ providerEntry: 'exim-unrouteable-address', reason, hardBounce: true, retry: 'never' });
});
