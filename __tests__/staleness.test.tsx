import { screen, within } from '@testing-library/react';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ReplyCodePage from '@/components/code/ReplyCodePage';
import EnhancedCodePage from '@/components/enhanced/EnhancedCodePage';
import { locales } from '@/i18n/locales';
import { getEnhancedCode } from '@/lib/enhanced-codes';
import { readTranslatedFrom } from '@/lib/message-files';
import { getReplyCode } from '@/lib/reply-codes';
import { recomputeStaleKeys } from '@/lib/staleness';
import { flatten, sourceHash, staleKeys, translationStatus, type MessageTree } from '@/lib/translation-sources';
import { messagesOf, renderIn } from './render';

/** English as the site reads it from disk, with the edits a test makes in memory (the real file is never written). */
const englishEdits = new Map<string, string>();
jest.mock('@/lib/message-files', () => {
  const actual = jest.requireActual('@/lib/message-files');
  const edit = (tree: MessageTree, key: string, text: string): MessageTree => {
    const [head, ...rest] = key.split('.');
    const child = tree[head!];
    return { ...tree, [head!]: rest.length ? edit(child as MessageTree, rest.join('.'), text) : text };
  };
  return {
    ...actual,
    readMessageTree: (locale: string) =>
      locale === 'en' ? [...englishEdits].reduce((tree, [key, text]) => edit(tree, key, text), actual.readMessageTree('en')) : actual.readMessageTree(locale),
  };
});

beforeEach(() => {
  englishEdits.clear();
  recomputeStaleKeys();
});

const english = flatten(messagesOf('en') as MessageTree);

describe('the record of what each translation was made from', () => {
  const hash = sourceHash('Mailbox full');
  test.each([
    ['current', { a: 'Mailbox full' }, { a: hash }, []],
    ['English changed since', { a: 'Mailbox is full' }, { a: hash }, ['a']],
    ['no record', { a: 'Mailbox full' }, {}, ['a']],
  ])('%s', (_, en, record, stale) => {
    expect([...staleKeys(new Map(Object.entries(en)), Object.keys(en), record)]).toEqual(stale);
  });

  test('counts missing and extra keys of a locale being prepared', () => {
    const en = new Map([['a', 'A'], ['b', 'B']]);
    const status = translationStatus(en, new Map([['a', 'á'], ['old', 'x']]), { a: sourceHash('A') });
    expect(status).toEqual({ translated: ['a'], missing: ['b'], stale: [], extra: ['old'] });
  });
});

describe.each(locales.filter((l) => l !== 'en'))('registered locale %s', (locale) => {
  test('has every key and records the English of each', () => {
    const translation = flatten(messagesOf(locale) as MessageTree);
    const record = readTranslatedFrom(locale);
    expect([...english.keys()].filter((key) => !translation.has(key))).toEqual([]);
    expect([...translation.keys()].filter((key) => !record[key])).toEqual([]);
    expect(Object.keys(record).filter((key) => !translation.has(key))).toEqual([]);
  });
});

test('every record belongs to a message file', () => {
  const records = readdirSync(join(__dirname, '..', 'messages', 'translated-from')).map((f) => f.replace(/\.json$/, ''));
  const files = new Set(readdirSync(join(__dirname, '..', 'messages')).map((f) => f.replace(/\.json$/, '')));
  expect(records.filter((locale) => locale === 'en' || !files.has(locale))).toEqual([]);
});

const notices = () => document.querySelectorAll('.stale-notice');

describe('a section translated from an older English', () => {
  const translated = locales.filter((l) => l !== 'en');

  test.each(translated)('%s: no notice while every translation follows today’s English', (locale) => {
    renderIn(locale, <ReplyCodePage code={getReplyCode(550)!} />);
    expect(notices()).toHaveLength(0);
  });

  test.each(translated.flatMap((locale) => [
    [locale, 'codes.550.whenYouSee', 'when'],
    [locale, 'codes.550.customer', 'customer'],
  ]))('%s: changing the English of %s marks that section only, linking the English #%s', (locale, key, anchor) => {
    englishEdits.set(key, `${english.get(key)} (changed)`);
    renderIn(locale, <ReplyCodePage code={getReplyCode(550)!} />);
    expect(notices()).toHaveLength(1);
    const section = screen.getByRole('region', { name: messagesOf(locale).CodePage[anchor === 'when' ? 'whenTitle' : 'customerTitle'] });
    const notice = within(section).getByText(messagesOf(locale).StaleNotice.text, { exact: false });
    expect(within(notice).getByRole('link', { name: messagesOf(locale).StaleNotice.link })).toHaveAttribute('href', `/en/smtp/550#${anchor}`);
  });

  test.each(translated)('%s: an enhanced code’s fix for admins, on its page', (locale) => {
    englishEdits.set('enhanced.1.1.fixAdmin', 'Check the recipient (changed).');
    renderIn(locale, <EnhancedCodePage code={getEnhancedCode('5.1.1')!} />);
    expect([...notices()].map((n) => n.querySelector('a')?.getAttribute('href'))).toEqual(['/en/smtp/5.1.1#fix-admin']);
  });

  test('English pages never carry the notice', () => {
    englishEdits.set('codes.550.description', 'Changed.');
    renderIn('en', <ReplyCodePage code={getReplyCode(550)!} />);
    expect(notices()).toHaveLength(0);
  });
});
