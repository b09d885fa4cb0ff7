import { IntlMessageFormat } from 'intl-messageformat';
import { locales } from '@/i18n/locales';
import { REASONS } from '@/data/reasons';
import { registryEntries } from '@/lib/enhanced-codes';
import { providerMessages } from '@/lib/providers';
import { allReplyCodes, isStandard } from '@/lib/reply-codes';
import { termOfTag } from '@/lib/term-tags';
import { messagesOf } from './render';

/** A message file as a tree of strings, whatever its keys. */
type Tree = { readonly [key: string]: string | Tree };

const CODE_TEXTS = ['name', 'summary', 'description', 'whenYouSee', 'fixSender', 'fixAdmin', 'customer'] as const;
const BODY_TEXTS = ['description', 'whenYouSee', 'fixSender', 'fixAdmin', 'customer'] as const;

function flatten(messages: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const flat = Object.fromEntries(locales.map((l) => [l, flatten(messagesOf(l))]));
const en = flat.en!;

describe.each(locales)('messages/%s.json', (locale) => {
  const messages = flat[locale]!;

  test('has exactly the keys of en.json', () => {
    expect([...messages.keys()].filter((k) => !en.has(k))).toEqual([]);
    expect([...en.keys()].filter((k) => !messages.has(k))).toEqual([]);
  });

  test('every message parses as ICU and uses only the <code> tag and glossary term tags', () => {
    for (const [key, message] of messages) {
      expect(() => new IntlMessageFormat(message, locale, undefined, { ignoreTag: false })).not.toThrow();
      const tags = [...message.matchAll(/<\/?([a-zA-Z][\w.-]*)>/g)].map((m) => m[1]!);
      expect({ key, tags: tags.filter((t) => t !== 'code' && !termOfTag(t)) }).toEqual({ key, tags: [] });
    }
  });

  test('every code has every text, and non-RFC codes say where they come from', () => {
    for (const code of allReplyCodes()) {
      const keys = [...CODE_TEXTS, ...(isStandard(code) ? [] : (['origin'] as const))];
      for (const text of keys) expect(messages.get(`codes.${code.code}.${text}`)?.trim()).toBeTruthy();
      if (isStandard(code)) expect(messages.has(`codes.${code.code}.origin`)).toBe(false);
    }
    const codeKeys = new Set([...messages.keys()].filter((k) => k.startsWith('codes.')).map((k) => k.split('.')[1]));
    expect([...codeKeys].sort()).toEqual(allReplyCodes().map((c) => String(c.code)).sort());
  });

  test('every enhanced registry entry has every text and a note for each class it is seen in', () => {
    for (const entry of registryEntries()) {
      const base = `enhanced.${entry.subject}.${entry.detail}`;
      const keys = [...CODE_TEXTS, ...entry.classes.map((c) => `class${c}`)];
      for (const text of keys) expect({ key: `${base}.${text}`, ok: Boolean(messages.get(`${base}.${text}`)?.trim()) }).toEqual({ key: `${base}.${text}`, ok: true });
    }
    const entryKeys = new Set([...messages.keys()].filter((k) => k.startsWith('enhanced.')).map((k) => k.split('.').slice(1, 3).join('.')));
    expect([...entryKeys].sort()).toEqual(registryEntries().map((e) => `${e.subject}.${e.detail}`).sort());
  });

  test('every provider message has its meaning and advice, and every reason its name', () => {
    for (const message of providerMessages()) {
      for (const text of ['meaning', 'action']) expect(messages.get(`providerMessages.${message.id}.${text}`)?.trim()).toBeTruthy();
    }
    const ids = new Set([...messages.keys()].filter((k) => k.startsWith('providerMessages.')).map((k) => k.split('.')[1]));
    expect([...ids].sort()).toEqual(providerMessages().map((m) => m.id).sort());
    for (const reason of REASONS) {
      for (const text of ['name', 'explanation']) expect(messages.get(`reasons.${reason}.${text}`)?.trim()).toBeTruthy();
    }
  });

  test('no placeholder text', () => {
    for (const [key, message] of messages) {
      // Markers are upper case: Spanish “todo” (all) is a word, “TODO” is a note left behind.
      expect({ key, bad: /\b(TODO|TBD|FIXME|XXX)\b|lorem ipsum/.test(message) || /lorem ipsum/i.test(message) }).toEqual({ key, bad: false });
    }
  });
});

describe.each(locales.filter((l) => l !== 'en'))('%s is translated, not copied', (locale) => {
  test('no code body text is identical to its English', () => {
    const messages = flat[locale]!;
    for (const code of allReplyCodes()) {
      for (const text of [...BODY_TEXTS, 'summary']) {
        const key = `codes.${code.code}.${text}`;
        expect({ key, same: messages.get(key) === en.get(key) }).toEqual({ key, same: false });
      }
    }
  });

  test('no enhanced-code, provider or reason text is identical to its English', () => {
    const messages = flat[locale]!;
    const copied = [...messages.keys()]
      .filter((k) => /^(enhanced|providerMessages|reasons)\./.test(k) && !k.endsWith('.name'))
      .filter((k) => messages.get(k) === en.get(k));
    expect(copied).toEqual([]);
  });
});

test('Vietnamese text is written with Vietnamese diacritics', () => {
  const vi = flat.vi!;
  for (const code of allReplyCodes()) {
    const description = vi.get(`codes.${code.code}.description`) ?? '';
    expect(/[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/i.test(description)).toBe(true);
  }
});
