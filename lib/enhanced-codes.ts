/**
 * The one door to enhanced status codes (RFC 3463): registry entries ("X.1.1") and the class-specific
 * codes that get pages ("5.1.1", "4.1.1").
 */
import {
  ENHANCED_CLASSES,
  REGISTRY,
  SUBJECTS,
  type EnhancedClass,
  type RegistryEntryFacts,
  type Subject,
} from '@/data/enhanced-codes';
import { BOUNCE_KIND, type BounceKind } from '@/data/reasons';
import { PROVIDER_MESSAGES } from '@/data/provider-messages';
import { REPLY_CODES, type RegistryEntryId, type ReplyCodeFacts } from '@/data/reply-codes';
import { getReplyCode, type ReplyCode } from './reply-codes';

export type { EnhancedClass, Reference, Subject } from '@/data/enhanced-codes';
export { ENHANCED_CLASSES, SUBJECTS };

export type RegistryEntry = RegistryEntryFacts & {
  readonly id: RegistryEntryId;
  readonly subject: Subject;
  readonly detail: number;
};

export type EnhancedCode = {
  /** "5.1.1" */
  readonly id: string;
  readonly enhancedClass: EnhancedClass;
  readonly entry: RegistryEntry;
};

const registry: Readonly<Record<RegistryEntryId, RegistryEntryFacts>> = REGISTRY;
const ENTRIES: readonly RegistryEntry[] = Object.entries(registry).map(([id, facts]) => {
  const [, subject, detail] = id.split('.').map(Number) as [number, Subject, number];
  return { ...facts, id: id as RegistryEntryId, subject, detail };
});
const ENTRY_BY_ID = new Map(ENTRIES.map((e) => [e.id, e]));

/**
 * A class gets a page when the registry entry lists it as seen in practice, or when a reply code or a
 * provider message in our data uses it (so that every code we mention has a page to link to).
 */
function pageClasses(entry: RegistryEntry): readonly EnhancedClass[] {
  const used = [
    ...Object.values(REPLY_CODES).flatMap((facts: ReplyCodeFacts) => facts.enhanced),
    ...PROVIDER_MESSAGES.flatMap((m) => m.codes.map(([, enhanced]) => enhanced)),
  ].flatMap((id) => (id && entryIdOf(id) === entry.id ? [Number(id[0]) as EnhancedClass] : []));
  return ENHANCED_CLASSES.filter((c) => entry.classes.includes(c) || used.includes(c));
}

const CODES: readonly EnhancedCode[] = ENTRIES.flatMap((entry) =>
  pageClasses(entry).map((enhancedClass) => ({
    id: `${enhancedClass}.${entry.subject}.${entry.detail}`,
    enhancedClass,
    entry,
  })),
);
const CODE_BY_ID = new Map(CODES.map((c) => [c.id, c]));

export function registryEntries(): readonly RegistryEntry[] {
  return ENTRIES;
}

export function getRegistryEntry(id: string): RegistryEntry | undefined {
  return ENTRY_BY_ID.get(id as RegistryEntryId);
}

/** Every class-specific code that has a page, in registry order. */
export function allEnhancedCodes(): readonly EnhancedCode[] {
  return CODES;
}

export function getEnhancedCode(id: string): EnhancedCode | undefined {
  return CODE_BY_ID.get(id);
}

/** "5.1.1" → "X.1.1" whether or not 5.1.1 has a page. */
export function entryIdOf(id: string): RegistryEntryId | null {
  const match = /^[245]\.(\d{1,3})\.(\d{1,3})$/.exec(id);
  return match ? (`X.${Number(match[1])}.${Number(match[2])}` as RegistryEntryId) : null;
}

/** Reply codes the registry associates with this entry, limited to those of the code's own class. */
export function pairedReplyCodes(code: EnhancedCode): readonly ReplyCode[] {
  const { basic } = code.entry;
  if (basic.kind !== 'list') return [];
  return basic.codes.flatMap((n) => {
    const reply = getReplyCode(n);
    return reply && reply.replyClass === code.enhancedClass ? [reply] : [];
  });
}

export function compareEnhanced(a: EnhancedCode, b: EnhancedCode): number {
  return a.enhancedClass - b.enhancedClass || a.entry.subject - b.entry.subject || a.entry.detail - b.entry.detail;
}

/** A 2.x.x is no failure and a 4.x.x is always worth retrying; a 5.x.x is as hard as its reason. */
export function bounceKindOf(code: EnhancedCode): BounceKind {
  if (code.enhancedClass === 2) return 'none';
  if (code.enhancedClass === 4) return 'soft';
  return BOUNCE_KIND[code.entry.reason];
}
