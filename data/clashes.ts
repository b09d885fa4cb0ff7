/**
 * Provider codes that reuse a registry number with a different meaning (team reference, table B4, plus
 * those part (c) shows and B4 misses: Gmail 5.7.14 and 4.2.1, Yahoo 5.7.2, Microsoft 365 5.1.8 and 5.2.2).
 * The registry meaning comes first on the code's page; each clash gets its own marked box.
 */
import type { ProviderId } from './providers';

export const CLASHES: Readonly<Partial<Record<ProviderId, readonly string[]>>> = {
  gmail: ['4.7.23', '4.7.27', '5.7.27', '4.7.29', '5.7.29', '4.7.30', '5.7.30', '5.4.5', '5.7.10', '5.7.14', '4.2.1'],
  microsoft365: ['5.1.10', '5.4.1', '5.7.12', '5.7.13', '5.1.8', '5.2.2'],
  yahoo: ['5.7.9', '5.7.2'],
};
