/**
 * @jest-environment node
 */
// The page explains a recipient with the words it loads lazily (the Decoder namespace from its provider
// plus /api/v1/texts as JSON); the API and the command line with the whole message file. Both must say
// the same, in every locale, without a missing message or a formatting error.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales } from '@/i18n/locales';
import { decodeBounce } from '@/lib/decoder';
import { explainRecipient, explanationTranslator } from '@/lib/decoder/explain';
import { dataMessages, loadExplanationMessages } from '@/lib/decoder/explanation-messages';
import { toReport } from '@/lib/decoder/report';
import type { DecodedRecipient } from '@/lib/decoder/types';
import { absoluteUrl } from '@/lib/urls';

const root = join(__dirname, 'fixtures', 'corpus');
const inputs = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(root, d.name)).filter((f) => !f.endsWith('.json')).map((f) => join(root, d.name, f)));

let errors: unknown[] = [];
beforeEach(() => {
  errors = [];
  jest.spyOn(console, 'error').mockImplementation((error: unknown) => void errors.push(error));
});
afterEach(() => jest.restoreAllMocks());

test.each(locales)('%s: the card path and the API path explain every corpus recipient alike', async (locale) => {
  const messages = await loadExplanationMessages(locale);
  const { Decoder, ...rest } = messages;
  const overTheWire = JSON.parse(JSON.stringify(dataMessages(rest)));
  const page = explanationTranslator(locale, { Decoder, ...overTheWire });
  const server = explanationTranslator(locale, messages);
  let recipients = 0;
  for (const input of inputs) {
    const result = await decodeBounce(new Uint8Array(readFileSync(input)));
    const report = toReport(result, locale, messages);
    result.recipients.forEach((recipient, i) => {
      const card = explainRecipient(recipient, page, locale);
      expect(card).toEqual(explainRecipient(recipient, server, locale));
      const api = report.recipients[i]!;
      expect(api.explanation).toEqual({ title: card.title, summary: card.summary });
      expect(api.links.replyCode).toBe(card.links.replyCode && absoluteUrl(card.links.replyCode));
      expect(api.links.enhancedCode).toBe(card.links.enhancedCode && absoluteUrl(card.links.enhancedCode));
      expect(api.links.share).toBe(absoluteUrl(card.links.share));
      expect(card.summary).not.toMatch(/<\/?code>|^(?:codes|enhanced|providerMessages|reasons)\./);
      recipients++;
    });
  }
  expect(recipients).toBeGreaterThan(150);
  expect(errors).toEqual([]);
});

const recipient = (facts: Partial<DecodedRecipient>): DecodedRecipient => ({
  address: null,
  action: 'failed',
  replyCode: null,
  enhancedCode: null,
  remoteMta: null,
  diagnostic: null,
  command: null,
  provider: null,
  providerEntry: null,
  reason: 'unknown',
  hardBounce: true,
  retry: 'never',
  ...facts,
});

test.each([
  ['a known reply and enhanced code', recipient({ replyCode: 550, enhancedCode: '5.1.1', reason: 'user-unknown' }), {
    title: 'User unknown', replyCode: '/en/smtp/550', enhancedCode: '/en/smtp/5.1.1', provider: null, fixes: true,
  }],
  ['an unknown reply code: no link to a page that does not exist', recipient({ replyCode: 599 }), {
    title: 'Unknown reason', replyCode: null, enhancedCode: null, provider: null, fixes: false,
  }],
  ['a provider-only code links its own page', recipient({ replyCode: 550, enhancedCode: '5.7.509', reason: 'auth-failed' }), {
    title: 'Authentication failed', replyCode: '/en/smtp/550', enhancedCode: '/en/smtp/5.7.509', provider: null, fixes: true,
  }],
  ['a recognised provider wording links its entry on the code page', recipient({ replyCode: 550, enhancedCode: '5.7.1', provider: 'microsoft365', providerEntry: 'microsoft365-anonymous-mail-from', reason: 'relay-denied' }), {
    title: 'Relay denied', replyCode: '/en/smtp/550', enhancedCode: '/en/smtp/5.7.1', provider: '/en/smtp/5.7.1#microsoft365-anonymous-mail-from', fixes: true,
  }],
  ['nothing failed: no advice to fix anything', recipient({ action: 'delivered', replyCode: 250, reason: 'delivered', hardBounce: null, retry: 'not-needed' }), {
    title: 'Delivered', replyCode: '/en/smtp/250', enhancedCode: null, provider: null, fixes: false,
  }],
])('%s', async (_, r, expected) => {
  const t = explanationTranslator('en', await loadExplanationMessages('en'));
  const e = explainRecipient(r, t, 'en');
  expect({ title: e.title, ...e.links, share: undefined, fixes: e.fixes !== null }).toEqual({ ...expected, share: undefined });
  expect(e.links.share).toMatch(/^\/en\/smtp\/decode\/explain\?/);
  expect(errors).toEqual([]);
});

test.each([
  ['a generic code under a precise reason: the reason speaks', recipient({ enhancedCode: '5.0.0', reason: 'expired' }), 'reasons.expired.explanation'],
  ['a specific code that gave the reason: the code speaks', recipient({ replyCode: 550, enhancedCode: '5.1.1', reason: 'user-unknown' }), 'enhanced.1.1.summary'],
  ['a code that says something else than the reason: the reason speaks', recipient({ replyCode: 550, enhancedCode: '5.1.1', reason: 'mailbox-disabled' }), 'reasons.mailbox-disabled.explanation'],
])('%s', async (_, r, key) => {
  const messages = await loadExplanationMessages('en');
  const t = explanationTranslator('en', messages);
  const e = explainRecipient(r, t, 'en');
  const expected = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) as string;
  expect(e.summary).toBe(expected.replace(/<\/?code>/g, ''));
  expect(e.title).toBe(t(`reasons.${r.reason}.name`));
});
