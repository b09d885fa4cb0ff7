import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { BASE_URL, contextFor, launch } from './browser.mjs';

const SAMPLE = readFileSync(new URL('../__tests__/fixtures/corpus/mtas/postfix-user-unknown-virtual.eml', import.meta.url), 'utf8');
const SECRET = 'zq-private-7731@example.org';
// A bounce with an address and a marker that must never leave the browser.
const PASTE = `This is the mail system at host mail.example.com.

<${SECRET}>: host mx.example.org[192.0.2.9] said: 550 5.1.1 <${SECRET}>: Recipient
    address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)`;

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

for (const [locale, submit, heading, reason] of [
  ['en', 'Decode', 'What happened', 'User unknown'],
  ['vi', 'Giải mã', 'Điều gì đã xảy ra', 'Người nhận không tồn tại'],
]) {
  test(`/${locale}/smtp/decode explains a pasted bounce in the browser, and the text never leaves it`, async () => {
    const context = await contextFor(browser, locale);
    const page = await context.newPage();
    const sent = [];
    page.on('request', (request) => sent.push(`${request.url()} ${request.postData() ?? ''}`));
    await page.goto(`/${locale}/smtp/decode`);
    // Hydrated: from now on the form decodes in the browser instead of posting.
    await page.locator('form.search-box[data-ready="true"]').waitFor();
    await page.locator('textarea').fill(PASTE);
    sent.length = 0;
    await page.getByRole('button', { name: submit, exact: true }).click();
    const card = page.locator('.decoded-card');
    await card.waitFor();
    assert.match(await page.getByRole('heading', { level: 2, name: heading }).innerText(), new RegExp(heading));
    assert.match(await card.innerText(), new RegExp(reason));
    assert.ok(await card.locator(`a[href="/${locale}/smtp/550"]`).count());
    assert.ok(await card.locator(`a[href="/${locale}/smtp/5.1.1"]`).count());
    for (const line of sent) {
      assert.ok(!line.includes(SECRET) && !line.includes('zq-private'), `pasted text sent: ${line.slice(0, 120)}`);
      assert.ok(!line.includes('Recipient address rejected'), `pasted text sent: ${line.slice(0, 120)}`);
    }
    const share = await card.getByRole('link', { name: /Link to this explanation|Liên kết tới lời giải thích này/ }).getAttribute('href');
    assert.ok(!share.includes('zq-private') && !share.includes('%40'), share);
    await context.close();
  });
}

test('without JavaScript the form posts to the server and gets the same explanation back', async () => {
  const context = await browser.newContext({ baseURL: BASE_URL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/vi/smtp/decode');
  await page.locator('textarea').fill(PASTE);
  await page.getByRole('button', { name: 'Giải mã', exact: true }).click();
  await page.locator('.decoded-card').waitFor();
  assert.match(await page.locator('.decoded-card').innerText(), /Người nhận không tồn tại/);
  await context.close();
});

test('a shared explanation is rebuilt from codes alone', async () => {
  const context = await contextFor(browser, 'en');
  const page = await context.newPage();
  const response = await page.goto('/en/smtp/decode/explain?reply=550&enhanced=5.1.1&reason=user-unknown&action=failed');
  assert.equal(response.status(), 200);
  assert.match(await page.locator('.decoded-card').innerText(), /User unknown/);
  await context.close();
});

const post = (body, type = 'text/plain', locale = 'en') =>
  fetch(`${BASE_URL}/api/v1/decode?locale=${locale}`, { method: 'POST', headers: { 'content-type': type }, body });

test('POST /api/v1/decode answers the same as the page and the command line', async () => {
  const response = await post(SAMPLE, 'message/rfc822', 'vi');
  assert.equal(response.status, 200);
  const api = await response.json();
  assert.equal(api.kind, 'dsn');
  assert.equal(api.recipients[0].replyCode, 550);
  assert.equal(api.recipients[0].enhancedCode, '5.1.1');
  assert.equal(api.recipients[0].reason, 'user-unknown');
  assert.equal(api.recipients[0].explanation.title, 'Người nhận không tồn tại');
  assert.match(api.recipients[0].links.enhancedCode, /\/vi\/smtp\/5\.1\.1$/);
  const cli = JSON.parse(
    execFileSync('npx', ['tsx', '--tsconfig', 'tsconfig.json', 'bin/decode-bounce.ts', '--locale', 'vi'], {
      input: SAMPLE,
      cwd: new URL('..', import.meta.url).pathname,
      env: { ...process.env, SITE_URL: process.env.SITE_URL ?? 'http://localhost:3000' },
    }).toString(),
  );
  const facts = (r) => ({ ...r, links: undefined });
  assert.deepEqual(cli.recipients.map(facts), api.recipients.map(facts));
});

test('the decode API refuses bad bodies with 4xx JSON', async () => {
  const cases = [
    [await post(''), 400],
    [await post('   \n  '), 400],
    [await post(new Uint8Array(4096).map((_, i) => i % 7), 'text/plain'), 400],
    [await post('a'.repeat(1024 * 1024 + 10)), 413],
    [await post('550 5.1.1 no', 'application/json'), 415],
    [await post('550 5.1.1 no', 'text/plain', 'xx'), 400],
  ];
  for (const [response, status] of cases) {
    assert.equal(response.status, status);
    assert.match(response.headers.get('content-type'), /application\/json/);
    assert.equal(typeof (await response.json()).error, 'string');
  }
});

test('GET /api/v1/codes/{code} returns texts and facts, 404 JSON for unknown codes', async () => {
  const reply = await (await fetch(`${BASE_URL}/api/v1/codes/550?locale=vi`)).json();
  assert.equal(reply.type, 'reply');
  assert.equal(reply.texts.name, 'Hộp thư không khả dụng');
  const enhanced = await (await fetch(`${BASE_URL}/api/v1/codes/5.7.26?locale=en`)).json();
  assert.equal(enhanced.facts.registryTitle, 'Multiple authentication checks failed');
  const provider = await (await fetch(`${BASE_URL}/api/v1/codes/5.7.509`)).json();
  assert.equal(provider.type, 'provider');
  const missing = await fetch(`${BASE_URL}/api/v1/codes/599`);
  assert.equal(missing.status, 404);
  assert.equal(typeof (await missing.json()).error, 'string');
});
