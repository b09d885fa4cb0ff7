/** RFC 3464 message/delivery-status: a per-message block, then one block per recipient. */
import { codesIn, commandIn } from '../codes';
import { ACTIONS, type Action, type RawRecipient } from '../types';

type Fields = Map<string, string>;

function blocks(text: string): Fields[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => {
      const fields: Fields = new Map();
      let last: string | null = null;
      for (const line of block.split('\n')) {
        if (/^[ \t]/.test(line) && last) {
          fields.set(last, `${fields.get(last)} ${line.trim()}`);
          continue;
        }
        const colon = line.indexOf(':');
        if (colon <= 0) continue;
        last = line.slice(0, colon).trim().toLowerCase();
        if (!fields.has(last)) fields.set(last, line.slice(colon + 1).trim());
      }
      return fields;
    })
    .filter((fields) => fields.size > 0);
}

/** "rfc822; user@example.com" → "user@example.com" */
function typed(value: string | undefined): string | null {
  if (!value) return null;
  const semicolon = value.indexOf(';');
  const rest = (semicolon >= 0 ? value.slice(semicolon + 1) : value).trim();
  return rest.replace(/^<|>$/g, '') || null;
}

/**
 * The Status field is the reporting MTA's verdict, often generic (Exim always writes 5.0.0, others
 * 4.0.0 or 5.7.0); the Diagnostic-Code carries the remote server's own code. The remote one wins when
 * the Status says no more than its class and subject (detail 0) and the two agree on the class. A
 * Status that says nothing at all (X.0.0), or only that the reporting MTA gave up retrying (X.4.7,
 * delivery time expired), gives way to any more specific remote code, even of the other class: an
 * expired message's remote 4.7.1 says why it kept failing.
 */
export function preferredStatus(status: string | null, remote: string | null): string | null {
  if (!status) return remote;
  if (!remote || remote === status || remote.endsWith('.0.0')) return status;
  if (status.endsWith('.0.0') || status.endsWith('.4.7')) return remote;
  if (remote[0] !== status[0]) return status;
  return status.endsWith('.0') ? remote : status;
}

/**
 * Sendmail reports a local delivery program's failure as "Diagnostic-Code: X-Unix; 71": the program's
 * exit status, a sysexits.h code. Its meaning, in sendmail's own words, is what a reader (and the
 * phrase table) can use.
 */
const SYSEXITS: Readonly<Record<string, string>> = {
  '64': 'command line usage error',
  '65': 'data format error',
  '66': 'cannot open input',
  '67': 'addressee unknown',
  '68': 'host name unknown',
  '69': 'service unavailable',
  '70': 'internal software error',
  '71': 'operating system error',
  '72': 'critical OS file missing',
  '73': "can't create output file",
  '74': 'input/output error',
  '75': 'temporary failure',
  '76': 'remote error in protocol',
  '77': 'permission denied',
  '78': 'configuration error',
};

function diagnosticOf(value: string | undefined): string | null {
  const unix = /^x-unix;[ \t]*([0-9]{2})[ \t]*$/i.exec(value ?? '');
  if (unix) return `exit status ${unix[1]} (${SYSEXITS[unix[1]!] ?? 'unknown'})`;
  return typed(value);
}

export type DeliveryStatus = { reporter: string | null; recipients: RawRecipient[] };

export function parseDeliveryStatus(text: string): DeliveryStatus {
  const [perMessage, ...perRecipient] = blocks(text);
  const reporter = typed(perMessage?.get('reporting-mta'));
  const recipients = (perMessage && !perMessage.has('final-recipient') ? perRecipient : [perMessage!, ...perRecipient])
    .filter((fields) => fields && (fields.has('final-recipient') || fields.has('original-recipient')))
    .map((fields): RawRecipient => {
      const diagnostic = diagnosticOf(fields.get('diagnostic-code'));
      const status = /([245]\.\d{1,3}\.\d{1,3})/.exec(fields.get('status') ?? '')?.[1] ?? null;
      const codes = diagnostic ? codesIn(diagnostic) : { replyCode: null, enhancedCode: null };
      const action = (fields.get('action') ?? '').toLowerCase().split(/[\s(]/)[0] as Action;
      return {
        address: typed(fields.get('final-recipient')) ?? typed(fields.get('original-recipient')),
        action: ACTIONS.includes(action) ? action : null,
        replyCode: codes.replyCode,
        enhancedCode: preferredStatus(status, codes.enhancedCode),
        remoteMta: typed(fields.get('remote-mta')),
        diagnostic,
        command: diagnostic ? commandIn(diagnostic) : null,
      };
    });
  return { reporter, recipients };
}

/** DSN fields pasted as text (without the email around them): from the first field to the end. */
export function decodeDsnFields(text: string): DeliveryStatus | null {
  if (!/^[ \t]*Final-Recipient:/im.test(text)) return null;
  const fields = parseDeliveryStatus(text.slice(text.search(/^[ \t]*(?:Reporting-MTA|Final-Recipient|Original-Recipient):/im)));
  return fields.recipients.length > 0 ? fields : null;
}
