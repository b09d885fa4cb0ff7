import { screen, within } from '@testing-library/react';
import GlossaryIndex from '@/components/glossary/GlossaryIndex';
import GlossaryTermPage from '@/components/glossary/GlossaryTermPage';
import GuidePage from '@/components/guides/GuidePage';
import GuidesIndex from '@/components/guides/GuidesIndex';
import ReplyCodePage from '@/components/code/ReplyCodePage';
import EnhancedCodePage from '@/components/enhanced/EnhancedCodePage';
import { getEnhancedCode } from '@/lib/enhanced-codes';
import { getReplyCode, rfcUrl } from '@/lib/reply-codes';
import { locales } from '@/i18n/locales';
import { allTerms, getTerm, linkedCode, termsForCode } from '@/lib/glossary';
import { allGuides, getGuide, stepGuides, type StepGuide } from '@/lib/guides';
import { sitemapPaths } from '@/lib/pages';
import { hitPath } from '@/lib/search/hits';
import { runSearch } from '@/lib/search/search';
import { searcher } from '@/lib/search/server';
import { codePath, decoderPath, glossaryPath, guidePath, guidesPath, PAGE_SUFFIXES } from '@/lib/urls';
import { messagesOf, renderIn } from './render';

const spf = getTerm('spf')!;
const spfGuide = getGuide('spf-dkim-dmarc') as StepGuide;
const namedCodes = [
  ...allTerms().flatMap((term) => term.codes.map((code) => [`glossary ${term.id}`, code] as const)),
  ...stepGuides().flatMap((guide) => guide.steps.flatMap((step) => step.codes.map((code) => [`guide ${guide.slug}#${step.id}`, code] as const))),
];

test.each(namedCodes)('%s names %s, which has a page', (_, code) => {
  expect(linkedCode(code)).toBeDefined();
});

test.each([
  ['spf', 'spf'],
  ['SPF', undefined],
  ['no-such-term', undefined],
])('getTerm(%p) is %p', (id, expected) => {
  expect(getTerm(id)?.id).toBe(expected);
});

test('termsForCode finds the terms that explain a code', () => {
  expect(termsForCode('5.7.26').map((t) => t.id)).toEqual(expect.arrayContaining(['dkim', 'dmarc', 'spf']));
  expect(termsForCode(999)).toEqual([]);
});

test('the sitemap lists the glossary, every term, the guides and every guide', () => {
  const paths = sitemapPaths();
  for (const path of [PAGE_SUFFIXES.glossary(), PAGE_SUFFIXES.guides(), PAGE_SUFFIXES.guide('start')]) expect(paths).toContain(path);
  for (const term of allTerms()) expect(paths).toContain(PAGE_SUFFIXES.glossary(term.id));
  for (const guide of stepGuides()) expect(paths).toContain(PAGE_SUFFIXES.guides(guide.slug));
});

test.each([
  [{ id: 'term:spf', kind: 'term' as const }, '/vi/glossary/spf'],
  [{ id: 'guide:spf-dkim-dmarc', kind: 'guide' as const }, '/vi/guides/spf-dkim-dmarc'],
  [{ id: 'guide:why-did-my-email-bounce', kind: 'guide' as const }, guidePath('vi')],
  [{ id: '5.1.1', kind: 'enhanced' as const }, '/vi/smtp/5.1.1'],
])('a search hit %p leads to %s', (hit, path) => {
  expect(hitPath('vi', hit)).toBe(path);
});

// What a reader who does not know the word types; the entry must be among the first results, exact codes still first.
test.each([
  ['en', 'greylisting', 'term:greylisting'],
  ['en', 'what is DMARC', 'term:dmarc'],
  ['en', 'DMARC', 'term:dmarc'],
  ['vi', 'DMARC', 'term:dmarc'],
  ['vi', 'danh sách chặn', 'term:blocklist'],
  ['vi', 'danh sach chan', 'term:blocklist'],
  ['en', 'bulk sender', 'guide:bulk-sender-requirements'],
] as const)('in %s, "%s" finds %s among the first three results', async (locale, query, id) => {
  const hits = runSearch(await searcher(locale), query, 3);
  expect(hits.map((hit) => hit.id)).toContain(id);
});

test.each(locales)('in %s, an exact code still ranks first', async (locale) => {
  expect(runSearch(await searcher(locale), '550')[0]?.id).toBe('550');
});

