/**
 * Translation bookkeeping (README, "Update a translation"):
 *   npm run i18n:status                      every locale: keys translated, missing, stale, extra
 *   npm run i18n:status -- vi                each stale entry of vi: English then, English now, translation
 *   npm run i18n:stamp -- vi [--from <rev>] [--keys a.b,c.d | --all]
 *       records that vi's translation of those keys (default: every key vi has) follows the English of
 *       <rev> (default: the working tree), in messages/translated-from/vi.json.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales as registered } from '../i18n/locales';
import { readMessageTree, readTranslatedFrom } from '../lib/message-files';
import { flatten, serializeTranslatedFrom, sourceHash, translationStatus } from '../lib/translation-sources';
import { englishAt, findEnglishSources } from './i18n/history';

const MESSAGES = 'messages';
const SOURCE = 'en';

/** Registered locales and message files still being prepared (not yet in i18n/locales.json). */
function translatedLocales(): string[] {
  const files = readdirSync(MESSAGES).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length));
  return [...new Set<string>([...registered, ...files])].filter((l) => l !== SOURCE).sort();
}

const english = () => flatten(readMessageTree(SOURCE));

function status(locale?: string): void {
  const en = english();
  if (!locale) {
    const rows = translatedLocales().map((l) => {
      const s = translationStatus(en, flatten(readMessageTree(l)), readTranslatedFrom(l));
      const registeredMark = (registered as string[]).includes(l) ? '' : ' (not registered)';
      return [l + registeredMark, s.translated.length, s.missing.length, s.stale.length, s.extra.length];
    });
    const header = ['locale', 'translated', 'missing', 'stale', 'extra'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
    for (const row of [header, ...rows]) console.log(row.map((c, i) => String(c).padEnd(widths[i]!)).join('  '));
    console.log(`\n${en.size} English keys. Details of one locale: npm run i18n:status -- <locale>`);
    return;
  }
  const translation = flatten(readMessageTree(locale));
  const record = readTranslatedFrom(locale);
  const s = translationStatus(en, translation, record);
  const sources = findEnglishSources(new Map(s.stale.filter((k) => record[k]).map((k) => [k, record[k]!])));
  for (const key of s.stale) {
    const then = sources.get(key);
    console.log(`● ${key}`);
    if (!record[key]) console.log('  translated from: (no record in messages/translated-from)');
    else if (then) console.log(`  translated from (${then.rev}): ${then.text}`);
    else console.log(`  translated from: not found in git history (hash ${record[key]})`);
    console.log(`  English now:      ${en.get(key)}`);
    console.log(`  translation:      ${translation.get(key)}\n`);
  }
  console.log(`${locale}: ${s.translated.length} translated, ${s.missing.length} missing, ${s.stale.length} stale, ${s.extra.length} extra`);
  if (s.missing.length) console.log(`missing: ${s.missing.slice(0, 20).join(', ')}${s.missing.length > 20 ? ', …' : ''}`);
  if (s.extra.length) console.log(`extra: ${s.extra.join(', ')}`);
  if (s.stale.length) console.log(`After updating a translation: npm run i18n:stamp -- ${locale} --keys <key,…>`);
}

function stamp(locale: string | undefined, args: string[]): void {
  if (!locale || locale === SOURCE || !existsSync(join(MESSAGES, `${locale}.json`))) {
    throw new Error(`usage: npm run i18n:stamp -- <locale> [--from <git-rev>] [--keys k1,k2 | --all]; no messages/${locale}.json`);
  }
  const option = (name: string) => {
    const i = args.indexOf(name);
    if (i >= 0 && !args[i + 1]) throw new Error(`${name} needs a value`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const from = option('--from');
  const keysOption = option('--keys');
  if (keysOption && args.includes('--all')) throw new Error('--keys and --all exclude each other');
  const en = from ? englishAt(from) : english();
  const translation = flatten(readMessageTree(locale));
  const keys = keysOption ? keysOption.split(',').map((k) => k.trim()).filter(Boolean) : [...translation.keys()];
  const unknown = keys.filter((k) => !translation.has(k) || !en.has(k));
  if (unknown.length) throw new Error(`not in messages/${locale}.json or not in the English${from ? ` of ${from}` : ''}: ${unknown.join(', ')}`);
  const record = { ...readTranslatedFrom(locale) };
  for (const key of keys) record[key] = sourceHash(en.get(key)!);
  // Keys no longer in the translation have nothing to follow.
  for (const key of Object.keys(record)) if (!translation.has(key)) delete record[key];
  const file = join(MESSAGES, 'translated-from', `${locale}.json`);
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const after = serializeTranslatedFrom(record);
  writeFileSync(file, after);
  console.log(`${file}: stamped ${keys.length} key(s) from the English of ${from ?? 'the working tree'}${before === after ? ' (no change)' : ''}`);
}

const [command, locale, ...rest] = process.argv.slice(2);
try {
  if (command === 'status') status(locale);
  else if (command === 'stamp') stamp(locale, rest);
  else throw new Error('usage: bin/i18n.ts status [locale] | stamp <locale> [--from <rev>] [--keys k1,k2 | --all]');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
