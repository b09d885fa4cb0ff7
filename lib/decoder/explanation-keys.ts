/**
 * Which messages an explanation is made of: a decoder card is marked when one of them was translated
 * from an older English (components/site/StaleNotice). The keys are noted as explainRecipient reads
 * them, so this list cannot drift from what the card shows. Runs on the server and in the browser.
 */
import type { Locale } from '@/i18n/locales';
import { explanationPath } from '@/lib/urls';
import { explainRecipient, type Explanation, type ExplanationTranslator } from './explain';
import { shareQuery } from './share-link';
import type { DecodedRecipient } from './types';

/** One recipient explained; `english` links the same explanation in English when a text of it is stale. */
export type Explained = { readonly recipient: DecodedRecipient; readonly explanation: Explanation; readonly english: string | null };

/** Explains `r`, and links the English explanation when any text it shows is among the locale's `stale` keys. */
export function explainMarkingStale(r: DecodedRecipient, t: ExplanationTranslator, locale: Locale, stale: ReadonlySet<string>): Explained {
  const { explanation, keys } = explainNotingKeys(r, t, locale);
  const english = [...keys].some((key) => stale.has(key)) ? explanationPath('en', shareQuery(r)) : null;
  return { recipient: r, explanation, english };
}

type AnyFunction = (...args: never[]) => unknown;

export function explainNotingKeys(r: DecodedRecipient, t: ExplanationTranslator, locale: Locale): { explanation: Explanation; keys: ReadonlySet<string> } {
  const keys = new Set<string>();
  const noting = <F extends AnyFunction>(f: F): F =>
    new Proxy(f, {
      apply: (target, self, args: unknown[]) => {
        keys.add(String(args[0]));
        return Reflect.apply(target, self, args);
      },
      // t.rich, t.markup, t.raw take a key too; t.has only asks whether one exists.
      get: (target, property, receiver) => {
        const value: unknown = Reflect.get(target, property, receiver);
        return property !== 'has' && typeof value === 'function' ? noting(value as AnyFunction) : value;
      },
    });
  return { explanation: explainRecipient(r, noting(t), locale), keys };
}
