/**
 * The words of a code, a registry entry or a provider message, read through the page's translator.
 * Their keys come from data ("codes.550", "enhanced.1.1", "providerMessages.gmail-…"), so they are typed
 * by field here rather than key by key in global.d.ts (which made `tsc` about 5× slower);
 * __tests__/messages.test.ts proves every code in data has its texts in every locale.
 */
import type { ReactNode } from 'react';
import { markupTags, plainTags, richTags } from './rich';
import { providerMessageKey, textsKey } from './codes';
import type { EnhancedCode, RegistryEntry } from './enhanced-codes';
import type { ReplyCode } from './reply-codes';

/** Sections every reply code and registry entry has. */
export type CodeField = 'name' | 'summary' | 'description' | 'whenYouSee' | 'fixSender' | 'fixAdmin' | 'customer';
/** Registry entries also say what the entry means in class 4 and in class 5. */
export type EntryField = CodeField | 'class4' | 'class5';
export type ProviderMessageField = 'meaning' | 'action';

type Values = Record<string, string | number>;
/** next-intl's translator with the key check left to the caller: what `useTranslations()` / `getTranslations()` return. */
export type AnyTranslator = { (key: never, values?: never): string; rich: unknown; markup: unknown; has: unknown };
type Loose = {
  (key: string, values?: Values): string;
  rich(key: string, values?: Record<string, (chunks: ReactNode) => ReactNode>): ReactNode;
  markup(key: string, values?: Record<string, (chunks: string) => string>): string;
  has(key: string): boolean;
};
// The one place where a data-built key meets the typed translator (lib/glossary-texts.ts uses it too).
export const loose = (t: AnyTranslator) => t as unknown as Loose;

export function codeTexts(t: AnyTranslator, code: ReplyCode | EnhancedCode | RegistryEntry) {
  const base = textsKey(code);
  return {
    /** Plain text: tags dropped (a message may mark protocol text with <code>). */
    text: (field: EntryField) => loose(t).markup(`${base}.${field}`, plainTags),
    rich: (field: EntryField) => loose(t).rich(`${base}.${field}`, richTags),
    markup: (field: EntryField) => loose(t).markup(`${base}.${field}`, markupTags),
    has: (field: EntryField | 'origin') => loose(t).has(`${base}.${field}`),
    /** Non-RFC reply codes say where they come from. */
    origin: () => loose(t).rich(`${base}.origin`, richTags),
  };
}

export function providerMessageTexts(t: AnyTranslator, id: string) {
  const base = providerMessageKey(id);
  return {
    text: (field: ProviderMessageField) => loose(t).markup(`${base}.${field}`, plainTags),
    rich: (field: ProviderMessageField) => loose(t).rich(`${base}.${field}`, richTags),
    markup: (field: ProviderMessageField) => loose(t).markup(`${base}.${field}`, markupTags),
  };
}

/** An answer of a guide question: its key comes from data/guide ("start" → "bounce"), like a code's. */
export function guideAnswerText(t: AnyTranslator, step: string, answer: string): string {
  return loose(t)(`Guide.steps.${step}.answers.${answer}`);
}
