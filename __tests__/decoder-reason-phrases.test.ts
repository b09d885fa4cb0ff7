/**
 * @jest-environment node
 */
// The classifier on wording real servers use, with and without codes: the phrase table decides when the
// provider catalogue has no entry, precise words outrank a specific code, and an expired message gets
// the cause it kept failing for.
import { classify } from '@/lib/decoder/classify';
import { normalizeForPhrases, reasonInText } from '@/lib/decoder/reason-phrases';
import type { RawRecipient } from '@/lib/decoder/types';

test.each([
  ['User unknown', 'user-unknown'],
  ['No such user here', 'user-unknown'],
  ['Requested action not taken: mailbox unavailable', 'user-unknown'],
  ['The email account that you tried to reach does not exist.', 'user-unknown'],
  ['<bob@example.org>: Recipient address rejected: undeliverable address', 'user-unknown'],
  ['unknown or illegal alias: bob@example.org', 'user-unknown'],
  ['Invalid recipient', 'user-unknown'],
  ['Sorry, no mailbox here by that name. (#5.1.1)', 'user-unknown'],
  ['Addressee unknown', 'user-unknown'],
  ['User bob (bob@example.org) not listed in Domino Directory', 'user-unknown'],
  ['The recipient name is not recognized', 'user-unknown'],
  ['Invalid final delivery userid: bob@example.org', 'user-unknown'],
  ['Delivery failed 20 attempts: bob@example.org', 'expired'],
  ['the recipient is over disk quota', 'mailbox-full'],
  ['Relay access denied', 'relay-denied'],
  ['This system is not configured to relay mail from <a@b.example> to <c@d.example>', 'relay-denied'],
  ['Relaying denied. Proper authentication required.', 'relay-denied'],
  ['we do not relay', 'relay-denied'],
  ["sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", 'relay-denied'],
  ['Mailbox is full / Blocks limit exceeded / Inode limit exceeded', 'mailbox-full'],
  ['user is over quota', 'mailbox-full'],
  ['Quota exceeded (mailbox for user is full)', 'mailbox-full'],
  ['Insufficient system storage', 'server-full'],
  ['Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org', 'ip-blocked'],
  ['mx.example.org refused to talk to me: 554 Go away', 'ip-blocked'],
  ['Your IP 192.0.2.1 is listed in bl.spamcop.net', 'ip-blocked'],
  ['Client host rejected: cannot find your hostname, [192.0.2.1]', 'missing-ptr'],
  ['Message size exceeds fixed maximum message size', 'message-too-large'],
  ['Host or domain name not found. Name service error for name=example.invalid type=MX', 'domain-unknown'],
  ['Sender address rejected: Domain not found', 'sender-rejected'],
  ['The email account that you tried to reach is disabled.', 'mailbox-disabled'],
  ['This account has been suspended', 'mailbox-disabled'],
  ['Unauthenticated email from example.com is not accepted due to domain’s DMARC policy', 'auth-failed'],
  ['Must issue a STARTTLS command first', 'tls-required'],
  ['Our system has detected an unusual rate of unsolicited mail', 'rate-limited'],
  ['Too many connections from your IP', 'rate-limited'],
  ['Message rejected as spam by Content Filtering', 'spam'],
  ['Your message failed several antispam checks (SCORING) and it was rejected', 'spam'],
  ['Blocked by SpamAssassin', 'spam'],
  ['Blocked using spam pattern, your message may contain the spam contents', 'spam'],
  ['Message content rejected, UBE, id=11092-02-101', 'spam'],
  ['email rejected due to security policies - MCSpamSignature.sa.5.6', 'spam'],
  ['Message refused by MailMarshal SpamProfiler', 'spam'],
  ['content filter rejection bbSpamReject>7.5', 'spam'],
  ['CONTENT REJECT: dspam check:4', 'spam'],
  ['Spamming not allowed', 'spam'],
  ['451 SPAM not accepted', 'spam'],
  ["You're using a mass mailer, therefore you're bounced", 'spam'],
  ['Rejected - bulk email', 'spam'],
  ['Message blocked due to suspected spam', 'spam'],
  ['blocked by our Spam & Virus Firewall', 'spam'],
  ['Message content rejected', 'content-error'],
  ['550 Denied due to spam list', 'ip-blocked'],
  ['Virus found in message', 'virus'],
  ['Connection timed out', 'network-error'],
  ['Connection was dropped by remote host (SENT_HELO)', 'network-error'],
  ['has not yet been delivered because the recipient server did not respond', 'network-error'],
  ['retry timeout exceeded', 'expired'],
  ['Address is on the account-level suppression list', 'suppressed'],
  ['Mail loop detected', 'server-error'],
  ['Message rejected under policy', 'policy'],
  ['450 4.7.1 Error: too much mail from 192.0.2.1', 'rate-limited'],
  ['Recipient has too much mail stored', 'mailbox-full'],
  ['User has too many messages on the server', 'mailbox-full'],
  ['The recipient mailbox has exceeded its disk space limit', 'mailbox-full'],
  ['User mailbox exceeds allowed size', 'mailbox-full'],
  ["the user's maildir has overdrawn his diskspace quota", 'mailbox-full'],
  ["This person's account is exceeding their quota.", 'mailbox-full'],
  ['Mailbox quota usage exceeded', 'mailbox-full'],
  ['Domain example.net does not accept mail (nullMX)', 'domain-accepts-no-mail'],
  ['an MX or SRV record indicated no SMTP service', 'domain-accepts-no-mail'],
  ['Your message to <bob@example.org> was automatically rejected:', 'recipient-filter'],
  ['Google tried to deliver your message, but it was rejected by the recipient domain: 550 Address unknown', 'user-unknown'],
  ['Mailbox currently suspended', 'mailbox-disabled'],
  ['Esta casilla ha expirado por falta de uso.', 'mailbox-disabled'],
  ['553 sorry, badrcptto(user mail-box not found)', 'user-unknown'],
  ['551 not our customer', 'user-unknown'],
  ['this email address is wrong or no longer valid', 'user-unknown'],
  ['Recipient rejected: <bob@example.org>', 'user-unknown'],
  ['[dest.example.org]: Name or service not known', 'domain-unknown'],
  ['192.0.2.1 is not allowed to send mail from example.org', 'auth-failed'],
  ['you are trying to use me [mx.example.org] as a relay', 'relay-denied'],
  ['550 Access from ip address 192.0.2.1 blocked', 'ip-blocked'],
  ['Message Rejected Class=size limit=15728640', 'message-too-large'],
  ['Messages without To: fields are not accepted here', 'not-rfc-compliant'],
  ['554 No Resent-From field given', 'not-rfc-compliant'],
  ['You have exceeded the the allowable number of posts without solving a captcha.', 'rate-limited'],
  ['554 Message looping (received 6 times)', 'server-error'],
  ['the message was forwarded more than the maximum allowed times', 'server-error'],
  ['temporary failure. Command output: avpcheck: unable to connect to avp daemon: Connection refused', 'mailer-error'],
  ['451 4.0.0 Operating system error', 'mailer-error'],
  ['Your server requires confirmation. Visit the whitelist page', 'policy'],
  ['Hello there', null],
])('%j → %s', (text, reason) => {
  expect(reasonInText(normalizeForPhrases(text))).toBe(reason);
});

