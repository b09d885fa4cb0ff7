import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The term bases in i18n/terms/ (format and rules: i18n/terms/README.md) and the rules of them a
 * machine can check in the messages: no forbidden variant, <code> literals exactly as in English, and
 * English in parentheses only where the term base allows it.
 */

type Tree = { readonly [key: string]: string | Tree };
type Term = { id: string; en: string; meaning: string; term: string; gloss?: string; forbidden?: string[]; note?: string };
type TermBase = { locale: string; register: string; typography: string[]; terms: Term[]; keepAsIs: string[] };

const MESSAGES = join(__dirname, '..', 'messages');
/** Not under messages/: next-intl's precompile (next.config.ts) would compile every JSON file there as messages. */
const TERMS = join(__dirname, '..', 'i18n', 'terms');
const read = <T>(...path: string[]): T => JSON.parse(readFileSync(join(MESSAGES, ...path), 'utf8')) as T;

/** Every locale with both a message file and a term base. */
const locales = readdirSync(TERMS)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .filter((l) => existsSync(join(MESSAGES, `${l}.json`)))
  .sort();

const flatten = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : flatten(v, `${prefix}${k}.`)));

const messagesOf = (locale: string) => new Map(flatten(read<Tree>(`${locale}.json`)));
const termBaseOf = (locale: string) => JSON.parse(readFileSync(join(TERMS, `${locale}.json`), 'utf8')) as TermBase;
const english = messagesOf('en');
const englishTerms = termBaseOf('en');

const CODE = /<code>(.*?)<\/code>/gs;
const codesIn = (message: string) => [...message.matchAll(CODE)].map((m) => m[1]!).sort();
/** What a reader reads as prose: no literals, no tags, no ICU arguments. */
const prose = (message: string) =>
  message.replace(CODE, ' ').replace(/<\/?[a-z][\w-]*>/g, '').replace(/\{[^{}]*\}/g, ' ');

/** Concepts every locale's term base covers (see i18n/terms/README.md). */
const REQUIRED = [
  'bounce', 'hard-bounce', 'soft-bounce', 'ndr', 'dsn', 'mailbox', 'recipient', 'sender', 'mail-server', 'receiving-server',
  'sending-server', 'mta', 'relay', 'open-relay', 'queue', 'retry', 'give-up', 'deferral', 'reply-code', 'enhanced-status-code',
  'iana-registry', 'registry-title', 'rfc', 'blocklist', 'allowlist', 'greylisting', 'spam', 'spam-filter', 'rate-limit', 'quota',
  'message-size', 'authentication', 'two-step-verification', 'app-password', 'spf', 'dkim', 'dmarc', 'reverse-dns',
  'forward-confirmed-reverse-dns', 'ptr-record', 'mx-record', 'dns', 'tls', 'starttls', 'certificate', 'gateway', 'connector',
  'link', 'ensure', 'domain', 'address', 'local-part', 'alias', 'forwarding', 'mailing-list', 'administrator', 'postmaster',
  'delivery-not-authorized', 'delivery-time-expired', 'auto-reply', 'complaint', 'reputation', 'sending-limit', 'security-policy',
];
const FIELDS = new Set(['id', 'en', 'meaning', 'term', 'gloss', 'forbidden', 'note']);
const text = (v: unknown) => typeof v === 'string' && v.trim() === v && v.length > 0;

test('every term base has a message file beside it, English among them', () => {
  expect(locales).toContain('en');
  expect(readdirSync(TERMS).filter((f) => f.endsWith('.json')).length).toBe(locales.length);
});

