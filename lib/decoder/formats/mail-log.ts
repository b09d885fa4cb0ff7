/** Mail-log lines: Postfix and Sendmail "to=<…>, …, dsn=…, status=…" / "stat=…", Postfix NOQUEUE rejects, Exim's main log, qmail-send. */
import type { Action, RawRecipient } from '../types';
import { addressesOn } from './addresses';
import { actionFor, withDiagnostic } from './diagnostic';

/** "mx.example.net[192.0.2.1]:25" → "mx.example.net" */
function hostOf(relay: string): string {
  const bracket = relay.indexOf('[');
  const host = (bracket >= 0 ? relay.slice(0, bracket) : relay).trim();
  return host.endsWith('.') ? host.slice(0, -1) : host;
}

function field(line: string, name: string): string | null {
  const at = line.indexOf(`${name}=`);
  if (at < 0 || (at > 0 && /\w/.test(line[at - 1]!))) return null;
  const rest = line.slice(at + name.length + 1);
  const end = rest.search(/[,\s]/);
  return end < 0 ? rest : rest.slice(0, end);
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
type EximFlag = (typeof EXIM_FLAGS)[number];
const isEximFlag = (word: string): word is EximFlag => (EXIM_FLAGS as readonly string[]).includes(word);

/** Cheap test first: most lines of most texts are not Exim log lines. */
const EXIM_FLAG_WORD = /(?:^|[ \t])(?:\*\*|==|=>|->)[ \t]/;

/** "2024-01-01 00:00:00 1rAbCd-000123-Xy ** bob@example.org R=… T=… H=…: SMTP error …" */
function eximLine(line: string): { flag: EximFlag; address: string; rest: string } | null {
  if (!EXIM_FLAG_WORD.test(line)) return null;
  const words = line.trim().split(' ');
  const at = words.findIndex((w, i) => i <= 3 && isEximFlag(w));
  const flag = words[at];
  if (at < 0 || flag === undefined || !isEximFlag(flag)) return null;
  const address = words.slice(at + 1).find((w) => w !== '');
  if (!address || !address.includes('@')) return null;
  const rest = words.slice(words.indexOf(address, at + 1) + 1).join(' ');
  return { flag, address: address.replace(/^<|>$/g, ''), rest };
}

/** qmail-send writes "starting delivery N: … to remote addr" and later "delivery N: failure: text/with_underscores/". */
function qmailLog(lines: readonly string[]): RawRecipient[] {
  const targets = new Map<string, string>();
  const found: RawRecipient[] = [];
  for (const line of lines) {
    if (!line.includes('delivery ')) continue;
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

/** Recipients of the log lines among `lines` (none when the text is not a mail log). */
export function decodeMailLog(lines: readonly string[]): RawRecipient[] {
  const found: RawRecipient[] = [];
  for (const line of lines) {
    // Postfix and Sendmail lines name their recipients: the other fields are looked for only then.
    const to = toList(line);
    const status = to.length > 0 ? field(line, 'status') : null;
    const statAt = to.length > 0 ? line.indexOf(' stat=') : -1;
    const stat = statAt >= 0 ? line.slice(statAt + 6) : null;
    const reject = to.length > 0 ? line.indexOf(' reject: ') : -1;
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
