/**
 * Bounces as text: mail-log lines, SMTP transcripts, single reply lines, pasted DSN fields, sending
 * services' JSON and the human-readable part of a bounce (Postfix, Exim, qmail, Sendmail, Exchange,
 * Gmail …). Every pattern here is anchored or bounded, so it runs in linear time on any input.
 */
import { hasProviderPhrase } from './classify';
import { codesIn, commandIn } from './codes';
import { parseDeliveryStatus } from './dsn';
import { decodeEspJson } from './esp';
import type { Action, InputKind, RawRecipient, SmtpCommand } from './types';

export type TextResult = { kind: InputKind; reporter: string | null; recipients: RawRecipient[] };

const SYSTEM_ADDRESS = /^(?:mailer-daemon|postmaster|no-?reply|bounces?|mail-daemon|double-bounce)[+@]/i;

function clean(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b\u200c\u200d\ufeff]/g, '')
    .split('\n')
    .map((line) => line.replace(/^(?:[ \t]?>)+[ \t]?/, ''))
    .join('\n');
}

function empty(address: string | null): RawRecipient {
  return { address, action: null, replyCode: null, enhancedCode: null, remoteMta: null, diagnostic: null, command: null };
}

function actionFor(replyCode: number | null, enhancedCode: string | null): Action | null {
  const cls = replyCode !== null ? Math.floor(replyCode / 100) : enhancedCode ? Number(enhancedCode[0]) : null;
  return cls === 5 ? 'failed' : cls === 4 ? 'delayed' : cls === 2 ? 'delivered' : null;
}

/** Servers that give up on a temporary error say so in words. */
const GAVE_UP = /\b(?:retry timeout exceeded|too long in (?:the )?queue|in the queue too long|not going to try again|message expired|queue expired)\b/i;

function withDiagnostic(address: string | null, diagnostic: string, extra: Partial<RawRecipient> = {}): RawRecipient {
  const { replyCode, enhancedCode } = codesIn(diagnostic);
  const action = GAVE_UP.test(diagnostic) ? 'failed' : actionFor(replyCode, enhancedCode);
  return {
    ...empty(address),
    replyCode,
    enhancedCode,
    action,
    diagnostic: diagnostic.replace(/\s+/g, ' ').trim() || null,
    command: commandIn(diagnostic),
    ...extra,
  };
}

/** "mx.example.net[192.0.2.1]:25" → "mx.example.net" */
function hostOf(relay: string): string {
  const bracket = relay.indexOf('[');
  const host = (bracket >= 0 ? relay.slice(0, bracket) : relay).trim();
  return host.endsWith('.') ? host.slice(0, -1) : host;
}

/** The text between the first "<" and the next ">", if any. */
function bracketed(text: string): string | null {
  const open = text.indexOf('<');
  const close = open >= 0 ? text.indexOf('>', open + 1) : -1;
  return close > open ? text.slice(open + 1, close) : null;
}

function field(line: string, name: string): string | null {
  const at = line.indexOf(`${name}=`);
  if (at < 0 || (at > 0 && /\w/.test(line[at - 1]!))) return null;
  const rest = line.slice(at + name.length + 1);
  const end = rest.search(/[,\s]/);
  return end < 0 ? rest : rest.slice(0, end);
}

const LOCAL_CHARS = /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]/;
const DOMAIN_CHARS = /[A-Za-z0-9.-]/;

/**
 * Email addresses in a line, found by scanning outwards from each "@" rather than with one big pattern:
 * address patterns that handle real-world syntax backtrack polynomially on crafted input.
 */
export function addressesOn(line: string): string[] {
  const found: string[] = [];
  for (let at = line.indexOf('@'); at >= 0; at = line.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && LOCAL_CHARS.test(line[start - 1]!)) start--;
    let end = at + 1;
    while (end < line.length && end - at < 254 && DOMAIN_CHARS.test(line[end]!)) end++;
    while (line[start] === '.' && start < at) start++;
    while (end > at + 1 && (line[end - 1] === '.' || line[end - 1] === '-')) end--;
    const local = line.slice(start, at);
    const domain = line.slice(at + 1, end);
    if (local && domain.includes('.') && !domain.startsWith('.') && !domain.includes('..')) found.push(`${local}@${domain}`);
  }
  return found;
}

