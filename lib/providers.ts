/**
 * The provider catalogue: what real providers write in their bounces, joined to codes and reasons.
 * Codes that providers use outside the registry ("5.7.509", "5.7.606–649") get pages of their own.
 */
import { CLASHES } from '@/data/clashes';
import { PROVIDER_MESSAGES, type ProviderMessage } from '@/data/provider-messages';
import { PROVIDERS, type ProviderId } from '@/data/providers';
import type { Reason } from '@/data/reasons';
import { entryIdOf, getRegistryEntry } from './enhanced-codes';

export type { ProviderMessage } from '@/data/provider-messages';
export { PROVIDERS, type ProviderId };

export function providerMessages(): readonly ProviderMessage[] {
  return PROVIDER_MESSAGES;
}

const BY_ID = new Map(PROVIDER_MESSAGES.map((m) => [m.id, m]));

export function providerMessage(id: string): ProviderMessage | undefined {
  return BY_ID.get(id);
}

export function messagesWithEnhanced(id: string): readonly ProviderMessage[] {
  return PROVIDER_MESSAGES.filter((m) => m.codes.some(([, enhanced]) => enhanced === id));
}

export function messagesWithReply(code: number): readonly ProviderMessage[] {
  return PROVIDER_MESSAGES.filter((m) => m.codes.some(([reply]) => reply === code));
}

/**
 * The reason a message stands for when it comes with a code of this class (4 temporary, 5 permanent).
 * Wording whose reason depends on the class has none while the class is unknown.
 */
export function reasonFor(message: ProviderMessage, codeClass: number | null): Reason | null {
  const { reason } = message;
  if (typeof reason === 'string') return reason;
  if (codeClass === 4) return reason.transient;
  if (codeClass === 5) return reason.permanent;
  return null;
}

export function isClash(provider: ProviderId, enhancedId: string): boolean {
  return CLASHES[provider]?.includes(enhancedId) ?? false;
}

/** A code (or range of codes) that only a provider defines. */
export type ProviderCode = {
  /** "5.7.509", or "5.7.606-649" for a range */
  readonly slug: string;
  readonly provider: ProviderId;
  readonly range: readonly [string, string] | null;
  readonly messages: readonly ProviderMessage[];
};

function detailOf(id: string): number {
  return Number(id.split('.')[2]);
}

const PROVIDER_CODES: readonly ProviderCode[] = (() => {
  const bySlug = new Map<string, { provider: ProviderId; range: readonly [string, string] | null; messages: ProviderMessage[] }>();
  for (const message of PROVIDER_MESSAGES) {
    for (const [, enhanced] of message.codes) {
      const entryId = enhanced ? entryIdOf(enhanced) : null;
      if (!enhanced || !entryId || getRegistryEntry(entryId)) continue;
      const range = message.range ?? null;
      const slug = range ? `${range[0]}-${detailOf(range[1])}` : enhanced;
      const known = bySlug.get(slug) ?? { provider: message.provider, range, messages: [] };
      if (!known.messages.includes(message)) known.messages.push(message);
      bySlug.set(slug, known);
    }
  }
  return [...bySlug.entries()].map(([slug, value]) => ({ slug, ...value }));
})();

export function providerCodes(): readonly ProviderCode[] {
  return PROVIDER_CODES;
}

/** The provider code a slug names; a code inside a range resolves to the range. */
export function findProviderCode(slug: string): { code: ProviderCode; canonical: boolean } | undefined {
  const exact = PROVIDER_CODES.find((c) => c.slug === slug);
  if (exact) return { code: exact, canonical: true };
  const match = /^([245]\.\d{1,3})\.(\d{1,3})$/.exec(slug);
  if (!match) return undefined;
  const inRange = PROVIDER_CODES.find(
    (c) =>
      c.range &&
      c.range[0].startsWith(`${match[1]}.`) &&
      detailOf(c.range[0]) <= Number(match[2]) &&
      Number(match[2]) <= detailOf(c.range[1]),
  );
  return inRange ? { code: inRange, canonical: false } : undefined;
}

export function providerName(provider: ProviderId): string {
  return PROVIDERS[provider].name;
}
