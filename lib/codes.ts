/**
 * What every kind of code has in common, asked of one place: its label, its class, the outcome that class
 * means, and where its words live in the message files. Reply codes ("550"), enhanced codes ("5.1.1")
 * and provider-only codes ("5.7.509", "5.7.606–649") all answer.
 */
import type { EnhancedCode, RegistryEntry } from './enhanced-codes';
import type { ProviderCode } from './providers';
import type { ReplyCode, Retry } from './reply-codes';

/** The first digit: 2 success, 3 intermediate, 4 transient, 5 permanent. */
export type CodeClass = 2 | 3 | 4 | 5;

export type AnyCode = ReplyCode | EnhancedCode | ProviderCode;

/** How the reader should take a code of this class; enhanced and provider codes share the first digit's meaning. */
const RETRY_BY_CLASS: Readonly<Record<CodeClass, Retry>> = { 2: 'success', 3: 'intermediate', 4: 'transient', 5: 'permanent' };

export function retryOfClass(codeClass: CodeClass): Retry {
  return RETRY_BY_CLASS[codeClass];
}

export function classOf(code: AnyCode): CodeClass {
  if ('replyClass' in code) return code.replyClass;
  if ('entry' in code) return code.enhancedClass;
  return Number(code.slug[0]) as CodeClass;
}

/** "550", "5.1.1", "5.7.509", "5.7.606–649" (a provider's range, with an en dash). */
export function codeLabel(code: AnyCode): string {
  if ('replyClass' in code) return String(code.code);
  if ('entry' in code) return code.id;
  return code.range ? `${code.range[0]}–${code.range[1]}` : code.slug;
}

/** Where a reply code's or registry entry's texts live: "codes.550", "enhanced.1.1" (one entry for 4.1.1 and 5.1.1). */
export type CodeTextsKey = `codes.${number}` | `enhanced.${number}.${number}`;

export function textsKey(code: ReplyCode | EnhancedCode | RegistryEntry): CodeTextsKey {
  if ('replyClass' in code) return `codes.${code.code}`;
  const entry = 'entry' in code ? code.entry : code;
  return `enhanced.${entry.subject}.${entry.detail}`;
}

/** Where a provider message's meaning and action live. */
export function providerMessageKey(id: string): `providerMessages.${string}` {
  return `providerMessages.${id}`;
}
