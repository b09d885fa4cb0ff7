/** A recipient built from the failure text that names it: what every text format ends with. */
import { codesIn, commandIn } from '../codes';
import type { Action, RawRecipient } from '../types';

function empty(address: string | null): RawRecipient {
  return { address, action: null, replyCode: null, enhancedCode: null, remoteMta: null, diagnostic: null, command: null };
}

export function actionFor(replyCode: number | null, enhancedCode: string | null): Action | null {
  const cls = replyCode !== null ? Math.floor(replyCode / 100) : enhancedCode ? Number(enhancedCode[0]) : null;
  return cls === 5 ? 'failed' : cls === 4 ? 'delayed' : cls === 2 ? 'delivered' : null;
}

/** Servers that give up on a temporary error say so in words. */
export const GAVE_UP = /\b(?:retry timeout exceeded|too long in (?:the )?queue|in the queue too long|not going to try again|message expired|queue expired)\b/i;

export function withDiagnostic(address: string | null, diagnostic: string, extra: Partial<RawRecipient> = {}): RawRecipient {
  const { replyCode, enhancedCode } = codesIn(diagnostic);
  // X.4.7 is "delivery time expired": the sender gave up, whatever the class says.
  const action = GAVE_UP.test(diagnostic) || enhancedCode?.endsWith('.4.7') ? 'failed' : actionFor(replyCode, enhancedCode);
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
