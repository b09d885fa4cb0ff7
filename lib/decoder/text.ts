/**
 * Bounces as text: mail-log lines, SMTP transcripts, single reply lines and the human-readable part of
 * a bounce (Postfix, Exim, qmail, Sendmail, Exchange, Gmail …). Every pattern here is anchored or
 * bounded so that it runs in linear time on any input.
 */
import { codesIn, commandIn } from './codes';
import type { Action, InputKind, RawRecipient, SmtpCommand } from './types';

export type TextResult = { kind: InputKind; reporter: string | null; recipients: RawRecipient[] };

const SYSTEM_ADDRESS = /^(?:mailer-daemon|postmaster|no-?reply|noreply|bounce[s]?|mail-daemon|double-bounce)@/i;

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

function withDiagnostic(address: string | null, diagnostic: string, extra: Partial<RawRecipient> = {}): RawRecipient {
  const { replyCode, enhancedCode } = codesIn(diagnostic);
  return {
    ...empty(address),
    replyCode,
    enhancedCode,
    action: actionFor(replyCode, enhancedCode),
    diagnostic: diagnostic.replace(/\s+/g, ' ').trim(),
    command: commandIn(diagnostic),
    ...extra,
  };
}

/** "mx.example.net[192.0.2.1]:25" → "mx.example.net" */
function hostOf(relay: string): string {
  const bracket = relay.indexOf('[');
  const host = bracket >= 0 ? relay.slice(0, bracket) : relay;
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
  if (at < 0) return null;
  const rest = line.slice(at + name.length + 1);
  const end = rest.search(/[,\s]/);
  return end < 0 ? rest : rest.slice(0, end);
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
  return { flag: words[at] as (typeof EXIM_FLAGS)[number], address, rest };
}

/** Postfix and Sendmail "to=<…>, …, dsn=…, status=…(…)" / "stat=…", Exim "** addr … : reply". */
function logLines(lines: readonly string[]): RawRecipient[] {
  const found: RawRecipient[] = [];
  for (const line of lines) {
    const to = /\bto=<?([^>,\s]*)>?/.exec(line)?.[1] ?? null;
    const status = field(line, 'status');
    const stat = line.includes('stat=') ? line.slice(line.indexOf('stat=') + 5) : null;
    if (to !== null && (status || stat)) {
      const open = line.indexOf('(', line.indexOf('status='));
      const detail = status && open >= 0 ? line.slice(open + 1, line.lastIndexOf(')') > open ? line.lastIndexOf(')') : undefined) : (stat ?? '');
      const dsn = field(line, 'dsn');
      const relay = field(line, 'relay');
      const recipient = withDiagnostic(to || null, detail, {
        remoteMta: relay && relay !== 'none' ? hostOf(relay) : null,
      });
      const action: Action | null =
        status === 'sent' || /^sent\b/i.test(stat ?? '') ? 'delivered' : status === 'deferred' || /^deferred\b/i.test(stat ?? '') ? 'delayed' : status === 'bounced' || status === 'expired' ? 'failed' : recipient.action;
      found.push({ ...recipient, enhancedCode: dsn ?? recipient.enhancedCode, action: action ?? (dsn ? actionFor(null, dsn) : null) });
      continue;
    }
    const exim = eximLine(line);
    if (exim) {
      const { flag, address, rest } = exim;
      const host = / H=(\S+)/.exec(rest)?.[1] ?? null;
      const colon = rest.indexOf(': ');
      const detail = colon >= 0 ? rest.slice(colon + 2) : rest;
      const recipient = withDiagnostic(address.replace(/^<|>$/g, ''), detail, { remoteMta: host });
      const action: Action = flag === '**' ? 'failed' : flag === '==' ? 'delayed' : 'delivered';
      found.push({ ...recipient, action });
    }
  }
  return found;
}

const COMMAND_LINE = /^(?:>>>|C:|->|\[C\])?[ \t]*(EHLO|HELO|STARTTLS|AUTH|MAIL FROM|RCPT TO|DATA|QUIT|RSET)\b/i;
const REPLY_LINE = /^(?:<<<|S:|<-|\[S\])?[ \t]*([2-5]\d\d)(?:[ -]|$)/;

/** An SMTP dialogue: the failing reply, the command it answered and the recipient it was about. */
function transcript(lines: readonly string[]): RawRecipient[] | null {
  let commands = 0;
  let replies = 0;
  for (const line of lines) {
    if (COMMAND_LINE.test(line.trim())) commands++;
    else if (REPLY_LINE.test(line.trim())) replies++;
  }
  if (commands === 0 || replies === 0) return null;
  const found: RawRecipient[] = [];
  let command: SmtpCommand | null = 'CONNECT';
  let rcpt: string | null = null;
  const accepted: string[] = [];
  let reply: string[] = [];
  const flush = () => {
    if (reply.length === 0) return;
    const text = reply.join('\n');
    reply = [];
    const { replyCode } = codesIn(text);
    if (replyCode === null) return;
    if (command === 'RCPT TO' && replyCode < 300 && rcpt) accepted.push(rcpt);
    if (replyCode < 400) return;
    const targets = command === 'RCPT TO' ? [rcpt] : command === 'END OF DATA' || command === 'DATA' ? (accepted.length ? accepted : [null]) : [null];
    for (const address of targets) found.push({ ...withDiagnostic(address, text), command });
  };
  for (const raw of lines) {
    const line = raw.trim();
    const cmd = COMMAND_LINE.exec(line);
    const rep = REPLY_LINE.exec(line);
    if (cmd) {
      flush();
      const name = cmd[1]!.toUpperCase();
      command = name === 'HELO' ? 'EHLO' : name === 'QUIT' || name === 'RSET' ? command : (name as SmtpCommand);
      const argument = line.slice(cmd[0].length);
      if (command === 'RCPT TO') rcpt = bracketed(argument) ?? addressesOn(argument)[0] ?? null;
    } else if (rep) {
      const code = rep[1]!;
      if (command === 'DATA' && code === '354') {
        flush();
        command = 'END OF DATA';
        continue;
      }
      reply.push(line.replace(/^(?:<<<|S:|<-|\[S\])\s*/, ''));
      if (line.replace(/^(?:<<<|S:|<-|\[S\])\s*/, '')[3] !== '-') flush();
    } else if (line === '.') {
      flush();
      command = 'END OF DATA';
    }
  }
  flush();
  return found;
}

