import { IntlMessageFormat } from 'intl-messageformat';
import { locales } from '@/i18n/locales';
import { allReplyCodes, isStandard } from '@/lib/reply-codes';
import { messagesOf, type Messages } from './render';

const CODE_TEXTS = ['name', 'summary', 'description', 'whenYouSee', 'fixSender', 'fixAdmin', 'customer'] as const;
const BODY_TEXTS = ['description', 'whenYouSee', 'fixSender', 'fixAdmin', 'customer'] as const;

function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value as Messages, `${prefix}${key}.`)) out.set(k, v);
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

  test('every message parses as ICU and uses only the <code> tag', () => {
    for (const [key, message] of messages) {
      expect(() => new IntlMessageFormat(message, locale, undefined, { ignoreTag: false })).not.toThrow();
      const tags = [...message.matchAll(/<\/?([a-zA-Z][\w-]*)>/g)].map((m) => m[1]);
      expect({ key, tags: tags.filter((t) => t !== 'code') }).toEqual({ key, tags: [] });
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

  test('no placeholder text', () => {
    for (const [key, message] of messages) {
      expect({ key, bad: /\b(TODO|TBD|FIXME|lorem ipsum|XXX)\b/i.test(message) }).toEqual({ key, bad: false });
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
});

test('Vietnamese text is written with Vietnamese diacritics', () => {
  const vi = flat.vi!;
  for (const code of allReplyCodes()) {
    const description = vi.get(`codes.${code.code}.description`) ?? '';
    expect(/[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/i.test(description)).toBe(true);
  }
});
