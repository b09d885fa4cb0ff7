/**
 * The pseudo-locale en-XA (the Android and Microsoft convention): English with every letter accented and
 * about 35 % more length, "[Ŝéñð ţĥîš ţö å çûšţöɱéŕ ··· ···]". Rendering a page in it shows at a glance
 * any text that does not come from the message files (it stays plain ASCII) and any layout that breaks
 * when a translation runs longer than the English. Generated from messages/en.json once per server
 * process, never written to disk; routable, but listed nowhere and not indexed (i18n/locales.ts).
 *
 * Only literal text changes: arguments, plural and select structure, tags and the protocol text inside
 * <code> stay as they are, so every message keeps its ICU shape.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';
import { flatten, type MessageTree } from './translation-sources';

const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, i) => [letter, [...'åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]!]),
);

/** Padding in short groups, so that a long message still wraps like words do. */
const GROUP = '···';
// Of the letters: with the brackets, arguments and <code> text, messages come out about 35 % longer.
const GROWTH = 0.4;

const accent = (text: string) => text.replace(/[a-zA-Z]/g, (letter) => ACCENTED[letter]!);

function accentElements(elements: MessageFormatElement[]): { elements: MessageFormatElement[]; letters: number } {
  let letters = 0;
  const out = elements.map((element): MessageFormatElement => {
    switch (element.type) {
      case TYPE.literal:
        letters += element.value.replace(/\s/g, '').length;
        return { ...element, value: accent(element.value) };
      case TYPE.tag: {
        // <code> holds protocol text (commands, replies, addresses): it reads the same in every language.
        if (element.value === 'code') return element;
        const inner = accentElements(element.children);
        letters += inner.letters;
        return { ...element, children: inner.elements };
      }
      case TYPE.plural:
      case TYPE.select: {
        const options = Object.fromEntries(
          Object.entries(element.options).map(([key, option]) => {
            const inner = accentElements(option.value);
            letters = Math.max(letters, inner.letters);
            return [key, { ...option, value: inner.elements }];
          }),
        );
        return { ...element, options } as MessageFormatElement;
      }
      default:
        return element;
    }
  });
  return { elements: out, letters };
}

/** One English message in the pseudo-locale, still ICU. */
export function pseudoMessage(english: string): string {
  const { elements, letters } = accentElements(parse(english, { ignoreTag: false, captureLocation: false }));
  const groups = Math.ceil((letters * GROWTH) / (GROUP.length + 1));
  const padding = groups > 0 ? ` ${Array(groups).fill(GROUP).join(' ')}` : '';
  const literal = (value: string): MessageFormatElement => ({ type: TYPE.literal, value });
  return printAST([literal('['), ...elements, literal(`${padding}]`)]);
}

/** Every message of `english` in the pseudo-locale, as a tree of the same shape, each through `compile`. */
export function pseudoMessages<T>(english: MessageTree, compile: (message: string) => T): Record<string, unknown> {
  const tree: Record<string, unknown> = {};
  for (const [key, message] of flatten(english)) {
    const path = key.split('.');
    let node = tree;
    for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[path.at(-1)!] = compile(pseudoMessage(message));
  }
  return tree;
}
