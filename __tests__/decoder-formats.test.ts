/**
 * @jest-environment node
 */
// Formats found by their shape rather than their wording: which enhanced code a DSN reports, automatic
// replies without RFC 3834 headers, a Sieve reject's disposition notification, a DSN part mangled on the
// way, and Exchange NDRs whatever language their headlines are in.
import { decodeBounce } from '@/lib/decoder';
import { codesIn } from '@/lib/decoder/codes';
import { preferredStatus } from '@/lib/decoder/formats/dsn';

test.each([
  ['550 5.1.1 User unknown', 550, '5.1.1'],
  ["5.1.0 - Unknown address error 550-'Mailbox unavailable'", 550, '5.1.0'],
  ["5.1.0 - Unknown address error 550-'5.1.1 <bob@example.org>: User unknown'", 550, '5.1.1'],
  ['4.4.7 timeout 550 no', 550, null],
  [`${'The e-mail account does not exist at the organization this message was sent to. '.repeat(3)}<mx.example.org #5.1.1>`, null, '5.1.1'],
])('codesIn(%j)', (text, replyCode, enhancedCode) => {
  expect(codesIn(text)).toEqual({ replyCode, enhancedCode });
});

test.each([
  ['a Status that says nothing gives way to the remote code', '5.0.0', '5.1.1', '5.1.1'],
  ['… even of the other class (a temporary failure that expired)', '5.0.0', '4.2.0', '4.2.0'],
  ['the reporter’s own "delivery time expired" gives way to the cause', '4.4.7', '4.7.1', '4.7.1'],
  ['a detail-0 Status gives way to the remote code of its class', '5.7.0', '5.7.1', '5.7.1'],
  ['… but not to one of the other class', '5.7.0', '4.7.1', '5.7.0'],
  ['a specific Status stands', '5.1.1', '5.7.1', '5.1.1'],
  ['a remote code that says nothing does not replace the Status', '4.4.7', '4.0.0', '4.4.7'],
  ['no Status: the remote code', null, '5.2.2', '5.2.2'],
  ['no remote code: the Status', '5.0.0', null, '5.0.0'],
])('%s', (_, status, remote, expected) => {
  expect(preferredStatus(status, remote)).toBe(expected);
});

const email = (headers: string, body: string) => `${headers}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n${body}`;

test.each([
  ['Lotus Notes', 'Subject: AUTO: Jane Smith is out of the office (returning 05/01/2010)', 'I am out of the office until 05/01/2010.'],
  ['Polish', 'Subject: [Automatyczna odpowiedź] test', 'Dziękuję za wiadomość.'],
  ['Latvian, without diacritics', 'Subject: Arpus biroja atrasanas automatiska atbilde: subjecting', 'Thank you for your email.'],
  ['German', 'Subject: Automatische Antwort: Angebot', 'Ich bin bis Montag nicht im Büro.'],
  ['a provider prefix', 'Subject: Yahoo! Auto Response', 'Hello Visitor, thank you for your interest.'],
  ['Japanese', 'Subject: 自動返信: 打ち合わせ', '不在にしております。'],
  ['no subject word, the body says so', 'Subject: Thank you for your e-mail\nPrecedence: bulk', 'Thank you for you e-mail.\nI will endeavour to reply as soon as possible.'],
])('an automatic reply (%s) is an auto-reply from its sender', async (_, headers, body) => {
  const result = await decodeBounce(email(`From: Jane Smith <jane@example.org>\nTo: bob@example.net\n${headers}`, body));
  expect(result.recipients).toEqual([expect.objectContaining({ address: 'jane@example.org', reason: 'auto-reply', action: null })]);
});

test('a bounce of an automatic reply is a bounce', async () => {
  const result = await decodeBounce(
    email(
      'From: MAILER-DAEMON@example.net\nTo: jane@example.org\nSubject: Undelivered Mail Returned to Sender: Out of office',
      '<bob@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 <bob@example.net>: User unknown (in reply to RCPT TO command)',
    ),
  );
  expect(result.recipients).toEqual([expect.objectContaining({ address: 'bob@example.net', reason: 'user-unknown' })]);
});

test('a mail system’s notice that mentions a vacation is not an auto-reply', async () => {
  const result = await decodeBounce(email('From: postmaster@example.net\nTo: jane@example.org\nSubject: Notice', 'I will be on vacation: the server restarts tonight.'));
  expect(result.recipients).toEqual([]);
});

const mdn = (disposition: string, text: string) => `From: Postmaster <postmaster@example.net>
To: <alice@example.test>
Subject: Rejected: Catching up
Auto-Submitted: auto-replied (rejected)
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification; boundary="b"

--b
Content-Type: text/plain; charset=utf-8

${text}
--b
Content-Type: message/disposition-notification

Reporting-UA: mail.example.net; Dovecot Mail Delivery Agent
Final-Recipient: rfc822; quinn@example.net
Disposition: ${disposition}

--b--
`;

test('a Sieve reject (a "deleted" disposition) is the recipient’s filter, not a delivery action', async () => {
  const result = await decodeBounce(
    mdn('automatic-action/MDN-sent-automatically; deleted', 'Your message to <quinn@example.net> was automatically rejected:\nI no longer accept mail at this address.'),
  );
  expect(result.kind).toBe('mime');
  expect(result.recipients).toEqual([expect.objectContaining({ address: 'quinn@example.net', action: null, reason: 'recipient-filter', hardBounce: true })]);
  expect(result.recipients[0]!.diagnostic).toContain('I no longer accept mail at this address');
});

