/**
 * @jest-environment node
 */
// A share link carries codes, reason, provider entry and outcome; what comes back is what this site knows.
import { shareQuery, sharedRecipient, type ShareQuery } from '@/lib/decoder/share-link';
import type { DecodedRecipient } from '@/lib/decoder/types';

const recipient = (facts: Partial<DecodedRecipient>): DecodedRecipient => ({
  address: 'someone@example.org',
  action: 'failed',
  replyCode: null,
  enhancedCode: null,
  remoteMta: 'mx.example.org',
  diagnostic: '550 5.1.1 <someone@example.org>: no such user',
  command: 'RCPT TO',
  provider: null,
  providerEntry: null,
  reason: 'unknown',
  hardBounce: true,
  retry: 'never',
  ...facts,
});

const shared = ({ action, replyCode, enhancedCode, reason, provider, providerEntry }: DecodedRecipient) => ({
  action, replyCode, enhancedCode, reason, provider, providerEntry,
});

describe('round trip', () => {
  test.each([
    ['reply and enhanced code', recipient({ replyCode: 550, enhancedCode: '5.1.1', reason: 'user-unknown' })],
    ['provider wording', recipient({ replyCode: 550, enhancedCode: '5.7.1', provider: 'microsoft365', providerEntry: 'microsoft365-anonymous-mail-from', reason: 'security' })],
    ['delayed, soft', recipient({ action: 'delayed', replyCode: 452, enhancedCode: '4.2.2', reason: 'mailbox-full', hardBounce: false, retry: 'automatic' })],
    ['no codes at all', recipient({ action: null, reason: 'unknown', hardBounce: null })],
    ['wording read by who wrote it', recipient({ replyCode: 550, provider: 'exim', providerEntry: 'exim-unrouteable-address', reason: 'user-unknown' })],
    ['the same wording, its own reason', recipient({ provider: 'exim', providerEntry: 'exim-unrouteable-address', reason: 'domain-unknown' })],
  ])('%s keeps its codes, reason, entry and outcome, and drops text and addresses', (_, r) => {
    const query = shareQuery(r);
    expect(query.toString()).not.toMatch(/example\.org|%40|no\+such/);
    const back = sharedRecipient(Object.fromEntries(query));
    expect(shared(back)).toEqual(shared(r));
    expect(back).toMatchObject({ address: null, diagnostic: null, remoteMta: null, command: null, hardBounce: r.hardBounce });
  });
});

const unknownRecipient: Partial<DecodedRecipient> = { replyCode: null, enhancedCode: null, reason: 'unknown', provider: null, providerEntry: null, action: null };

test.each<[string, ShareQuery, Partial<DecodedRecipient>]>([
  ['nothing', {}, unknownRecipient],
  ['markup in every value', { reply: '550<script>', enhanced: '5.1.1"><img>', reason: '<b>spam</b>', entry: 'x"y', action: 'failed<' }, unknownRecipient],
  ['prototype keys', { reply: '__proto__', enhanced: 'constructor', reason: '__proto__', entry: 'toString', action: 'hasOwnProperty' }, unknownRecipient],
  ['paths', { enhanced: '../../etc/passwd', entry: '../5.1.1' }, unknownRecipient],
  ['codes no page has', { reply: '599', enhanced: '5.9.999' }, unknownRecipient],
  ['repeated keys (arrays) are ignored', { reply: ['550', '551'], reason: ['spam', 'virus'] }, unknownRecipient],
  ['an entry decides the reason and the provider', { entry: 'microsoft365-anonymous-mail-from', reason: 'spam' }, { ...unknownRecipient, reason: 'security', provider: 'microsoft365', providerEntry: 'microsoft365-anonymous-mail-from' }],
  ['a permanent code without an outcome is a failure', { reply: '550', reason: 'user-unknown' }, { ...unknownRecipient, replyCode: 550, reason: 'user-unknown', hardBounce: true }],
  ['a delay is never a hard bounce', { reply: '451', action: 'delayed', reason: 'user-unknown' }, { ...unknownRecipient, replyCode: 451, reason: 'user-unknown', action: 'delayed', hardBounce: false }],
])('%s', (_, query, expected) => {
  expect(sharedRecipient(query)).toMatchObject(expected);
});
