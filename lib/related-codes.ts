/** Which other codes a code's page links to. */
import { allEnhancedCodes, getEnhancedCode, type EnhancedCode, type RegistryEntry } from './enhanced-codes';
import { getReplyCode, type ReplyCode } from './reply-codes';

/** The reply codes a reader of this one often confuses it with. */
export function relatedReplyCodes(code: ReplyCode): readonly ReplyCode[] {
  return code.related.flatMap((n) => getReplyCode(n) ?? []);
}

/** Codes of the same class and subject: 5.1.1 → 5.1.2, 5.1.3 … */
export function sameSubjectCodes(code: EnhancedCode): readonly EnhancedCode[] {
  return allEnhancedCodes().filter(
    (c) => c.enhancedClass === code.enhancedClass && c.entry.subject === code.entry.subject && c.id !== code.id,
  );
}

/** The same registry entry in the other classes it is seen in: 5.1.1 → 4.1.1. */
export function otherClassCodes(code: EnhancedCode): readonly EnhancedCode[] {
  return code.entry.classes
    .filter((c) => c !== code.enhancedClass)
    .flatMap((c) => getEnhancedCode(`${c}.${code.entry.subject}.${code.entry.detail}`) ?? []);
}

/** A registry entry's codes in the classes it is seen in, lowest class first: X.1.1 → 4.1.1, 5.1.1. */
export function entryCodes(entry: RegistryEntry): readonly EnhancedCode[] {
  return [...entry.classes].sort().flatMap((c) => getEnhancedCode(`${c}.${entry.subject}.${entry.detail}`) ?? []);
}