/** "to=<a@x>,<b@y>, delay=…" → both addresses */
function toList(line: string): string[] {
  const at = line.indexOf('to=');
  if (at < 0) return [];
  const rest = line.slice(at + 3);
  const end = rest.search(/, [a-z]+=/);
  return addressesOn(end < 0 ? rest : rest.slice(0, end));
}

const EXIM_FLAGS = ['**', '==', '=>', '->'] as const;

/** "2024-01-01 00:00:00 1rAbCd-000123-Xy ** bob@example.org R=… T=… H=…: SMTP error …" */
function eximLine(line: string): { flag: (typeof EXIM_FLAGS)[number]; address: string; rest: string } | null {
  const words = line.trim().split(' ');
  const at = words.findIndex((w, i) => i <= 3 && (EXIM_FLAGS as readonly string[]).includes(w));
  if (at < 0) return null;
  const address = words.slice(at + 1).find((w) => w !== '');
  if (!address || !address.includes('@')) return null;
  const rest = words.slice(words.indexOf(address, at + 1) + 1).join(' ');
  return { flag: words[at] as (typeof EXIM_FLAGS)[number], address: address.replace(/^<|>$/g, ''), rest };
}

/** qmail-send writes "starting delivery N: … to remote addr" and later "delivery N: failure: text/with_underscores/". */
function qmailLog(lines: readonly string[]): RawRecipient[] {
  const targets = new Map<string, string>();
  const found: RawRecipient[] = [];
  for (const line of lines) {
    const start = / starting delivery (\d+): msg \d+ to (?:remote|local) (\S+)/.exec(line);
    if (start) {
      targets.set(start[1]!, start[2]!);
      continue;
    }
    const result = / delivery (\d+): (success|failure|deferral): (\S*)/.exec(line);
    if (!result) continue;
    const text = result[3]!.replace(/_/g, ' ').replace(/\//g, ' ');
    const action: Action = result[2] === 'success' ? 'delivered' : result[2] === 'deferral' ? 'delayed' : 'failed';
    const status = /\(#([245]\.\d{1,3}\.\d{1,3})\)/.exec(text)?.[1] ?? null;
    const recipient = withDiagnostic(targets.get(result[1]!) ?? null, text, { action });
    found.push({ ...recipient, enhancedCode: recipient.enhancedCode ?? status });
  }
  return found;
}

/** Postfix and Sendmail "to=<…>, …, dsn=…, status=… (…)" / "stat=…", Postfix NOQUEUE rejects, Exim main log. */
function logLines(lines: readonly string[]): RawRecipient[] {
  const found: RawRecipient[] = [];
  for (const line of lines) {
    const status = field(line, 'status');
    const statAt = line.indexOf(' stat=');
    const stat = statAt >= 0 ? line.slice(statAt + 6) : null;
    const reject = line.indexOf(' reject: ');
    const to = toList(line);
    if (to.length > 0 && reject >= 0) {
      const text = line.slice(reject + 9);
      const end = text.indexOf('; from=');
      const detail = end >= 0 ? text.slice(end < 0 ? 0 : text.indexOf(': ') + 2, end) : text;
      found.push(withDiagnostic(to[0]!, detail));
      continue;
    }
    if (to.length > 0 && (status || stat)) {
      const open = status ? line.indexOf('(', line.indexOf('status=')) : -1;
      const close = line.lastIndexOf(')');
      const detail = status ? (open >= 0 ? line.slice(open + 1, close > open ? close : undefined) : '') : (stat ?? '');
      const dsn = field(line, 'dsn');
      const relay = field(line, 'relay');
      const word = (status ?? stat ?? '').toLowerCase();
      const action: Action | null = word.startsWith('sent')
        ? 'delivered'
        : word.startsWith('deferred')
          ? 'delayed'
          : word.startsWith('bounced') || word.startsWith('expired')
            ? 'failed'
            : null;
      for (const address of to) {
        const recipient = withDiagnostic(address, detail, {
          remoteMta: relay && relay !== 'none' ? hostOf(relay) : null,
        });
        const enhancedCode = dsn ?? recipient.enhancedCode;
        found.push({ ...recipient, enhancedCode, action: action ?? actionFor(recipient.replyCode, enhancedCode) });
      }
      continue;
    }
    const exim = eximLine(line);
    if (exim) {
      const { flag, address, rest } = exim;
      const host = / H=(\S+)/.exec(rest)?.[1] ?? null;
      const confirmation = / C="([^"]*)"/.exec(rest)?.[1];
      const colon = rest.indexOf(': ');
      const detail = confirmation ?? (colon >= 0 ? rest.slice(colon + 2) : rest.replace(/^(?:[A-Z]+=\S+ ?)+/, ''));
      const action: Action = flag === '**' ? 'failed' : flag === '==' ? 'delayed' : 'delivered';
      found.push({ ...withDiagnostic(address, detail, { remoteMta: host }), action });
    }
  }
  return found.length > 0 ? found : qmailLog(lines);
}

