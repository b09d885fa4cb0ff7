/**
 * The share link of a decoded recipient: only its codes, reason, provider entry and outcome travel in the
 * query, never the text or the addresses. Encoded by the card, decoded by the explanation page; values
 * this site does not know are dropped on the way back.
 */
import { BOUNCE_KIND, REASONS, type Reason } from '@/data/reasons';
import { getEnhancedCode } from '@/lib/enhanced-codes';
import { providerMessage, reasonFor } from '@/lib/providers';
import { getReplyCode } from '@/lib/reply-codes';
import { ACTIONS, type Action, type DecodedRecipient } from './types';

export type ShareQuery = Record<string, string | string[] | undefined>;

export function shareQuery(r: DecodedRecipient): URLSearchParams {
  const query = new URLSearchParams();
  if (r.replyCode !== null) query.set('reply', String(r.replyCode));
  if (r.enhancedCode) query.set('enhanced', r.enhancedCode);
  query.set('reason', r.reason);
  if (r.providerEntry) query.set('entry', r.providerEntry);
  if (r.action) query.set('action', r.action);
  return query;
}

const isReason = (value: string | null): value is Reason => REASONS.some((r) => r === value);
const isAction = (value: string | null): value is Action => ACTIONS.some((a) => a === value);

/** The recipient a shared link describes, rebuilt from what the query says and this site knows. */
export function sharedRecipient(query: ShareQuery): DecodedRecipient {
  const one = (key: string) => {
    const value = query[key];
    return typeof value === 'string' ? value : null;
  };
  const reply = getReplyCode(Number(one('reply')));
  const enhanced = getEnhancedCode(one('enhanced') ?? '');
  const entryId = one('entry');
  const entry = entryId === null ? undefined : providerMessage(entryId);
  const given = one('reason');
  const codeClass = reply?.replyClass ?? enhanced?.enhancedClass ?? null;
  // An entry read by who wrote it (ownDomainReason, see withReporter) keeps that reading: the link does
  // not carry the reporter it was decided from.
  const entryReason = entry && given !== null && given === entry.ownDomainReason ? entry.ownDomainReason : entry ? reasonFor(entry, codeClass) : null;
  const reason = entryReason ?? (isReason(given) ? given : 'unknown');
  const actionGiven = one('action');
  const action = isAction(actionGiven) ? actionGiven : null;
  const failed = action === 'failed' || (!action && (reply?.replyClass === 5 || enhanced?.enhancedClass === 5));
  return {
    address: null,
    action,
    replyCode: reply?.code ?? null,
    enhancedCode: enhanced?.id ?? null,
    remoteMta: null,
    diagnostic: null,
    command: null,
    provider: entry?.provider ?? null,
    providerEntry: entry?.id ?? null,
    reason,
    hardBounce: failed ? BOUNCE_KIND[reason] === 'hard' : action === 'delayed' ? false : null,
    retry: 'unknown',
  };
}
