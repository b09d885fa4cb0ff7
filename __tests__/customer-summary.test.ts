import { customerSummary, FSI, isolateLatin, PDI } from '@/lib/customer-summary';

const i = (text: string) => `${FSI}${text}${PDI}`;

test.each([
  ['رفض الخادم الرسالة بالرمز 550 لأن العنوان غير موجود', `رفض الخادم الرسالة بالرمز ${i('550')} لأن العنوان غير موجود`],
  ['الرمز المحسّن 5.1.1 يعني', `الرمز المحسّن ${i('5.1.1')} يعني`],
  ['أرسل إلى user@example.com.', `أرسل إلى ${i('user@example.com')}.`],
  ['بعد الأمر RCPT TO مباشرة', `بعد الأمر ${i('RCPT TO')} مباشرة`],
  ['الخادم (SMTP) يرفض', `الخادم (${i('SMTP')}) يرفض`],
  ['https://smtp.example/ar/smtp/550#fix', i('https://smtp.example/ar/smtp/550#fix')],
  ['لا رموز هنا، ولا عناوين؛ صحيح؟', 'لا رموز هنا، ولا عناوين؛ صحيح؟'],
])('isolateLatin(%j)', (text, expected) => {
  expect(isolateLatin(text)).toBe(expected);
});

const TEXTS = { name: 'صندوق البريد غير متاح', summary: 'الرمز 550 دائم.', customer: 'راسل admin@example.org' };

test('a right-to-left summary isolates its codes, addresses and link; a left-to-right one is untouched', () => {
  expect(customerSummary('550', TEXTS, 'https://x.example/ar/smtp/550', 'rtl').split('\n\n')).toEqual([
    `${i('SMTP 550')} — صندوق البريد غير متاح`,
    `الرمز ${i('550')} دائم.`,
    `راسل ${i('admin@example.org')}`,
    i('https://x.example/ar/smtp/550'),
  ]);
  const english = { name: 'Mailbox unavailable', summary: 'Code 550 is permanent.', customer: 'Write to admin@example.org' };
  expect(customerSummary('550', english, 'https://x.example/en/smtp/550', 'ltr')).toBe(
    'SMTP 550 — Mailbox unavailable\n\nCode 550 is permanent.\n\nWrite to admin@example.org\n\nhttps://x.example/en/smtp/550',
  );
});