describe.each(locales)('in %s', (locale) => {
  const messages = messagesOf(locale);
  /** A message by its dotted key; '' when missing, so a missing text fails the test that reads it. */
  const m = (key: string): string => {
    const found = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
    return typeof found === 'string' ? found : '';
  };

  test('every term and every guide step has its words', () => {
    for (const term of allTerms()) for (const field of ['name', 'short', 'why', 'check']) expect(m(`Glossary.terms.${term.id}.${field}`).trim()).toBeTruthy();
    for (const guide of allGuides()) for (const field of ['title', 'lead', 'metaDescription']) expect(m(`Guides.guides.${guide.slug}.${field}`).trim()).toBeTruthy();
    for (const guide of stepGuides()) {
      for (const step of guide.steps) for (const field of ['title', 'text']) expect(m(`Guides.guides.${guide.slug}.steps.${step.id}.${field}`).trim()).toBeTruthy();
    }
  });

  test('a term page says what it is, shows the command untranslated, and links codes, terms and RFCs', () => {
    const { container } = renderIn(locale, <GlossaryTermPage term={spf} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(m('Glossary.terms.spf.name'));
    expect(within(container.querySelector('pre')!).getByText('dig +short TXT example.com').tagName).toBe('CODE');
    const codes = screen.getByRole('region', { name: m('Glossary.relatedCodes') });
    expect(within(codes).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(spf.codes.map((c) => codePath(locale, linkedCode(c)!)));
    expect(within(codes).getByRole('link', { name: `550 ${m('codes.550.name')}` })).toBeInTheDocument();
    const related = screen.getByRole('region', { name: m('Glossary.relatedTerms') });
    expect(within(related).getByRole('link', { name: m('Glossary.terms.dkim.name') })).toHaveAttribute('href', glossaryPath(locale, 'dkim'));
    expect(screen.getByRole('link', { name: 'RFC 7208' })).toHaveAttribute('href', rfcUrl(7208));
    const jsonLd = JSON.parse(container.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(jsonLd['@graph'][0]).toMatchObject({ '@type': 'DefinedTerm', inDefinedTermSet: { '@type': 'DefinedTermSet' } });
    expect(jsonLd['@graph'][0].inDefinedTermSet.url).toMatch(new RegExp(`${glossaryPath(locale)}$`));
  });

  test('a term with no RFC says so', () => {
    renderIn(locale, <GlossaryTermPage term={getTerm('spam-trap')!} />);
    expect(screen.getByText(m('Glossary.noRfc'))).toBeInTheDocument();
  });

  test('the glossary index lists every term, in the order of the locale', () => {
    const { container } = renderIn(locale, <GlossaryIndex />);
    const names = [...container.querySelectorAll('dt a')].map((a) => a.textContent!);
    expect(names).toHaveLength(allTerms().length);
    expect(names).toEqual([...names].sort(new Intl.Collator(locale, { sensitivity: 'base', numeric: true }).compare));
  });

  test('a guide page numbers its steps, anchors them, shows literals as code, and dates its last check', () => {
    const { container } = renderIn(locale, <GuidePage guide={spfGuide} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(m('Guides.guides.spf-dkim-dmarc.title'));
    const steps = [...container.querySelectorAll('article > ol > li')];
    expect(steps.map((li) => li.id)).toEqual(spfGuide.steps.map((step) => step.id));
    expect(within(steps[1] as HTMLElement).getByRole('heading', { level: 3 })).toHaveTextContent(m('Guides.guides.spf-dkim-dmarc.steps.spf.title'));
    expect(within(steps[1] as HTMLElement).getByText('dig +short TXT example.com').tagName).toBe('CODE');
    expect(within(steps[1] as HTMLElement).getByRole('link', { name: m('Glossary.terms.spf.name') })).toHaveAttribute('href', glossaryPath(locale, 'spf'));
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${spfGuide.updated}T00:00:00Z`));
    expect(container.querySelector(`time[datetime="${spfGuide.updated}"]`)).toHaveTextContent(date);
    const jsonLd = JSON.parse(container.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(jsonLd['@graph'][0]).toMatchObject({ '@type': 'TechArticle', inLanguage: locale, dateModified: spfGuide.updated });
  });

  test('a guide step that needs the bounce links the decoder', () => {
    renderIn(locale, <GuidePage guide={getGuide('reading-a-bounce') as StepGuide} />);
    for (const link of screen.getAllByRole('link', { name: m('Guides.decoderLink') })) expect(link).toHaveAttribute('href', decoderPath(locale));
  });

  test('the guides index links every guide, the decision guide at its new address', () => {
    renderIn(locale, <GuidesIndex />);
    const hrefs = screen.getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(allGuides().map((guide) => guidesPath(locale, guide.slug)));
    expect(hrefs[0]).toBe(guidePath(locale));
  });
});

describe.each(locales)('code pages lead to what explains them, in %s', (locale) => {
  const t = messagesOf(locale);

  test.each([
    ['5.7.26', 'bulk-sender-requirements', 'dmarc'],
    ['5.7.28', 'bulk-sender-requirements', null],
  ] as const)('%s links the guide %s and its glossary terms', (slug, guideSlug, termId) => {
    const code = getEnhancedCode(slug)!;
    renderIn(locale, <EnhancedCodePage code={code} />);
    const section = screen.getByRole('region', { name: t.LearnAboutCode.title });
    const guide = within(section).getByRole('link', { name: t.Guides.guides[guideSlug].title });
    expect(guide).toHaveAttribute('href', guidesPath(locale, guideSlug));
    for (const term of termsForCode(slug)) {
      expect(within(section).getByRole('link', { name: t.Glossary.terms[term.id].name })).toHaveAttribute('href', glossaryPath(locale, term.id));
    }
    if (termId) expect(termsForCode(slug).map((term) => term.id)).toContain(termId);
  });

  test('a code no guide or term names shows no such section', () => {
    renderIn(locale, <ReplyCodePage code={getReplyCode(252)!} />);
    expect(screen.queryByRole('region', { name: t.LearnAboutCode.title })).toBeNull();
  });
});
