/** Bounces a reader can try with one click. Wire text stays as servers write it; labels are in messages. */
export const DECODER_SAMPLES = {
  postfix: `This is the mail system at host mail.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<jane.doe@example.net>: host mx1.example.net[192.0.2.25] said: 550 5.1.1
    <jane.doe@example.net>: Recipient address rejected: User unknown in local
    recipient table (in reply to RCPT TO command)`,
  gmail: `Address not found? No: the recipient's inbox is full.

The response from the remote server was:
452 4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp 41be03b00d2f7-b1c2 - gsmtp`,
  microsoft: `Your message to sales@contoso.com couldn't be delivered.

Diagnostic information for administrators:
Generating server: AM0PR01MB1234.eurprd01.prod.exchangelabs.com
sales@contoso.com
Remote Server returned '550 5.7.509 Access denied, sending domain example.org does not pass DMARC verification and has a DMARC policy of reject.'`,
  delay: `This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on mail.example.com.

The message identifier is:     1rAbCd-000123-Xy
The address to which the message has not yet been delivered is:

  bob@example.org
    host mx.example.org [198.51.100.7]
    Delay reason: SMTP error from remote mail server after RCPT TO:<bob@example.org>:
    451 4.7.1 Greylisting in action, please come back later

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered.`,
  log: `Nov 29 06:12:44 mail postfix/smtp[20711]: 4F2C11A0B3: to=<ana@example.net>, relay=mx.example.net[203.0.113.5]:25, delay=1.2, delays=0.1/0/0.6/0.5, dsn=5.7.1, status=bounced (host mx.example.net[203.0.113.5] said: 554 5.7.1 Service unavailable; Client host [198.51.100.20] blocked using zen.spamhaus.org (in reply to RCPT TO command))`,
} as const;

export type DecoderSampleId = keyof typeof DECODER_SAMPLES;
