/**
 * Marks the first mention of each glossary term in each code page's texts with its term tag
 * (`<term-spf>SPF record</term-spf>`, see lib/term-tags.ts), in English and Vietnamese:
 *
 *   npx tsx --tsconfig tsconfig.json bin/mark-terms.ts            # rewrite messages/{en,vi}.json
 *   npx tsx --tsconfig tsconfig.json bin/mark-terms.ts --verify REF  # tags removed == the texts at git REF
 *
 * Existing term tags are removed first, so run it again after the texts change. A term is marked once per
 * code entry (its description, when-you-see and fix texts read as one page) and once per decision-guide
 * step; English decides which terms an entry links, and Vietnamese marks its own wording of the same
 * terms, so both locales link the same set (a term Vietnamese does not mention is left unmarked in both).
 * Protocol text in <code>…</code> and quoted wire text (“…”) are never marked. Other locales: add their
 * patterns to WORDING. Patterns are case-sensitive: acronyms keep their case ("ARC" is not "arc"), and a
 * word that may start a sentence says so ("[Bb]ounce").
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { GlossaryTermId } from '../data/glossary';
import { stripTermTags, termTag } from '../lib/term-tags';

type Tree = { [key: string]: string | Tree };
type Wording = Partial<Record<GlossaryTermId, string>>;

/**
 * How each locale words a term (`reply-code` has no entry: every code page is about one), as regular-expression sources: listed most specific first, because an
 * earlier term claims its words ("feedback loop" before "loop", "DMARC alignment" before "DMARC").
 */