// Dialogue prefixes of common tools: sendmail -v (>>> <<<), swaks (-> <- ~> <~ <**), PHPMailer
// (CLIENT -> SERVER:), RFC examples (C: S:), optionally after a timestamp.
const STAMP = /^(?:\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:\.\d{1,6})?[ \t]+)?/;
const CLIENT_PREFIX = /^(?:>>>|C:|->|~>|\[C\]|CLIENT -> SERVER:)[ \t]*/;
const COMMAND_LINE = /^(?:>>>|C:|->|~>|\[C\]|CLIENT -> SERVER:)?[ \t]*(EHLO|HELO|STARTTLS|AUTH|MAIL FROM|RCPT TO|DATA|QUIT|RSET)\b/i;
const SERVER_PREFIX = /^(?:<~\*|<\*\*|<<<|S:|<-|<~|\[S\]|SERVER -> CLIENT:)[ \t]*/;
const REPLY_LINE = /^(?:<~\*|<\*\*|<<<|S:|<-|<~|\[S\]|SERVER -> CLIENT:)?[ \t]*([2-5]\d\d)(?:[ -]|$)/;

/** Text that is a bounce report, even if it quotes a dialogue. */
const BOUNCE_MARKERS = /(?:Transcript of session follows|permanent fatal errors|could not be delivered|couldn't be delivered|Delivery has failed|Undelivered Mail|Mail delivery failed|This is the mail system at host|Delivery Status Notification|Remote Server returned|qmail-send program)/i;

/** An SMTP dialogue: the failing reply, the command it answered and the recipient it was about. */
function transcript(lines: readonly string[], text: string): RawRecipient[] | null {
  let dialogue = 0;
  let commands = 0;
  const content = lines.map((l) => l.trim().replace(STAMP, '')).filter((l) => l !== '');
  for (const line of content) {
    if (COMMAND_LINE.test(line)) {
      commands++;
      dialogue++;
    } else if (REPLY_LINE.test(line) || CLIENT_PREFIX.test(line)) dialogue++;
  }
  if (commands === 0 || dialogue < content.length * 0.4 || BOUNCE_MARKERS.test(text)) return null;
  const found: RawRecipient[] = [];
  // Commands waiting for their reply, oldest first: with PIPELINING several are sent before any reply.
  const pending: { command: SmtpCommand; rcpt: string | null }[] = [{ command: 'CONNECT', rcpt: null }];
  let command: SmtpCommand | null = 'CONNECT';
  let rcpt: string | null = null;
  const accepted: string[] = [];
  let reply: string[] = [];
  const flush = () => {
    if (reply.length === 0) return;
    const said = reply.join('\n');
    reply = [];
    const { replyCode } = codesIn(said);
    if (replyCode === null) return;
    const answered = pending.shift();
    if (answered) ({ command, rcpt } = answered);
    if (command === 'RCPT TO' && replyCode < 300 && rcpt) accepted.push(rcpt);
    if (replyCode < 400) return;
    // After a refused recipient, "503 need RCPT" and a refused DATA are consequences, not new failures.
    if (found.length > 0 && (replyCode === 503 || ((command === 'DATA' || command === 'END OF DATA') && accepted.length === 0))) return;
    const targets = command === 'RCPT TO' ? [rcpt] : command === 'END OF DATA' || command === 'DATA' ? (accepted.length ? accepted : [null]) : [null];
    for (const address of targets) found.push({ ...withDiagnostic(address, said), command });
  };
  for (const raw of lines) {
    const line = raw.trim().replace(STAMP, '');
    const cmd = COMMAND_LINE.exec(line);
    if (cmd) {
      flush();
      const name = cmd[1]!.toUpperCase();
      if (name === 'QUIT' || name === 'RSET') {
        pending.push({ command: command ?? 'CONNECT', rcpt: null });
        continue;
      }
      const argument = line.slice(cmd[0].length);
      const next = name === 'HELO' ? 'EHLO' : (name as SmtpCommand);
      pending.push({ command: next, rcpt: next === 'RCPT TO' ? (bracketed(argument) ?? addressesOn(argument)[0] ?? null) : null });
      continue;
    }
    if (REPLY_LINE.test(line)) {
      const said = line.replace(SERVER_PREFIX, '');
      if (said.startsWith('354')) {
        reply = [];
        pending.shift();
        pending.unshift({ command: 'END OF DATA', rcpt: null });
        continue;
      }
      reply.push(said);
      if (said[3] !== '-') flush();
    } else if (line.replace(CLIENT_PREFIX, '') === '.') {
      flush();
    }
  }
  flush();
  return found;
}

/** Lines that carry a failure: a 4xx/5xx reply, or wording a provider or MTA uses for one. */
function isDiagnosticLine(line: string): boolean {
  const { replyCode, enhancedCode } = codesIn(line);
  if (replyCode !== null) return replyCode >= 400;
  if (enhancedCode !== null && /(status|#|error|code|returned|said|smtp|reason)/i.test(line)) return true;
  return hasProviderPhrase(line) || FAILURE_WORDS.test(line);
}

const FAILURE_WORDS = /\b(?:unrouteable address|mailbox is full|retry timeout exceeded|couldn't find any host|could not find any host|all relevant MX records point to non-existent hosts|all host address lookups failed|does not like recipient|Connection timed out|Connection refused|Host or domain name not found)\b/i;

/** Where a bounce starts returning the original message (whose addresses are not recipients). */
const ORIGINAL_COPY = /^[ \t-]*(?:This is a copy of the message|Original message headers|Below this line is a copy of the message|Returned message|Original message follows|Undelivered Message Headers)/i;

const HEADER_LINE = /^(?:from|to|cc|reply-to|return-path|sender|subject|date|message-id|in-reply-to|references|received|x-[\w-]+|envelope-to|delivered-to|original-recipient|dkim-signature|arc-[\w-]+|authentication-results):/i;

/** The human-readable bounce: each recipient with the diagnostic that follows it. */
function bounceBody(lines: readonly string[], sender: string | null): RawRecipient[] {
  type Mention = { line: number; address: string };
  const mentions: Mention[] = [];
  const diagnostics: number[] = [];
  let inOriginal = false;
  lines.forEach((line, i) => {
    // The returned copy of the original message names people who are not recipients of the bounce.
    if (ORIGINAL_COPY.test(line)) inOriginal = true;
    if (inOriginal) return;
    if (!HEADER_LINE.test(line.trim()) && !/MAIL FROM:/i.test(line)) {
      for (const address of addressesOn(line)) {
        if (!SYSTEM_ADDRESS.test(address) && address.toLowerCase() !== sender?.toLowerCase()) mentions.push({ line: i, address });
      }
    }
    if (isDiagnosticLine(line)) diagnostics.push(i);
  });
  // Exim and qmail put the reason on the lines under an address that stands alone on its line; that
  // text counts when nothing with a code or known wording follows the address.
  const underAlone = (at: number, address: string): number | null => {
    const bare = lines[at]!.trim().replace(/^</, '').replace(/>?:?$/, '');
    const next = lines[at + 1];
    return bare.toLowerCase() === address.toLowerCase() && next && next.trim() !== '' && addressesOn(next).length === 0 ? at + 1 : null;
  };
  if (diagnostics.length === 0 && !mentions.some((m) => underAlone(m.line, m.address) !== null)) return [];
  const order: string[] = [];
  for (const { address } of mentions) if (!order.some((a) => a.toLowerCase() === address.toLowerCase())) order.push(address);

  // A diagnostic and the lines that continue it: indented lines, further reply lines, wrapped text.
  const blockFrom = (start: number, own: string | null) => {
    const out = [lines[start]!];
    for (let i = start + 1; i < lines.length && i < start + 8; i++) {
      const line = lines[i]!;
      if (line.trim() === '') break;
      const others = addressesOn(line).filter((a) => a.toLowerCase() !== own?.toLowerCase());
      if (others.length > 0 && !/^[ \t]*[2-5]\d\d[ -]/.test(line)) break;
      if (/^[ \t]/.test(line) || /^[2-5]\d\d[ -]/.test(line) || /^\(/.test(line) || isDiagnosticLine(line) || GAVE_UP.test(line) || /^[a-z]/.test(line)) out.push(line);
      else break;
    }
    return out.join('\n');
  };
  const results: RawRecipient[] = [];
  const used = new Set<number>();
  for (const address of order) {
    const own = mentions.filter((m) => m.address.toLowerCase() === address.toLowerCase()).map((m) => m.line);
    let best: number | null = null;
    for (const at of own) {
      const nextOther = mentions.find((m) => m.line > at && m.address.toLowerCase() !== address.toLowerCase())?.line ?? lines.length;
      const d = diagnostics.find((line) => line >= at && line < nextOther && !used.has(line)) ?? underAlone(at, address);
      if (d !== undefined && d !== null) {
        best = d;
        break;
      }
    }
    if (best === null) continue;
    // Lines that continue this diagnostic are not diagnostics of their own.
    const block = blockFrom(best, address);
    for (let i = best; i < best + block.split('\n').length; i++) used.add(i);
    results.push(withDiagnostic(address, block));
  }
  if (results.length === 0 && diagnostics.length > 0) {
    const first = diagnostics[0]!;
    const address = order.length === 1 ? order[0]! : null;
    results.push(withDiagnostic(address, blockFrom(first, address)));
  }
  return results;
}

function reporterIn(text: string): string | null {
  const patterns = [
    /mail system at host ([\w.-]+)/i,
    /qmail-send program at ([\w.-]+)/i,
    /Generating server: ([\w.-]+)/i,
    /Reporting-MTA: dns; ?([\w.-]+)/i,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match[1]!.replace(/\.$/, '');
  }
  return null;
}

/** Delay notices often say so only in words. */
const DELAYED = /\b(?:delayed|delay reason|still (?:being )?(?:retried|trying)|will (?:continue|keep) trying|will retry|has not yet been delivered|not yet been delivered|Delivery is delayed|temporar(?:y|ily) (?:problem|failure|deferred))\b/i;

export function decodeText(input: string, sender: string | null = null): TextResult {
  const text = clean(input);
  const lines = text.split('\n');
  const reporter = reporterIn(text);

  const esp = decodeEspJson(input);
  if (esp && esp.length > 0) return { kind: 'bounce-text', reporter, recipients: esp };

  const logs = logLines(lines);
  if (logs.length > 0) return { kind: 'log-line', reporter, recipients: logs };

  const dialogue = transcript(lines, text);
  if (dialogue && dialogue.length > 0) return { kind: 'transcript', reporter, recipients: dialogue };

  const content = lines.filter((l) => l.trim() !== '');
  const isReply = (l: string) => /^[ \t]*[2-5]\d\d[ -]/.test(l);
  if (content.length > 0 && isReply(content[0]!) && content.filter(isReply).length >= content.length * 0.6) {
    // Each final line ("550 …", not "550-…") ends one reply.
    const replies: string[][] = [[]];
    for (const line of content) {
      replies[replies.length - 1]!.push(line);
      if (/^[ \t]*[2-5]\d\d /.test(line)) replies.push([]);
    }
    const recipients = replies
      .filter((r) => r.length > 0)
      .map((r) => {
        const reply = r.join('\n');
        return withDiagnostic(addressesOn(reply).find((a) => !SYSTEM_ADDRESS.test(a)) ?? null, reply);
      });
    return { kind: 'reply-line', reporter, recipients };
  }

  if (/^[ \t]*Final-Recipient:/im.test(text)) {
    const fields = parseDeliveryStatus(text.slice(text.search(/^[ \t]*(?:Reporting-MTA|Final-Recipient|Original-Recipient):/im)));
    if (fields.recipients.length > 0) return { kind: 'bounce-text', reporter: fields.reporter ?? reporter, recipients: fields.recipients };
  }

  const delayed = DELAYED.test(text) && !GAVE_UP.test(text);
  const recipients = bounceBody(lines, sender).map((r) =>
    delayed && r.action !== 'delivered' && (r.replyCode === null || r.replyCode < 500) ? { ...r, action: 'delayed' as const } : r.action === null && r.diagnostic ? { ...r, action: 'failed' as const } : r,
  );
  return { kind: recipients.length > 0 ? 'bounce-text' : 'unknown', reporter, recipients };
}
