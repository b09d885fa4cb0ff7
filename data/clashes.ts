/**
 * Provider codes that reuse a registry number with a different meaning (team reference, table B4, plus
 * those part (c) shows and B4 misses: Gmail 5.7.14, Yahoo 5.7.2, Microsoft 365 5.1.8 and 5.2.2; and
 * Gmail 5.7.11, "Syntax error (no parameters allowed)" after STARTTLS, as quoted from Google's page in
 * sisimai's lib/Sisimai/Rhost/Google.pm; Microsoft 365's 5.5.0 "Requested action not taken: mailbox
 * unavailable" for an unknown Outlook.com recipient, from Microsoft Learn's NDR page). Gmail's 4.2.1
 * (the recipient is receiving mail too fast) is an ordinary use of X.2.1, not a clash.
 * The registry meaning comes first on the code's page; each clash gets its own marked box.
 */
import type { ProviderId } from './providers';

export const CLASHES: Readonly<Partial<Record<ProviderId, readonly string[]>>> = {
  gmail: ['4.7.23', '4.7.27', '5.7.27', '4.7.29', '5.7.29', '4.7.30', '5.7.30', '5.4.5', '5.7.10', '5.7.11', '5.7.14'],
  microsoft365: ['5.1.10', '5.4.1', '5.7.12', '5.7.13', '5.1.8', '5.2.2', '5.5.0'],
  yahoo: ['5.7.9', '5.7.2'],
};