test('a read receipt says the message arrived', async () => {
  const result = await decodeBounce(mdn('manual-action/MDN-sent-manually; displayed', 'Your message to <quinn@example.net> was displayed on the recipient’s screen.'));
  expect(result.recipients).toEqual([expect.objectContaining({ address: 'quinn@example.net', action: 'delivered', reason: 'delivered' })]);
});

test('a DSN part whose fields were mangled on the way: the notice still names the recipient', async () => {
  const result = await decodeBounce(`From: MAILER-DAEMON@example.com
To: alice@example.test
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b"

--b
Content-Type: text/plain

<bob@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 <bob@example.org>:
    Recipient address rejected: User unknown (in reply to RCPT TO command)
--b
Content-Type: message/delivery-status

Reporting-MTA: dns; example.com
Content-Transfer-Encoding: base64

RmluYWwtUmVjaXBpZW50OiByZmM4MjI7IGJvYkBleGFtcGxlLm9yZwo=
--b--
`);
  expect(result.kind).toBe('dsn');
  expect(result.recipients).toEqual([expect.objectContaining({ address: 'bob@example.org', replyCode: 550, enhancedCode: '5.1.1', reason: 'user-unknown' })]);
});

// Exchange 2007 and later write the same NDR in the sender's language; the recipient and its
// "#550 5.1.1 … ##" line under the administrators' heading are the same in every one of them.
test.each([
  ['German', 'Fehler bei der Zustellung an folgende Empfänger oder Verteilerlisten:', 'Diagnoseinformationen für Administratoren:', 'Generierender Server: EXCH01'],
  ['French', 'La remise aux destinataires ou groupes suivants a échoué :', 'Informations de diagnostic pour les administrateurs :', 'Serveur de génération : EXCH01'],
  ['Spanish', 'Error en la entrega a estos destinatarios o grupos:', 'Información de diagnóstico para administradores:', 'Servidor de generación: EXCH01'],
  ['Japanese', '次の受信者またはグループへの配信に失敗しました:', '管理者向けの診断情報:', '生成サーバー: EXCH01'],
])('an Exchange NDR in %s', async (_, headline, heading, server) => {
  const result = await decodeBounce(
    email('From: postmaster@contoso.example\nTo: alice@contoso.example\nSubject: NDR', `${headline}\n\nbob@example.org\n\n${heading}\n\n${server}\n\nbob@example.org\n#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##\n`),
  );
  expect(result.recipients).toEqual([expect.objectContaining({ address: 'bob@example.org', action: 'failed', replyCode: 550, enhancedCode: '5.1.1', reason: 'user-unknown' })]);
});

// Old notices carry only From, To, Subject and Date; a mail export may put blank lines above the headers.
test.each([
  ['no MIME or trace headers', 'From: MAILER-DAEMON@example.net\nTo: <alice@example.org>\nSubject: Delivery failure\n\nUnable to deliver message to the following address(es).\n\n<bob@example.net>:\n550 5.1.1 User unknown\n'],
  ['blank lines above the headers', '\n   \nFrom: MAILER-DAEMON@example.net\nTo: <alice@example.org>\nSubject: Delivery failure\nMIME-Version: 1.0\n\n<bob@example.net>:\n550 5.1.1 User unknown\n'],
])('a raw email with %s is read as an email', async (_, input) => {
  const result = await decodeBounce(input);
  expect(result.kind).toBe('mime');
  expect(result.recipients).toEqual([expect.objectContaining({ address: 'bob@example.net', replyCode: 550 })]);
});

// Google Groups names the group only by its name in the text; the failed address is in X-Failed-Recipients.
test('a Google Groups refusal: the recipient from X-Failed-Recipients, the cause from the notice', async () => {
  const result = await decodeBounce(
    email(
      'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nTo: alice@example.org\nX-Failed-Recipients: team@example.net\nSubject: Delivery Status Notification (Failure)',
      "Hello alice@example.org,\n\nWe're writing to let you know that the group you tried to contact (team) may not exist, or you may not have permission to post messages to the group. A few more details on why you weren't able to post:\n\n * You might have spelled or formatted the group name incorrectly.\n * You may need to join the group before receiving permission to post.\n\nThanks,\n\nGoogle Groups\n",
    ),
  );
  expect(result.recipients).toEqual([expect.objectContaining({ address: 'team@example.net', action: 'failed', reason: 'recipient-filter' })]);
});

// Exchange 2003 puts each recipient's code at the end of its explanation, after "#"; a #4.4.7 in a
// non-delivery report is a message that expired, not one still being retried.
test('an Exchange 2003 NDR: codes after "#", an expired recipient has failed', async () => {
  const result = await decodeBounce(
    email(
      'From: System Administrator <postmaster@contoso.example>\nTo: alice@contoso.example\nSubject: Undeliverable: Meeting',
      'Your message\n\n  To:      bob@example.org; carol@example.net\n  Subject: Meeting\n\ndid not reach the following recipient(s):\n\nbob@example.org on Tue, 5 Jan 2010 10:00:05 +0100\n    The e-mail account does not exist at the organization this message was sent to.  Check the e-mail address, or contact the recipient directly to find out the correct address.\n    <mx.example.org #5.1.1>\n\ncarol@example.net on Tue, 5 Jan 2010 10:00:05 +0100\n    Could not deliver the message in the time limit specified.  Please retry or contact your administrator.\n    <mx.contoso.example #4.4.7>\n',
    ),
  );
  expect(result.recipients.map((r) => [r.address, r.action, r.enhancedCode, r.reason])).toEqual([
    ['bob@example.org', 'failed', '5.1.1', 'user-unknown'],
    ['carol@example.net', 'failed', '4.4.7', 'expired'],
  ]);
});