describe.each(locales)('i18n/terms/%s.json', (locale) => {
  const base = termBaseOf(locale);
  const messages = messagesOf(locale);

  test('has the shape of the format', () => {
    expect(base.locale).toBe(locale);
    expect(text(base.register)).toBe(true);
    expect(base.typography.length).toBeGreaterThan(0);
    expect(base.typography.every(text)).toBe(true);
    expect(base.keepAsIs.every(text)).toBe(true);
    expect(base.keepAsIs.filter((w, i) => base.keepAsIs.indexOf(w) !== i)).toEqual([]);
    for (const term of base.terms) {
      const problems = [
        ...Object.keys(term).filter((k) => !FIELDS.has(k)).map((k) => `unknown field ${k}`),
        ...(['id', 'en', 'meaning', 'term'] as const).filter((k) => !text(term[k])).map((k) => `${k} missing or padded`),
        ...(/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(term.id) ? [] : ['id not kebab-case']),
        ...(term.gloss === undefined || text(term.gloss) ? [] : ['empty gloss']),
        ...(term.note === undefined || text(term.note) ? [] : ['empty note']),
        ...(term.forbidden ?? []).filter((f) => !text(f)).map(() => 'empty forbidden variant'),
        // A variant inside the chosen term would forbid the term itself.
        ...(term.forbidden ?? []).filter((f) => term.term.toLowerCase().includes(f.toLowerCase())).map((f) => `forbids its own term: ${f}`),
      ];
      expect({ id: term.id, problems }).toEqual({ id: term.id, problems: [] });
    }
  });

  test('names each concept once, by an id English defines, for the same English term', () => {
    const ids = base.terms.map((t) => t.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(REQUIRED.filter((id) => !ids.includes(id))).toEqual([]);
    const source = new Map(englishTerms.terms.map((t) => [t.id, t.en]));
    // A concept new to one locale is added to en.json first, so every locale can decide on it.
    expect(ids.filter((id) => !source.has(id))).toEqual([]);
    expect(base.terms.filter((t) => source.get(t.id) !== t.en).map((t) => t.id)).toEqual([]);
  });

  test('no message uses a forbidden variant', () => {
    const found: string[] = [];
    for (const [key, message] of messages) {
      const plain = prose(message).toLowerCase();
      for (const term of base.terms)
        for (const variant of term.forbidden ?? []) if (plain.includes(variant.toLowerCase())) found.push(`${key}: “${variant}” (${term.id}: use “${term.term}”)`);
    }
    expect(found).toEqual([]);
  });

  if (locale === 'en') return;

  test('<code> literals are exactly those of the English message', () => {
    for (const [key, message] of english) {
      expect({ key, codes: codesIn(messages.get(key) ?? '') }).toEqual({ key, codes: codesIn(message) });
    }
  });

  test('English left in parentheses is a gloss, a name kept as is, a code or a command', () => {
    const allowed = [...base.terms.flatMap((t) => (t.gloss ? [t.gloss] : [])), ...base.keepAsIs].sort((a, b) => b.length - a.length);
    const left: string[] = [];
    // Words the locale writes in its own running text (outside parentheses and quotes) are its vocabulary, even
    // when English spells them alike (Spanish “no”, “host”, “final”, “error”): only words it never uses unbracketed
    // can be English left behind.
    const vocabulary = new Set(
      [...messages.values()].flatMap((m) =>
        prose(m).replace(/“[^”]*”|«[^»]*»|「[^」]*」|„[^“]*“/g, ' ').replace(/\([^()]*\)/g, ' ').toLowerCase().match(/[a-z]+/g) ?? [],
      ),
    );
    for (const [key, message] of messages) {
      const source = prose(english.get(key) ?? '').toLowerCase();
      // Quoted wire text (a subject line, a server's reply) is quoted as it is, in any locale's quotation marks.
      const unquoted = prose(message).replace(/“[^”]*”|«[^»]*»|「[^」]*」|„[^“]*“/g, ' ');
      for (const [, inner] of unquoted.matchAll(/\(([^()]*)\)/g)) {
        // Only Latin-script phrases can be English; words in the locale's own script are its own.
        if (/[^\x00-\x7F’–—]/.test(inner!)) continue;
        let rest = ` ${inner} `;
        for (const phrase of allowed) rest = rest.split(new RegExp(`(?<![\\w-])${phrase.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\w-])`, 'i')).join(' ');
        // Codes, RFC numbers, commands, host names and file names carry digits, dots, slashes or capitals only.
        const words = rest.split(/[\s,;:]+/).filter((w) => /^[A-Za-z][a-z]+$/.test(w));
        // A word the English text of the same key also uses is English, not the locale's own word.
        const english = words.filter((w) => !vocabulary.has(w.toLowerCase()) && new RegExp(`\\b${w.toLowerCase()}\\b`).test(source));
        if (english.length > 0) left.push(`${key}: (${inner}) → ${english.join(', ')}`);
      }
    }
    expect(left).toEqual([]);
  });
});
