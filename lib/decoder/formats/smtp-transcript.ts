/** SMTP dialogues as tools print them: the failing reply, the command it answered and the recipient it was about. */
import { codesIn } from '../codes';
import type { RawRecipient, SmtpCommand } from '../types';
import { addressesOn, bracketed } from './addresses';
import { withDiagnostic } from './diagnostic';

// Dialogue prefixes of common tools: sendmail -v (>>> <<<), swaks (-> <- ~> <~ <**), PHPMailer
// (CLIENT -> SERVER:), RFC examples (C: S:), optionally after a timestamp.
const STAMP = /^(?:\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:\.\d{1,6})?[ \t]+)?/;
const CLIENT_PREFIX = /^(?:>>>|C:|->|~>|\[C\]|CLIENT -> SERVER:)[ \t]*/;
// MAIL FROM and RCPT TO take their argument after a colon: "RCPT TO generated following response" is prose.
const COMMAND_LINE = /^(?:>>>|C:|->|~>|\[C\]|CLIENT -> SERVER:)?[ \t]*(EHLO|HELO|STARTTLS|AUTH|MAIL FROM(?=[ \t]?:)|RCPT TO(?=[ \t]?:)|DATA|QUIT|RSET)\b/i;
const SERVER_PREFIX = /^(?:<~\*|<\*\*|<<<|S:|<-|<~|\[S\]|SERVER -> CLIENT:)[ \t]*/;
const REPLY_LINE = /^(?:<~\*|<\*\*|<<<|S:|<-|<~|\[S\]|SERVER -> CLIENT:)?[ \t]*([2-5]\d\d)(?:[ -]|$)/;

/** Text that is a bounce report, even if it quotes a dialogue. */
const BOUNCE_MARKERS = /(?:Transcript of session follows|Undeliverable|permanent fatal errors|could not be delivered|couldn't be delivered|Delivery has failed|Undelivered Mail|Mail delivery failed|This is the mail system at host|Delivery Status Notification|Remote Server returned|qmail-send program)/i;

/** The failures of a dialogue, or null when `lines` are not one. */
export function decodeTranscript(lines: readonly string[], text: string): RawRecipient[] | null {
  // Checked first: most texts are bounce reports, and reading every line costs more.
  if (BOUNCE_MARKERS.test(text)) return null;
  let dialogue = 0;
  let commands = 0;
  const content = lines.map((l) => l.trim().replace(STAMP, '')).filter((l) => l !== '');
  for (const line of content) {
    if (COMMAND_LINE.test(line)) {
      commands++;
      dialogue++;
    } else if (REPLY_LINE.test(line) || CLIENT_PREFIX.test(line)) dialogue++;
  }
  if (commands === 0 || dialogue < content.length * 0.4) return null;
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
