/**
 * Which messages an explanation is made of: the page of a shared explanation marks it when one of them
 * was translated from an older English (components/site/StaleNotice). The keys are noted as
 * explainRecipient reads them, so this list cannot drift from what the card shows. Server only.
 */
import type { Locale } from '@/i18n/locales';
import { explainRecipient, type Explanation, type ExplanationTranslator } from './explain';
import type { DecodedRecipient } from './types';

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
