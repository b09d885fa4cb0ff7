import type { ProviderId } from '@/data/providers';
import type { Reason } from '@/data/reasons';

/** What the pasted text was recognised as. */
export type InputKind = 'dsn' | 'feedback' | 'mime' | 'bounce-text' | 'log-line' | 'transcript' | 'reply-line' | 'unknown';

/** RFC 3464 §2.3.3 actions. */
export const ACTIONS = ['failed', 'delayed', 'delivered', 'relayed', 'expanded'] as const;
export type Action = (typeof ACTIONS)[number];

export const COMMANDS = ['CONNECT', 'EHLO', 'STARTTLS', 'AUTH', 'MAIL FROM', 'RCPT TO', 'DATA', 'END OF DATA'] as const;
export type SmtpCommand = (typeof COMMANDS)[number];

/**
 * not-needed: delivered or not a failure · automatic: the sending server retries on its own ·
 * after-fix: retrying helps once the cause is fixed · never: the address itself is wrong · unknown
 */
export type RetryAdvice = 'not-needed' | 'automatic' | 'after-fix' | 'never' | 'unknown';

export type DecodedRecipient = {
  readonly address: string | null;
  readonly action: Action | null;
  readonly replyCode: number | null;
  readonly enhancedCode: string | null;
  readonly remoteMta: string | null;
  readonly diagnostic: string | null;
  readonly command: SmtpCommand | null;
  readonly provider: ProviderId | null;
  readonly providerEntry: string | null;
  readonly reason: Reason;
  /** null when nothing failed (delivered, relayed, auto-reply). */
  readonly hardBounce: boolean | null;
  readonly retry: RetryAdvice;
};

export type DecodeResult = {
  readonly kind: InputKind;
  /** The MTA that wrote the report (Reporting-MTA, or the host named in the bounce), when known. */
  readonly reporter: string | null;
  readonly recipients: readonly DecodedRecipient[];
};

/** What the extractors find before classification. */
export type RawRecipient = {
  address: string | null;
  action: Action | null;
  replyCode: number | null;
  enhancedCode: string | null;
  remoteMta: string | null;
  diagnostic: string | null;
  command: SmtpCommand | null;
};
