/**
 * The provider catalogue: real wording from mail providers and MTAs, as it appears in bounces, with the
 * codes it comes with, the reason it stands for and where it is documented. Compiled from the team
 * reference (which cites each source) and last checked against it on `lastVerified`; `confidence` is
 * "primary" when the wording was checked against the provider's own documentation or source, and
 * "secondary" when it comes from one secondary source. Meanings and advice live in
 * messages/<locale>.json under `providerMessages.<id>`.
 */
import type { ProviderId } from './providers';
import type { Reason } from './reasons';

/** [reply code, enhanced code], either of which a provider may leave out. */
export type CodePair = readonly [reply: number | null, enhanced: string | null];

export type ProviderMessage = {
  readonly id: string;
  readonly provider: ProviderId;
  readonly codes: readonly [CodePair, ...CodePair[]];
  /** First and last code when the provider documents a whole range as one message. */
  readonly range?: readonly [string, string];
  /** Literal phrases, any of which identifies the message (matched case-insensitively). */
  readonly match: readonly [string, ...string[]];
  readonly reason: Reason;
  readonly confidence: 'primary' | 'secondary';
  readonly source: `https://${string}`;
  readonly lastVerified: string;
};

export const PROVIDER_MESSAGES: readonly ProviderMessage[] = [

];