/** The lines of a bounce body that carry a reply: "said: 550 …", "Remote Server returned '550 …'", "#550 5.1.1 …". */
function isDiagnosticLine(line: string): boolean {
  const { replyCode, enhancedCode } = codesIn(line);
  return replyCode !== null || (enhancedCode !== null && /(status|#|error|code|returned|said|smtp)/i.test(line));
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

const HEADER_LINE = /^(?:from|to|cc|reply-to|return-path|sender|subject|date|message-id|in-reply-to|references|received|x-[\w-]+|envelope-to|delivered-to):/i;

/** The human-readable bounce: each recipient with the diagnostic that follows it. */
function bounceBody(lines: readonly string[], sender: string | null): RawRecipient[] {
  type Mention = { line: number; address: string };
  const mentions: Mention[] = [];
  const diagnostics: number[] = [];
  lines.forEach((line, i) => {
    if (!HEADER_LINE.test(line.trim())) {
      for (const address of addressesOn(line)) {
        if (!SYSTEM_ADDRESS.test(address) && address.toLowerCase() !== sender?.toLowerCase()) mentions.push({ line: i, address });
      }
    }
    if (isDiagnosticLine(line)) diagnostics.push(i);
  });
  if (diagnostics.length === 0 && mentions.length === 0) return [];
  const order: string[] = [];
  for (const { address } of mentions) if (!order.some((a) => a.toLowerCase() === address.toLowerCase())) order.push(address);

  // The reply that belongs to an address is the first diagnostic at or after one of its mentions and
  // before the next mention of another address; failing that, the nearest one before it.
  const blockFrom = (start: number) => {
    const out = [lines[start]!];
    for (let i = start + 1; i < lines.length && i < start + 8; i++) {
      const line = lines[i]!;
      if (line.trim() === '' || (/^\S/.test(line) && !/^[2-5]\d\d[ -]/.test(line) && isDiagnosticLine(line) === false && addressesOn(line).length > 0)) break;
      if (/^[ \t]/.test(line) || /^[2-5]\d\d[ -]/.test(line) || /^\(/.test(line)) out.push(line);
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
      const d = diagnostics.find((line) => line >= at && line < nextOther && !used.has(line));
      if (d !== undefined) {
        best = d;
        break;
      }
    }
    if (best === null) continue;
    used.add(best);
    results.push(withDiagnostic(address, blockFrom(best)));
  }
  if (results.length === 0 && diagnostics.length > 0) {
    const first = diagnostics[0]!;
    const address = order.find((a) => !a.includes('@example.invalid')) ?? null;
    results.push(withDiagnostic(order.length === 1 ? address : null, blockFrom(first)));
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
function looksDelayed(text: string): boolean {
  return /\b(?:delayed|delay(?:ed)? notification|still (?:being )?(?:retried|trying)|will (?:continue|keep) trying|has not yet been delivered|temporar(?:y|ily) (?:problem|failure|deferred))\b/i.test(text);
}

export function decodeText(input: string, sender: string | null = null): TextResult {
  const text = clean(input);
  const lines = text.split('\n');
  const reporter = reporterIn(text);

  const logs = logLines(lines);
  if (logs.length > 0) return { kind: 'log-line', reporter, recipients: logs };

  const dialogue = transcript(lines);
  if (dialogue && dialogue.length > 0) return { kind: 'transcript', reporter, recipients: dialogue };

  const content = lines.filter((l) => l.trim() !== '');
  if (content.length > 0 && content.length <= 6 && /^[2-5]\d\d[ -]/.test(content[0]!.trim())) {
    const reply = content.filter((l) => /^[2-5]\d\d[ -]/.test(l.trim())).join('\n');
    const address = addressesOn(reply).find((a) => !SYSTEM_ADDRESS.test(a)) ?? null;
    return { kind: 'reply-line', reporter, recipients: [withDiagnostic(address, reply)] };
  }

  const recipients = bounceBody(lines, sender).map((r) =>
    r.action === 'failed' || r.action === null ? (looksDelayed(text) && (r.replyCode ?? 400) < 500 ? { ...r, action: 'delayed' as const } : r) : r,
  );
  return { kind: recipients.length > 0 ? 'bounce-text' : 'unknown', reporter, recipients };
}
