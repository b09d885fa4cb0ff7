/**
 * Provider codes that reuse a registry number with a different meaning (team reference, table B4).
 * The registry meaning comes first on the code's page; each clash gets its own marked box.
 */
import type { ProviderId } from './providers';

export const CLASHES: Readonly<Partial<Record<ProviderId, readonly string[]>>> = {
  gmail: ['4.7.23', '4.7.27', '5.7.27', '4.7.29', '5.7.29', '4.7.30', '5.7.30', '5.4.5', '5.7.10'],
  microsoft365: ['5.1.10', '5.4.1', '5.7.12', '5.7.13'],
  yahoo: ['5.7.9'],
};
