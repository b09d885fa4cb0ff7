import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ReactElement } from 'react';
import ReplyCodePage from '@/components/code/ReplyCodePage';
import EnhancedComparisonPage from '@/components/compare/EnhancedComparisonPage';
import ReplyComparisonPage from '@/components/compare/ReplyComparisonPage';
import { decodeOnServer } from '@/components/decoder/actions';
import DecoderForm from '@/components/decoder/DecoderForm';
import SharedExplanationCard from '@/components/decoder/SharedExplanationCard';
import EnhancedCodePage from '@/components/enhanced/EnhancedCodePage';
import GlossaryTermPage from '@/components/glossary/GlossaryTermPage';
import GuidePage from '@/components/guides/GuidePage';
import GuideStep from '@/components/guides/decision/GuideStep';
import ProviderCodePage from '@/components/provider/ProviderCodePage';
import { locales, type Locale } from '@/i18n/locales';
import { decoderTexts, type ExplanationMessages } from '@/lib/decoder/explanation-messages';
import { sharedRecipient } from '@/lib/decoder/share-link';
import { getEnhancedCode } from '@/lib/enhanced-codes';
import { getTerm } from '@/lib/glossary';
import { GUIDE_STEPS } from '@/lib/guide';
import { getGuide, type StepGuide } from '@/lib/guides';
import { readTranslatedFrom } from '@/lib/message-files';
import { messagesWithEnhanced, providerCodes } from '@/lib/providers';
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

/** Elements of the rendered page, found once it is rendered. */
const byId = (id: string) => document.getElementById(id)!;
const sectionOf = (headingId: string) => byId(headingId).closest('section')!;

const enhanced511 = getEnhancedCode('5.1.1')!;
const entryOn511 = messagesWithEnhanced('5.1.1')[0]!;
const providerCode = providerCodes()[0]!;
const entryOnProviderCode = providerCode.messages[0]!;
const spf = getTerm('spf')!;
const readingABounce = getGuide('reading-a-bounce') as StepGuide;
const guideStep = readingABounce.steps[1]!;
const laterQuestion = GUIDE_STEPS[0];
const shared = sharedRecipient({ reply: '550', enhanced: '5.1.1', entry: entryOn511.id });

/**
 * Every page type with texts of its own: the English text a test changes, the page, where the notice
 * must appear and the English it must link. Each row changes one text, so one notice, in that place.
 */
type Row = {
  key: string;
  page: (locale: Locale) => ReactElement;
  section: () => Element;
  english: string | ((locale: Locale) => string);
};
const pages: Record<string, Row> = {
  'provider entry on an enhanced code’s page': {
    key: `providerMessages.${entryOn511.id}.action`,
    page: () => <EnhancedCodePage code={enhanced511} />,
    section: () => byId(entryOn511.id),
    english: `/en/smtp/5.1.1#${entryOn511.id}`,
  },
  'provider entry on a provider code’s page': {
    key: `providerMessages.${entryOnProviderCode.id}.meaning`,
    page: () => <ProviderCodePage code={providerCode} />,
    section: () => byId(entryOnProviderCode.id),
    english: `/en/smtp/${providerCode.slug}#${entryOnProviderCode.id}`,
  },
  'glossary term, what it is': {
    key: 'Glossary.terms.spf.short',
    page: () => <GlossaryTermPage term={spf} />,
    section: () => sectionOf('term-what'),
    english: '/en/glossary/spf#term-what',
  },
  'glossary term, why it matters': {
    key: 'Glossary.terms.spf.why',
    page: () => <GlossaryTermPage term={spf} />,
    section: () => sectionOf('term-why'),
    english: '/en/glossary/spf#term-why',
  },
  'glossary term, how to check': {
    key: 'Glossary.terms.spf.check',
    page: () => <GlossaryTermPage term={spf} />,
    section: () => sectionOf('term-check'),
    english: '/en/glossary/spf#term-check',
  },
  'guide, its lead': {
    key: 'Guides.guides.reading-a-bounce.lead',
    page: () => <GuidePage guide={readingABounce} />,
    section: () => document.querySelector('.guide-article')!,
    english: '/en/guides/reading-a-bounce',
  },
  'guide, one step': {
    key: `Guides.guides.reading-a-bounce.steps.${guideStep.id}.text`,
    page: () => <GuidePage guide={readingABounce} />,
    section: () => byId(guideStep.id),
    english: `/en/guides/reading-a-bounce#${guideStep.id}`,
  },
  'decision guide, an answer of its first question': {
    key: 'Guide.steps.start.answers.bounce',
    page: () => <GuideStep id="start" />,
    section: () => document.querySelector('.guide')!,
    english: '/en/guides/why-did-my-email-bounce',
  },
  'decision guide, a later step': {
    key: `Guide.steps.${laterQuestion}.text`,
    page: () => <GuideStep id={laterQuestion} />,
    section: () => document.querySelector('.guide')!,
    english: `/en/guides/why-did-my-email-bounce/${laterQuestion}`,
  },
  'reply comparison, one code’s fix': {
    key: 'codes.551.fixAdmin',
    page: () => <ReplyComparisonPage pair={{ a: getReplyCode(550)!, b: getReplyCode(551)! }} />,
    section: () => sectionOf('551-fix'),
    english: '/en/smtp/550-vs-551#551-fix-admin',
  },
  'reply comparison, the summary': {
    key: 'codes.550.summary',
    page: () => <ReplyComparisonPage pair={{ a: getReplyCode(550)!, b: getReplyCode(551)! }} />,
    section: () => sectionOf('summary'),
    english: '/en/smtp/550-vs-551#summary',
  },
  'enhanced comparison, one code’s description': {
    key: 'enhanced.1.2.description',
    page: () => <EnhancedComparisonPage pair={{ a: enhanced511, b: getEnhancedCode('5.1.2')! }} />,
    section: () => sectionOf('5.1.2-description'),
    english: '/en/smtp/5.1.1-vs-5.1.2#5.1.2-description',
  },
  'shared decoder explanation, the provider’s meaning': {
    key: `providerMessages.${entryOn511.id}.meaning`,
    page: (locale) => <SharedExplanationCard recipient={shared} messages={messagesOf(locale) as unknown as ExplanationMessages} />,
    section: () => document.querySelector('.decoded-card')!,
    // The same explanation, in English: the card's own share link with the locale swapped.
    english: (locale) => shareLinkIn('en', locale),
  },
};