const WORDING: Record<'en' | 'vi', Wording> = {
  en: {
    'open-relay': 'open relays?',
    'null-mx': 'null MX(?: records?)?',
    fcrdns: 'FCrDNS|forward-confirmed reverse DNS',
    'feedback-loop': 'feedback loops?',
    'spam-trap': 'spam traps?',
    'spam-rate': 'spam rates?|complaint rates?',
    'hard-bounce': '[Hh]ard bounces?',
    'soft-bounce': '[Ss]oft bounces?',
    'bulk-sender-requirements': '[Bb]ulk[- ]sender (?:requirements|rules|guidelines)',
    'one-click-unsubscribe': '[Oo]ne-click unsubscribe',
    'suppression-list': 'suppression lists?',
    'dmarc-alignment': 'DMARC alignment|(?<=DMARC )align(?:s|ed|ment)?|(?<=domain )align(?:s|ed)',
    'authentication-results': 'Authentication-Results(?: header)?',
    'mta-sts': 'MTA-STS',
    'tls-rpt': 'TLS-RPT',
    requiretls: 'REQUIRETLS',
    'smtp-auth': 'SMTP AUTH|SMTP authentication',
    'submission-port': 'submission ports?|port 587',
    'enhanced-status-code': '[Ee]nhanced (?:status )?codes?',
    'envelope-sender': 'envelope sender|envelope-from',
    'from-header': 'From header|From: header|From domain|From address',
    'message-size-limit': 'maximum message size|(?:message )?size limits?',
    'mx-record': 'MX records?|MX',
    relay: 'relay(?:ing|s)?',
    'helo-ehlo': 'HELO|EHLO',
    pipelining: 'PIPELINING|[Pp]ipelining',
    '8bitmime': '8BITMIME',
    smtputf8: 'SMTPUTF8',
    starttls: 'STARTTLS|TLS',
    dane: 'DANE',
    dnssec: 'DNSSEC',
    spf: 'SPF records?|SPF',
    dkim: 'DKIM signatures?|DKIM',
    dmarc: 'DMARC',
    arc: 'ARC',
    'reverse-dns': '[Rr]everse DNS(?: records?| names?| entry| lookups?)?|PTR records?|PTR',
    dsn: 'DSNs?|[Dd]elivery status notifications?',
    // The noun, not the verb ("mail that bounces") nor the site's "bounce decoder".
    bounce: '[Bb]ounce messages?|(?<=\\b(?:[Aa]|[Tt]he|[Tt]his|[Yy]our|[Tt]heir|[Ii]ts|[Ee]ach|[Aa]ny|[Nn]o|[Ss]ome|[Mm]ost|[Ii]n|[Ff]rom|[Oo]f|[Ww]ith) )bounces?(?! decoder)|(?<=\\b(?:[Tt]o|[Rr]epeated|[Rr]eceive|[Oo]rdinary|[Ee]veryday|Postfix) )bounces|NDRs?|[Nn]on-delivery reports?',
    'queue-lifetime': 'queue lifetime|queue',
    greylisting: '[Gg]reylist(?:ing|ed)?',
    'rate-limiting': '[Rr]ate[- ]limit(?:s|ing|ed)?|[Tt]hrottl(?:ing|ed|es|e)',
    'mailbox-quota': 'over quota|(?:[Mm]ailbox |[Ss]torage )?quotas?',
    'mail-loop': '(?:[Mm]ail|[Rr]outing|[Ff]orwarding) loops?',
    backscatter: 'backscatter',
    postmaster: 'postmaster(?: address)?',
    // Not "the catch-all code for …".
    'catch-all': '[Cc]atch-all (?:address(?:es)?|mailbox(?:es)?|domains?)',
    blocklist: '[Bb]lock ?lists?|[Bb]lacklists?|DNSBLs?|RBLs?',
    'sender-reputation': '(?:[Ss]ender |[Ss]ending |IP |[Dd]omain )?reputation|Reputation',
    mta: 'MTAs?',
    msa: 'MSAs?',
    mua: 'MUAs?',
  },
  vi: {
    'open-relay': 'máy chủ chuyển tiếp mở|open relay',
    'null-mx': 'null MX|MX rỗng',
    fcrdns: 'FCrDNS|DNS ngược được xác nhận chiều thuận',
    'feedback-loop': 'vòng phản hồi(?: khiếu nại)?|feedback loop',
    'spam-trap': 'bẫy thư rác|spam trap',
    'spam-rate': 'tỷ lệ (?:thư rác|khiếu nại|bị báo cáo thư rác|báo cáo thư rác)',
    'hard-bounce': '[Ll]ỗi (?:gửi )?vĩnh viễn \\(hard bounce\\)|hard bounce|(?<=bị )lỗi vĩnh viễn',
    'soft-bounce': '[Ll]ỗi (?:gửi )?tạm thời \\(soft bounce\\)|soft bounce|(?<=bị )lỗi tạm thời',
    'bulk-sender-requirements': 'yêu cầu (?:đối với|dành cho) người gửi số lượng lớn|người gửi số lượng lớn',
    'one-click-unsubscribe': 'hủy đăng ký bằng một cú nhấp|hủy đăng ký một cú nhấp',
    'suppression-list': 'danh sách loại trừ|suppression list',
    'dmarc-alignment': 'khớp tên miền(?: DMARC)?|alignment',
    'authentication-results': 'tiêu đề Authentication-Results|Authentication-Results',
    'mta-sts': 'MTA-STS',
    'tls-rpt': 'TLS-RPT',
    requiretls: 'REQUIRETLS',
    'smtp-auth': 'SMTP AUTH|xác thực SMTP|xác thực của SMTP',
    'submission-port': 'cổng gửi thư|cổng 587',
    'enhanced-status-code': '[Mm]ã trạng thái mở rộng|[Mm]ã mở rộng',
    'envelope-sender': 'người gửi trên phong bì(?: thư)?|phong bì thư|phong bì',
    'from-header': 'tiêu đề From|tiêu đề thư \\(header\\) From|địa chỉ From|tên miền From|tên miền trong From',
    'message-size-limit': 'kích thước thư tối đa|[Gg]iới hạn kích thước(?: thư)?',
    'mx-record': 'bản ghi MX|MX',
    // Not forwarding: “chuyển tiếp thư (forward)”.
    relay: 'chuyển tiếp \\(relay\\)|[Cc]huyển tiếp(?! thư \\(forward\\))|relay',
    'helo-ehlo': 'HELO|EHLO',
    pipelining: 'PIPELINING|pipelining|gửi dồn lệnh',
    '8bitmime': '8BITMIME',
    smtputf8: 'SMTPUTF8',
    starttls: 'STARTTLS|TLS',
    dane: 'DANE',
    dnssec: 'DNSSEC',
    spf: '[Bb]ản ghi SPF|SPF',
    dkim: 'chữ ký DKIM|DKIM',
    dmarc: 'DMARC',
    arc: 'ARC',
    'reverse-dns': 'DNS ngược|[Bb]ản ghi PTR|PTR',
    dsn: 'DSN|thông báo tình trạng gửi(?: thư)?',
    bounce: '[Tt]hư báo lỗi gửi|[Tt]hư bị trả lại|[Tt]hư báo lỗi|NDR',
    'queue-lifetime': 'thời hạn lưu trong hàng đợi|[Hh]àng đợi',
    greylisting: '[Gg]reylisting|[Gg]reylist',
    'rate-limiting': '[Gg]iới hạn tốc độ(?: gửi)?|throttling',
    'mailbox-quota': '[Hh]ạn mức(?: dung lượng)?|[Hh]ộp thư đầy|quota',
    'mail-loop': '[Vv]òng lặp(?: thư)?',
    backscatter: 'backscatter',
    postmaster: 'postmaster',
    'catch-all': 'catch-all',
    blocklist: '[Dd]anh sách chặn|DNSBL|RBL|blocklist',
    'sender-reputation': '[Uu]y tín(?: người gửi| gửi thư| của IP| của tên miền)?',
    mta: 'MTA',
    msa: 'MSA',
    mua: 'MUA',
  },
};

