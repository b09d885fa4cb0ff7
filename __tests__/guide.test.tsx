import { screen, within } from '@testing-library/react';
import GuideStep from '@/components/guides/decision/GuideStep';
import { GUIDE, GUIDE_STEPS, isGuideStep, type GuideCode, type GuidePageId, type GuideTarget } from '@/lib/guide';
import { locales } from '@/i18n/locales';
import { getEnhancedCode } from '@/lib/enhanced-codes';
import { decoderPath, guidePath } from '@/lib/urls';
import { findProviderCode } from '@/lib/providers';
import { getReplyCode } from '@/lib/reply-codes';
import { routeRequest } from '@/lib/request-routing';
import { messagesOf, renderIn } from './render';

const PAGES = Object.keys(GUIDE) as GuidePageId[];
const answersOf = (id: GuidePageId): [string, GuideTarget][] => {
  const step = GUIDE[id];
  return step.kind === 'question' ? Object.entries(step.answers) : [];
};
const codesOf = (id: GuidePageId): readonly GuideCode[] => {
  const step = GUIDE[id];
  return step.kind === 'result' ? step.codes : [];
};

test('the guide has the start page and exactly the steps the proxy lets through', () => {
  expect([...PAGES].sort()).toEqual(['start', ...GUIDE_STEPS].sort());
  for (const id of PAGES) expect(routeRequest(guidePath('vi', id))).toBeNull();
  for (const step of ['start', 'Bad', 'mailbox', 'has-code/x']) {
    expect(isGuideStep(step)).toBe(false);
    expect(routeRequest(`${guidePath('vi')}/${step}`)?.action).toBe('not-found');
  }
});

test('every step is reachable from the start', () => {
  const seen = new Set<GuidePageId>(['start']);
  for (const id of seen) for (const [, target] of answersOf(id)) if (target !== 'decoder') seen.add(target);
  expect([...seen].sort()).toEqual([...PAGES].sort());
});

test.each(PAGES)('%s asks one question with 2–6 answers, or ends with somewhere to go', (id) => {
  const step = GUIDE[id];
  if (step.kind === 'question') {
    expect(answersOf(id).length).toBeGreaterThanOrEqual(2);
    expect(answersOf(id).length).toBeLessThanOrEqual(6);
    for (const [, target] of answersOf(id)) expect(target === 'decoder' || target in GUIDE).toBe(true);
  } else {
    expect(step.codes.length > 0 || step.decoder).toBe(true);
  }
});

test.each(PAGES.flatMap((id) => codesOf(id).map((code) => [id, code] as const)))('%s links %s, which has a page', (_, code) => {
  const page = typeof code === 'number' ? getReplyCode(code) : (getEnhancedCode(code) ?? findProviderCode(code)?.code);
  expect(page).toBeDefined();
});

describe.each(locales)('in %s', (locale) => {
  const t = messagesOf(locale).Guide;
  const answersText = (id: (typeof PAGES)[number]): Record<string, string> => {
    const step = t.steps[id];
    return 'answers' in step ? step.answers : {};
  };

  test('every step has its words, and exactly one per answer', () => {
    for (const id of PAGES) {
      expect(t.steps[id].title?.trim()).toBeTruthy();
      expect(t.steps[id].text?.trim()).toBeTruthy();
      expect(Object.keys(answersText(id))).toEqual(answersOf(id).map(([answer]) => answer));
    }
  });

  test.each(PAGES)('%s renders its question, answers as links, and a way back to the start', (id) => {
    renderIn(locale, <GuideStep id={id} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(t.steps[id].title);
    for (const [answer, target] of answersOf(id)) {
      expect(screen.getByRole('link', { name: answersText(id)[answer] })).toHaveAttribute(
        'href',
        target === 'decoder' ? decoderPath(locale) : guidePath(locale, target),
      );
    }
    const restart = screen.queryByRole('link', { name: t.startAgain });
    if (id === 'start') expect(restart).toBeNull();
    else expect(restart).toHaveAttribute('href', `/${locale}/guides/why-did-my-email-bounce`);
  });

  test.each(PAGES.filter((id) => GUIDE[id].kind === 'result'))('%s links its code pages and, where it helps, the decoder', (id) => {
    renderIn(locale, <GuideStep id={id} />);
    const step = GUIDE[id];
    const codes = codesOf(id);
    if (codes.length > 0) {
      const list = screen.getByRole('region', { name: t.codesTitle });
      const hrefs = within(list).getAllByRole('link').map((a) => a.getAttribute('href'));
      expect(hrefs).toEqual(codes.map((code) => `/${locale}/smtp/${code}`));
    }
    const decoder = screen.queryByRole('link', { name: t.decoderLink });
    if (step.kind === 'result' && step.decoder) expect(decoder).toHaveAttribute('href', decoderPath(locale));
    else expect(decoder).toBeNull();
  });
});
