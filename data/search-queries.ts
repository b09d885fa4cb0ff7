/**
 * What readers type, per locale, and the page they expect among the first results: the table of
 * __tests__/search.test.ts and the workload of bench/search.ts. Typed by the locale list, so a new
 * locale cannot be registered without its own everyday queries (in its own words and the wording of
 * bounce notices its mail programs show).
 */
import type { ReaderLocale } from '@/i18n/locales';

export type EverydayQuery = {
  readonly query: string;
  /** Page ids ("550", "5.2.2", "term:greylisting") that must all be among the first `within` results. */
  readonly expect: readonly string[];
  readonly within: number;
};

const q = (query: string, expect: readonly string[], within = 3): EverydayQuery => ({ query, expect, within });

export const EVERYDAY_QUERIES: Readonly<Record<ReaderLocale, readonly EverydayQuery[]>> = {
  en: [
    q('550', ['550'], 1),
    q('5.1.1', ['5.1.1'], 1),
    q('550 5.1.1', ['550', '5.1.1'], 2),
    q('55', ['550']),
    q('greylisting', ['450', '451'], 4),
    q('graylisting', ['term:greylisting']),
    q('reverse dns', ['5.7.25', '4.7.25']),
    q('PTR record', ['5.7.25']),
    q('blacklist', ['term:blocklist', '5.7.1']),
    q('blacklisted IP', ['5.7.1']),
    q('DNSBL', ['term:blocklist']),
    q('email address does not exist', ['550', '5.1.1'], 2),
    q('user unknown', ['5.1.1']),
    q('authentication failed', ['535', '5.7.8']),
    q('login failed wrong password', ['535']),
    q('mailbox full', ['5.2.2'], 2),
    q('mailbox full', ['552'], 4),
    q('over quota', ['5.2.2']),
    q('message too big', ['5.3.4']),
    q('SPF fail', ['5.7.23']),
    q('DMARC', ['term:dmarc']),
    q('undeliverable', ['term:bounce']),
    q('NDR', ['term:bounce']),
    q('bounce back', ['term:bounce']),
    q('mailbx', ['5.2.2'], 5),
  ],
  vi: [
    q('550', ['550'], 1),
    q('5.1.1', ['5.1.1'], 1),
    q('danh sách chặn', ['term:blocklist', '5.7.1']),
    q('danh sach chan', ['term:blocklist', '5.7.1']),
    q('blacklist', ['term:blocklist']),
    q('hộp thư đầy', ['5.2.2'], 2),
    q('hộp thư đầy', ['552'], 4),
    q('hop thu day', ['5.2.2']),
    q('địa chỉ không tồn tại', ['5.1.1', '550']),
    q('xác thực thất bại', ['535', '5.7.8']),
    q('sai mật khẩu', ['535']),
    q('DNS ngược', ['5.7.25', '4.7.25']),
    q('greylisting', ['450'], 4),
    q('thư bị trả lại', ['term:bounce']),
    q('thư rác', ['term:spam-trap'], 5),
  ],
  es: [
    q('550', ['550'], 1),
    q('5.1.1', ['5.1.1'], 1),
    q('buzón lleno', ['5.2.2'], 2),
    q('buzon lleno', ['5.2.2'], 2),
    q('la dirección no existe', ['550', '5.1.1'], 2),
    q('usuario desconocido', ['5.1.1']),
    q('lista negra', ['term:blocklist', '5.7.1']),
    q('fallo de autenticación', ['535', '5.7.8'], 2),
    q('contraseña incorrecta', ['535']),
    q('DNS inverso', ['5.7.25', '4.7.25']),
    q('Entrega fallida', ['term:bounce']),
    q('No se pudo entregar', ['term:bounce']),
    q('greylisting', ['450', '451'], 4),
    q('mensaje demasiado grande', ['5.3.4']),
  ],
  ja: [
    q('550', ['550'], 1),
    q('5.1.1', ['5.1.1'], 1),
    q('メールボックス 容量', ['5.2.2', '552'], 4),
    q('メールボックス容量', ['5.2.2'], 2),
    q('配信不能', ['term:bounce']),
    q('ブラックリスト', ['term:blocklist', '5.7.1']),
    q('認証失敗', ['535', '5.7.8'], 2),
    q('逆引き', ['5.7.25', '4.7.25']),
    q('ユーザー不明', ['550', '5.1.1'], 4),
    q('グレーリスト', ['term:greylisting', '450', '451'], 5),
    q('メッセージ サイズ 大きすぎ', ['5.3.4'], 2),
  ],
  ar: [
    q('550', ['550'], 1),
    q('5.1.1', ['5.1.1'], 1),
    q('صندوق البريد ممتلئ', ['5.2.2', '552'], 4),
    q('صندوق البريد ممتلىء', ['5.2.2'], 2),
    q('القائمة السوداء', ['term:blocklist', '5.7.1']),
    q('فشل المصادقة', ['535', '5.7.8'], 2),
    q('تعذر التسليم', ['term:bounce']),
    q('تعذّر التسليم', ['term:bounce']),
    q('العنوان غير موجود', ['5.1.1', '550'], 2),
    q('DNS العكسي', ['5.7.25', '4.7.25']),
    q('الرسالة كبيرة جدا', ['5.3.4']),
  ],
};