// A mention is a whole word: not part of a host name, an address, a path or a hyphenated header name.
const matcher = (source: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}_.@/-])(?:${source})(?![\\p{L}\\p{N}_@/-]|\\.[\\p{L}\\p{N}])`, 'gu');

type Mention = { id: GlossaryTermId; start: number; end: number };

/** Every mention of every term in a text, outside <code> and quotes; earlier terms in WORDING win overlaps. */
function mentions(text: string, wording: Wording): Mention[] {
  const taken = new Uint8Array(text.length);
  for (const m of text.matchAll(/<code>.*?<\/code>|“[^”]*”|"[^"]*"/gu)) taken.fill(1, m.index, m.index + m[0].length);
  const found: Mention[] = [];
  for (const [id, source] of Object.entries(wording) as [GlossaryTermId, string][]) {
    for (const m of text.matchAll(matcher(source))) {
      const [start, end] = [m.index, m.index + m[0].length];
      if (taken.subarray(start, end).some(Boolean)) continue;
      taken.fill(1, start, end);
      found.push({ id, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const wrap = (text: string, marks: readonly Mention[]) =>
  [...marks]
    .sort((a, b) => b.start - a.start)
    .reduce((out, { id, start, end }) => `${out.slice(0, start)}${termTag(id, out.slice(start, end))}${out.slice(end)}`, text);

/** The texts of one page, in reading order: a code's sections, or one step of the decision guide. */
function pageTexts(messages: Tree): { page: string; keys: string[][] }[] {
  const FIELDS = ['description', 'whenYouSee', 'fixSender', 'fixAdmin'];
  const pages: { page: string; keys: string[][] }[] = [];
  const codes = messages.codes as Tree;
  for (const code of Object.keys(codes)) pages.push({ page: `codes.${code}`, keys: FIELDS.map((f) => ['codes', code, f]) });
  const enhanced = messages.enhanced as Tree;
  for (const subject of Object.keys(enhanced))
    for (const detail of Object.keys(enhanced[subject] as Tree))
      pages.push({ page: `enhanced.${subject}.${detail}`, keys: FIELDS.map((f) => ['enhanced', subject, detail, f]) });
  const steps = (messages.Guide as Tree).steps as Tree;
  for (const step of Object.keys(steps)) pages.push({ page: `Guide.steps.${step}`, keys: [['Guide', 'steps', step, 'text']] });
  return pages;
}

const get = (tree: Tree, path: string[]) => path.reduce<string | Tree>((node, k) => (node as Tree)[k]!, tree) as string;
const set = (tree: Tree, path: string[], value: string) => {
  (path.slice(0, -1).reduce<Tree>((node, k) => node[k] as Tree, tree))[path.at(-1)!] = value;
};

const file = (locale: string) => `messages/${locale}.json`;
const read = (locale: string): Tree => JSON.parse(readFileSync(file(locale), 'utf8'));

function mark() {
  const [en, vi] = [read('en'), read('vi')];
  const counts = { en: 0, vi: 0 };
  const dropped: string[] = [];
  for (const { page, keys } of pageTexts(en)) {
    const plain = (tree: Tree) => keys.map((k) => stripTermTags(get(tree, k)));
    const [enTexts, viTexts] = [plain(en), plain(vi)];
    const first = (texts: string[], wording: Wording) => {
      const seen = new Map<GlossaryTermId, { text: number; mention: Mention }>();
      texts.forEach((text, i) => {
        for (const mention of mentions(text, wording)) if (!seen.has(mention.id)) seen.set(mention.id, { text: i, mention });
      });
      return seen;
    };
    const [enFirst, viFirst] = [first(enTexts, WORDING.en), first(viTexts, WORDING.vi)];
    // Both locales link the same terms: those both mention.
    const ids = [...enFirst.keys()].filter((id) => viFirst.has(id));
    for (const id of enFirst.keys()) if (!viFirst.has(id)) dropped.push(`${page}: ${id} (vi has no wording of it)`);
    for (const [tree, texts, firsts, locale] of [
      [en, enTexts, enFirst, 'en'],
      [vi, viTexts, viFirst, 'vi'],
    ] as const) {
      texts.forEach((text, i) => {
        const marks = ids.map((id) => firsts.get(id)!).filter((f) => f.text === i).map((f) => f.mention);
        counts[locale] += marks.length;
        set(tree, keys[i]!, wrap(text, marks));
      });
    }
  }
  for (const [locale, tree] of [['en', en], ['vi', vi]] as const) writeFileSync(file(locale), `${JSON.stringify(tree, null, 2)}\n`);
  console.log(`marked: en ${counts.en}, vi ${counts.vi}`);
  console.log(`left unmarked (English mentions them, Vietnamese does not): ${dropped.length}`);
  for (const line of dropped) console.log(`  ${line}`);
}

/** Proves the markup changed no word: every string with its term tags removed equals the string at `ref`. */
function verify(ref: string) {
  let strings = 0;
  const changed: string[] = [];
  for (const locale of ['en', 'vi']) {
    const before: Tree = JSON.parse(execFileSync('git', ['show', `${ref}:${file(locale)}`], { encoding: 'utf8', maxBuffer: 1 << 26 }));
    const walk = (now: Tree, then: Tree, path: string) => {
      for (const [key, value] of Object.entries(now)) {
        if (typeof value === 'string') {
          strings++;
          if (stripTermTags(value) !== then[key]) changed.push(`${locale}: ${path}${key}`);
        } else walk(value, then[key] as Tree, `${path}${key}.`);
      }
    };
    walk(read(locale), before, '');
  }
  console.log(`${strings} strings compared with ${ref}; ${changed.length} differ once term tags are removed`);
  for (const key of changed) console.log(`  ${key}`);
  if (changed.length > 0) process.exitCode = 1;
}

const refAt = process.argv.indexOf('--verify');
if (refAt >= 0) verify(process.argv[refAt + 1] ?? 'HEAD');
else mark();