describe.each(Object.entries(pages))('%s', (_, row) => {
  const translated = locales.filter((l) => l !== 'en');
  const hrefs = () => [...notices()].map((n) => n.querySelector('a')?.getAttribute('href'));

  test.each(translated)('%s: no notice while its translation follows today’s English', (locale) => {
    renderIn(locale, row.page(locale));
    expect(notices()).toHaveLength(0);
  });

  test.each(translated)('%s: changing its English marks that section only, linking the English', (locale) => {
    englishEdits.set(row.key, `${english.get(row.key)} (changed)`);
    renderIn(locale, row.page(locale));
    expect(hrefs()).toEqual([typeof row.english === 'string' ? row.english : row.english(locale)]);
    const notice = notices()[0]!;
    expect(row.section().contains(notice)).toBe(true);
    expect(notice.textContent).toBe(`${messagesOf(locale).StaleNotice.text} ${messagesOf(locale).StaleNotice.link}`);
  });

  test('English pages never carry it', () => {
    englishEdits.set(row.key, `${english.get(row.key)} (changed)`);
    renderIn('en', row.page('en'));
    expect(notices()).toHaveLength(0);
  });
});

/** The decoder card's share link, as the page in `locale` builds it, moved to `to`. */
function shareLinkIn(to: Locale, locale: Locale): string {
  const share = document.querySelector('.decoded-card a[href*="/smtp/decode/explain"]:not(.stale-notice a)')!.getAttribute('href')!;
  expect(share.startsWith(`/${locale}/`)).toBe(true);
  return share.replace(`/${locale}/`, `/${to}/`);
}

/**
 * The decoder's own cards, in the browser (the texts endpoint lists the stale keys) and without JavaScript
 * (the server action marks them): the same notice as a shared explanation, linking it in English.
 */
describe('the decoder’s cards', () => {
  const bounce = '<bob@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)';
  const changed = 'enhanced.1.1.fixSender';
  // What /api/v1/texts/{locale} answers (its route handler returns exactly this as JSON).
  const textsOf = (locale: Locale) => decoderTexts(locale);

  test.each(locales)('%s: the texts endpoint lists a text as stale exactly when its English changed', async (locale) => {
    expect((await textsOf(locale)).stale).not.toContain(changed);
    englishEdits.set(changed, `${english.get(changed)} (changed)`);
    recomputeStaleKeys();
    expect((await textsOf(locale)).stale.includes(changed)).toBe(locale !== 'en');
  });

  const translated = locales.filter((l) => l !== 'en');

  test.each(translated)('%s: without JavaScript, the answer links the English explanation only when a text it shows is stale', async (locale) => {
    const post = async () => {
      const form = new FormData();
      form.set('locale', locale);
      form.set('text', bounce);
      const state = await decodeOnServer({ status: 'idle' }, form);
      return state.status === 'decoded' ? state.explained.map((e) => e.english) : state;
    };
    expect(await post()).toEqual([null]);
    englishEdits.set(changed, `${english.get(changed)} (changed)`);
    recomputeStaleKeys();
    const [link] = (await post()) as string[];
    expect(link).toMatch(/^\/en\/smtp\/decode\/explain\?/);
  });

  test.each(translated)('%s: in the browser, the card shows the notice under the changed text’s card', async (locale) => {
    englishEdits.set(changed, `${english.get(changed)} (changed)`);
    recomputeStaleKeys();
    const payload = await textsOf(locale);
    const fetchMock = jest.fn(async () => ({ json: async () => JSON.parse(JSON.stringify(payload)) }));
    global.fetch = fetchMock as unknown as typeof fetch;
    try {
      renderIn(locale, <DecoderForm samples={[]} />);
      fireEvent.change(screen.getByRole('textbox'), { target: { value: bounce } });
      fireEvent.submit(document.querySelector('form')!);
      const card = await waitFor(() => {
        const found = document.querySelector('.decoded-card');
        expect(found).not.toBeNull();
        return found!;
      });
      expect(fetchMock).toHaveBeenCalledWith(`/api/v1/texts/${locale}`);
      const links = [...notices()].map((n) => n.querySelector('a')!.getAttribute('href'));
      expect(links).toHaveLength(1);
      expect(links[0]).toMatch(/^\/en\/smtp\/decode\/explain\?/);
      expect(card.contains(notices()[0]!)).toBe(true);
    } finally {
      delete (global as { fetch?: unknown }).fetch;
    }
  });
});
