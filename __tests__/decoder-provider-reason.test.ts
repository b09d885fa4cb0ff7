/**
 * @jest-environment node
 */
// Wording that comes with temporary and permanent codes alike: the catalogue gives one reason per class,
// and the decoder picks by the class of the code the wording came with.
import { decodeBounce } from '@/lib/decoder';

const unusualRate = (code: string) =>
  `${code} [203.0.113.9 15] Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been ${code.startsWith('4') ? 'temporarily rate limited' : 'blocked'}. - gsmtp`;

test.each([
  [unusualRate('421 4.7.28'), 'rate-limited', false],
  [unusualRate('421 4.7.0'), 'rate-limited', false],
  [unusualRate('550 5.7.1'), 'ip-blocked', true],
])('%s → %s', async (line, reason, hardBounce) => {
  const [recipient] = (await decodeBounce(line)).recipients;
  expect(recipient).toMatchObject({ providerEntry: 'gmail-unusual-rate-unsolicited-deferred', reason, hardBounce });
});