const raw = (facts: Partial<RawRecipient>): RawRecipient => ({
  address: 'bob@example.org',
  action: 'failed',
  replyCode: null,
  enhancedCode: null,
  remoteMta: null,
  diagnostic: null,
  command: null,
  ...facts,
});

test.each([
  ['precise words outrank a specific code', raw({ replyCode: 550, enhancedCode: '5.1.1', diagnostic: '550 5.1.1 The email account that you tried to reach is disabled.' }), 'mailbox-disabled'],
  ['a specific code outranks vague words', raw({ replyCode: 550, enhancedCode: '5.1.1', diagnostic: '550 5.1.1 rejected' }), 'user-unknown'],
  ['a generic Status defers to the remote code in the text', raw({ replyCode: 550, enhancedCode: '5.0.0', diagnostic: '550 5.2.2 sorry' }), 'mailbox-full'],
  ['expired with a stated cause: the cause', raw({ enhancedCode: '4.4.1', diagnostic: 'connect to mx.example.org: Connection refused. Retry timeout exceeded' }), 'network-error'],
  ['expired and nothing else known', raw({ enhancedCode: '4.0.0', diagnostic: 'retry timeout exceeded' }), 'expired'],
  ['"user unknown" after DATA is a filter', raw({ replyCode: 550, enhancedCode: '5.1.1', command: 'END OF DATA', diagnostic: '550 5.1.1 User unknown' }), 'recipient-filter'],
  ['spam words outrank a policy code', raw({ replyCode: 550, enhancedCode: '5.7.1', diagnostic: '550 5.7.1 Blocked by SpamAssassin' }), 'spam'],
  ['a bare 5xx greeting is a block', raw({ replyCode: 554, command: 'CONNECT', diagnostic: '554' }), 'ip-blocked'],
  ['a bare 5xx to MAIL FROM refuses the sender', raw({ replyCode: 553, command: 'MAIL FROM', diagnostic: '553' }), 'sender-rejected'],
])('%s', (_, recipient, reason) => {
  expect(classify(recipient, '').reason).toBe(reason);
});

test.each([
  ['an uncoded recipient takes the cause its notice states elsewhere', raw({ diagnostic: 'please contact the intended recipient(s): bob@example.org' }), 'Attachment type not allowed\nThe entire message was blocked.', 'content-error'],
  ['a coded recipient does not', raw({ replyCode: 550, diagnostic: '550 sorry' }), 'Attachment type not allowed', 'user-unknown'],
])('%s', (_, recipient, notice, reason) => {
  expect(classify(recipient, notice).reason).toBe(reason);
});
