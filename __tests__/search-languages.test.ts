/** @jest-environment node */
/**
 * Search in languages about to be added (es, ja, ar): folding and tokenizing by script, tested on
 * their own strings, and a small index of pages in each language searched through the same functions
 * as the site's (the locale's i18n/search file, indexedDocuments, runSearch), before the locale is registered.
 */
import MiniSearch from 'minisearch';
import type { PageDocument } from '@/lib/search/documents';
import { fold, indexTokens, queryTokens } from '@/lib/search/normalize';
import { SEARCH_OPTIONS, type SearchDocument } from '@/lib/search/options';
import { runSearch, type Searcher } from '@/lib/search/search';
import { indexedDocuments, queryWords } from '@/lib/search/server';
import { expandQuery } from '@/lib/search/synonyms';

test.each([
  ['Buzón', 'buzon'],
  ['LLENO', 'lleno'],
  ['Dirección', 'direccion'],
  ['ñ', 'n'],
  ['Đầy', 'day'],
  ['Straße', 'strasse'],
  ['ＳＰＦ', 'spf'],
  ['５．１．１', '5.1.1'],
  ['ｶﾀｶﾅ', 'カタカナ'],
  ['ガ', 'ガ'],
  ['صُنْدُوق', 'صندوق'],
  ['صنـــدوق', 'صندوق'],
  ['أرسل', 'ارسل'],
  ['إرسال', 'ارسال'],
  ['آخر', 'اخر'],
  ['ٱسم', 'اسم'],
  ['مستوى', 'مستوي'],
  ['رسالة', 'رساله'],
  ['البريد', 'بريد'],
  ['والبريد', 'بريد'],
  ['للمستلم', 'مستلم'],
  ['الى', 'الي'],
  ['٥٥٠', '550'],
  ['۵۵۰', '550'],
])('fold(%s) = %s', (term, folded) => {
  expect(fold(term)).toBe(fold(folded));
  expect(fold(term)).toBe(folded.normalize('NFC'));
});

test.each([
  ['SMTPサーバー', ['SMTP', 'サー', 'ーバ', 'バー']],
  ['容量', ['容量']],
  ['量', ['量']],
  ['550 5.1.1', ['550', '5.1.1']],
  ['صُنْدُوق البريد', ['صُنْدُوق', 'البريد']],
])('indexTokens(%s)', (text, tokens) => {
  expect(indexTokens(text)).toEqual(tokens);
});

// One query, whether typed with a space, without, or with the particle between the two words.
const MAILBOX_CAPACITY = ['メー', 'ール', 'ルボ', 'ボッ', 'ック', 'クス', '容量'];
test.each([['メールボックス容量'], ['メールボックス 容量'], ['メールボックスの容量']])('queryTokens(%s) asks for the two words, not for pairs across them', (query) => {
  expect(queryTokens(query)).toEqual(MAILBOX_CAPACITY);
});

test('a Japanese synonym phrase matches with or without the space', async () => {
  const words = await queryWords('ja');
  expect(expandQuery('メールボックス 容量', words, 'AND')).toEqual(expandQuery('メールボックス容量', words, 'AND'));
});

const page = (id: string, name: string, summary: string, body = '', kind: SearchDocument['kind'] = 'enhanced'): PageDocument => ({
  id,
  code: kind === 'term' ? '' : id,
  name,
  summary,
  wire: '',
  body,
  kind,
  weight: 1,
});

const PAGES: Record<'es' | 'ja' | 'ar', PageDocument[]> = {
  es: [
    page('5.2.2', 'Buzón lleno', 'El buzón del destinatario está lleno y no acepta más mensajes.', 'Pide al destinatario que libere espacio; se ha superado la cuota.'),
    page('5.1.1', 'Dirección de destino incorrecta', 'El buzón no existe en el servidor de destino.', 'Revisa la dirección antes de la @.'),
    page('5.7.1', 'Entrega no autorizada', 'El servidor rechazó el mensaje por su política, por ejemplo porque la IP está en una lista de bloqueo.'),
    page('term:bounce', 'Rebote (NDR)', 'El mensaje que recibes cuando tu correo no se pudo entregar.', '', 'term'),
  ],
  ja: [
    page('5.2.2', 'メールボックス容量超過', '受信者のメールボックスの容量が上限に達しているため、メッセージを受け付けられません。'),
    page('5.1.1', '宛先アドレスが存在しない', '受信側サーバーにその宛先のメールボックスがありません。'),
    page('5.3.4', 'メッセージが大きすぎる', 'メッセージのサイズが受信側の上限を超えています。'),
    page('5.7.1', '配信が許可されていない', '送信元のIPアドレスがブラックリストに載っているなど、ポリシーにより拒否されました。'),
    page('term:bounce', 'バウンス(NDR)', 'メールが配信できなかったときに送信者に返されるエラーメール。', '', 'term'),
  ],
  ar: [
    page('5.2.2', 'صندوق البريد ممتلئ', 'صندوقُ بريدِ المستلمِ ممتلئٌ ولا يقبل رسائلَ جديدة.'),
    page('5.1.1', 'عنوان المستلم غير صالح', 'المستخدم غير موجود على خادم الوجهة.'),
    page('5.7.1', 'التسليم غير مصرح به', 'رفض الخادم الرسالة بسبب سياسته، مثلا لأن عنوان IP مدرج في القائمة السوداء.'),
    page('term:bounce', 'رسالة الارتداد (NDR)', 'الرسالة التي تصلك عندما تعذر تسليم بريدك.', '', 'term'),
  ],
};

async function searcherFor(locale: keyof typeof PAGES): Promise<Searcher> {
  const words = await queryWords(locale);
  const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  index.addAll(indexedDocuments(PAGES[locale], words));
  return { index, words };
}

test.each([
  ['es', 'buzón lleno', '5.2.2'],
  ['es', 'buzon lleno', '5.2.2'],
  ['es', 'BUZÓN LLENO', '5.2.2'],
  ['es', 'cuota excedida', '5.2.2'],
  ['es', 'Entrega fallida', 'term:bounce'],
  ['es', 'No se pudo entregar', 'term:bounce'],
  ['es', 'lista negra', '5.7.1'],
  ['es', 'usuario desconocido', '5.1.1'],
  ['ja', 'メールボックス 容量', '5.2.2'],
  ['ja', 'メールボックス容量', '5.2.2'],
  ['ja', '容量超過', '5.2.2'],
  ['ja', '配信不能', 'term:bounce'],
  ['ja', 'Undeliverable', 'term:bounce'],
  ['ja', 'ブラックリスト', '5.7.1'],
  ['ja', '５．７．１', '5.7.1'],
  ['ar', 'صندوق البريد ممتلئ', '5.2.2'],
  ['ar', 'صندوق بريد ممتلئ', '5.2.2'],
  ['ar', 'صُندوق البَريد مُمتلئ', '5.2.2'],
  ['ar', 'صنـــدوق البريد', '5.2.2'],
  ['ar', 'تعذر التسليم', 'term:bounce'],
  ['ar', 'تعذّر التسليم', 'term:bounce'],
  ['ar', 'القائمة السوداء', '5.7.1'],
  ['ar', 'المستخدم غير موجود', '5.1.1'],
  ['ar', '٥.٧.١', '5.7.1'],
] as const)('in %s (not registered yet), "%s" finds %s first', async (locale, query, id) => {
  expect(runSearch(await searcherFor(locale), query, 3)[0]?.id).toBe(id);
});
