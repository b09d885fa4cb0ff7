/**
 * Bounce notifications of sending services pasted as JSON: Amazon SES (also wrapped in an SNS
 * notification), SendGrid event webhooks, Mailgun events and Postmark bounces.
 */
import { codesIn, commandIn } from '../codes';
import { ACTIONS, type Action, type RawRecipient } from '../types';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

function recipient(address: string | null, diagnostic: string | null, status: string | null, action: Action | null, reply?: number | null): RawRecipient {
  const codes = diagnostic ? codesIn(diagnostic.replace(/^smtp;\s*/i, '')) : { replyCode: null, enhancedCode: null };
  const enhanced = status && /^[245]\.\d{1,3}\.\d{1,3}$/.test(status) ? status : codes.enhancedCode;
  return {
    address,
    action,
    replyCode: reply ?? codes.replyCode,
    enhancedCode: enhanced,
    remoteMta: null,
    diagnostic: diagnostic ? diagnostic.replace(/^smtp;\s*/i, '').trim() : null,
    command: diagnostic ? commandIn(diagnostic) : null,
  };
}

function ses(message: Json): RawRecipient[] | null {
  const bounce = message.bounce;
  if (isObject(bounce) && Array.isArray(bounce.bouncedRecipients)) {
    const suppressed = /suppress/i.test(`${bounce.bounceSubType ?? ''}`);
    return bounce.bouncedRecipients.filter(isObject).map((r) => {
      const diagnostic = str(r.diagnosticCode) ?? (suppressed ? `Suppressed: ${bounce.bounceSubType}` : null);
      const action = ACTIONS.find((a) => a === r.action) ?? 'failed';
      return recipient(str(r.emailAddress), diagnostic, str(r.status), action);
    });
  }
  const delivery = message.delivery;
  if (isObject(delivery) && Array.isArray(delivery.recipients)) {
    return delivery.recipients.map((address) => recipient(str(address), str(delivery.smtpResponse), null, 'delivered'));
  }
  return null;
}

function sendgrid(events: unknown[]): RawRecipient[] | null {
  const known = events.filter(isObject).filter((e) => str(e.email) && str(e.event));
  if (known.length === 0) return null;
  const actions: Record<string, Action> = { bounce: 'failed', dropped: 'failed', blocked: 'failed', deferred: 'delayed', delivered: 'delivered' };
  return known
    .filter((e) => str(e.event)! in actions)
    .map((e) => recipient(str(e.email), str(e.reason) ?? str(e.response), str(e.status), actions[str(e.event)!]!));
}

function mailgun(data: Json): RawRecipient[] | null {
  const status = data['delivery-status'];
  if (!str(data.recipient) || !isObject(status)) return null;
  const event = str(data.event);
  const action: Action = event === 'delivered' ? 'delivered' : data.severity === 'temporary' ? 'delayed' : 'failed';
  const message = str(status.message) ?? str(status.description);
  const code = typeof status.code === 'number' ? status.code : null;
  return [recipient(str(data.recipient), message, str(status['enhanced-code']), action, code && code >= 200 && code < 600 ? code : null)];
}

function postmark(data: Json): RawRecipient[] | null {
  if (!str(data.Email) || !str(data.Type)) return null;
  const soft = /soft|transient|dnserror/i.test(str(data.Type)!);
  return [recipient(str(data.Email), str(data.Details) ?? str(data.Description), null, soft ? 'delayed' : 'failed')];
}

/** Recipients from a pasted ESP notification, or null when the text is not one. */
export function decodeEspJson(text: string): RawRecipient[] | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    return null;
  }
  if (Array.isArray(parsed)) return sendgrid(parsed);
  if (!isObject(parsed)) return null;
  if (str(parsed.Type) === 'Notification' && str(parsed.Message)) return decodeEspJson(str(parsed.Message)!);
  return ses(parsed) ?? (isObject(parsed['event-data']) ? mailgun(parsed['event-data']) : null) ?? mailgun(parsed) ?? postmark(parsed);
}
