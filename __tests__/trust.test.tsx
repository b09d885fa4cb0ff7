import { screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import CodeSlugPage from '@/components/code/CodeSlugPage';
import GlossaryTermPage from '@/components/glossary/GlossaryTermPage';
import GuideStep from '@/components/guides/decision/GuideStep';
import GuidePage from '@/components/guides/GuidePage';
import PrivacyPage from '@/components/privacy/PrivacyPage';
import ReportProblem from '@/components/site/ReportProblem';
import SiteFooter from '@/components/site/SiteFooter';
import { locales, type Locale } from '@/i18n/locales';
import { getTerm } from '@/lib/glossary';
import { getGuide, type StepGuide } from '@/lib/guides';
import { sitemapPaths } from '@/lib/pages';
import { absoluteUrl, glossaryPath, guidePath, guidesPath, PAGE_SUFFIXES, privacyPath, smtpPath } from '@/lib/urls';
import { messagesOf, renderIn } from './render';

const ADDRESS = 'problems@example.com';

/** Runs `body` with REPORT_EMAIL set to `value` (undefined: not set), as a build would see it. */
function withReportEmail(value: string | undefined, body: () => void) {
  const before = process.env.REPORT_EMAIL;
  if (value === undefined) delete process.env.REPORT_EMAIL;
  else process.env.REPORT_EMAIL = value;
  try {
    body();
  } finally {
    if (before === undefined) delete process.env.REPORT_EMAIL;
    else process.env.REPORT_EMAIL = before;
  }
}

/** The subject a report link fills in, decoded from its mailto: URL. */
const subjectOf = (href: string) => new URL(href).searchParams.get('subject');

/** Every kind of content page, with the path its report must name. */
const CONTENT_PAGES: readonly [string, (locale: Locale) => ReactElement, (locale: Locale) => string][] = [
  ['reply code', () => <CodeSlugPage slug="550" />, (l) => smtpPath(l, '550')],
  ['enhanced code', () => <CodeSlugPage slug="5.1.1" />, (l) => smtpPath(l, '5.1.1')],
  ['provider code', () => <CodeSlugPage slug="5.7.509" />, (l) => smtpPath(l, '5.7.509')],
  ['comparison', () => <CodeSlugPage slug="250-vs-550" />, (l) => smtpPath(l, '250-vs-550')],
  ['enhanced comparison', () => <CodeSlugPage slug="5.1.1-vs-5.1.10" />, (l) => smtpPath(l, '5.1.1-vs-5.1.10')],
  ['glossary term', () => <GlossaryTermPage term={getTerm('spf')!} />, (l) => glossaryPath(l, 'spf')],
  ['guide', () => <GuidePage guide={getGuide('spf-dkim-dmarc') as StepGuide} />, (l) => guidesPath(l, 'spf-dkim-dmarc')],
  ['decision guide', () => <GuideStep id="start" />, (l) => guidePath(l)],
  ['decision guide step', () => <GuideStep id="has-code" />, (l) => guidePath(l, 'has-code')],
];

describe.each(locales)('in %s', (locale) => {
  const t = messagesOf(locale);

  test.each([
    ['not set', undefined],
    ['empty', ''],
    ['blank', '   '],
  ])('with REPORT_EMAIL %s, no page shows a report link', (_, value) => {
    withReportEmail(value, () => {
      const { container } = renderIn(locale, <ReportProblem path={smtpPath(locale, '550')} />);
      expect(container).toBeEmptyDOMElement();
      renderIn(locale, <CodeSlugPage slug="550" />);
      expect(screen.queryByRole('link', { name: t.ReportProblem.link })).toBeNull();
    });
  });

  test.each(CONTENT_PAGES)('a %s page links a report about its own URL', (_, page, path) => {
    withReportEmail(ADDRESS, () => {
      renderIn(locale, page(locale));
      const href = screen.getByRole('link', { name: t.ReportProblem.link }).getAttribute('href')!;
      expect(href.startsWith(`mailto:${ADDRESS}?subject=`)).toBe(true);
      expect(subjectOf(href)).toBe(t.ReportProblem.subject.replace('{url}', absoluteUrl(path(locale))));
    });
  });

  test('a subject with characters that mean something in a URL stays one parameter', () => {
    withReportEmail(ADDRESS, () => {
      renderIn(locale, <ReportProblem path={`${smtpPath(locale, '550')}?a=1&subject=x#y`} />);
      const href = screen.getByRole('link', { name: t.ReportProblem.link }).getAttribute('href')!;
      expect(href).not.toMatch(/[&#]/);
      expect(subjectOf(href)).toContain(`${smtpPath(locale, '550')}?a=1&subject=x#y`);
    });
  });

  test('the privacy page says what is kept, section by section', () => {
    withReportEmail(undefined, () => {
      renderIn(locale, <PrivacyPage />);
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(t.Privacy.title);
      const sections = ['decoder', 'search', 'cookie', 'tracking', 'logs'] as const;
      expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(sections.map((id) => t.Privacy[id].title));
      const cookie = screen.getByRole('region', { name: t.Privacy.cookie.title });
      expect(within(cookie).getByText('NEXT_LOCALE').tagName).toBe('CODE');
      // The report section only where the report link exists.
      expect(screen.queryByRole('heading', { name: t.Privacy.report.title })).toBeNull();
    });
  });

  test('with a report address, the privacy page says what a report sends', () => {
    withReportEmail(ADDRESS, () => {
      renderIn(locale, <PrivacyPage />);
      expect(screen.getByRole('region', { name: t.Privacy.report.title })).toHaveTextContent(t.Privacy.report.text);
    });
  });

  test('the footer links the privacy page', () => {
    renderIn(locale, <SiteFooter />);
    expect(screen.getByRole('link', { name: t.Site.privacyLink })).toHaveAttribute('href', privacyPath(locale));
  });
});

test('an address that is not plain fails the build instead of breaking the link', () => {
  for (const value of ['problems@example.com?cc=x@y.z', 'not an address', 'a@b']) {
    withReportEmail(value, () => expect(() => renderIn('en', <ReportProblem path="/en/smtp/550" />)).toThrow(/REPORT_EMAIL/));
  }
});

test('the sitemap lists the privacy page', () => {
  expect(sitemapPaths()).toContain(PAGE_SUFFIXES.privacy);
});
