/**
 * How text becomes search terms, the same at build time and in the browser. Folding goes by script, not
 * by locale: every locale's pages quote English wire text and codes, and a rule for Arabic letters
 * cannot change a Latin or Japanese word, so one set of rules serves every locale, present and future.
 *
 * - Latin, Vietnamese, Cyrillic…: case and accents ("Buzón" = "buzon", "hộp thư đầy" = "hop thu day").
 * - Arabic: no diacritics or tatweel, one alef (أ إ آ ٱ → ا), ى → ي, ة → ه, Arabic-Indic digits → 0–9,
 *   and the article ال (with و ب ك ف, or لل) taken off, so "البريد" finds "بريد".
 * - Full-width forms (５５０, ＳＰＦ) and half-width katakana: NFKC.
 * - Chinese, Japanese, Korean: no spaces between words, so the index holds overlapping character pairs
 *   ("容量不足" → 容量 量不 不足); a query is first cut into words (Intl.Segmenter) so that a pair
 *   straddling two words ("メールボックス容量" → ス容) is not required: see queryTokens.
 */

/** Han, kana (with the prolonged sound mark), Hangul. */
const CJK = /[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;
const CJK_RUN = /[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+|[^\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+/gu;
/** A word, with its combining marks (Arabic harakat are marks: without \p{M} they would split a word), or a dotted code ("5.1.1"). */
const WORD = /[\p{L}\p{N}\p{M}]+(?:\.\p{N}+)*/gu;
const HIRAGANA_ONLY = /^[\u3040-\u309f]+$/u;

const LATIN_LETTERS: Record<string, string> = { đ: 'd', ß: 'ss', ı: 'i', ł: 'l', ø: 'o', æ: 'ae', œ: 'oe' };
const ARABIC_ARTICLE = /^(?:[وبكف]?ال(?=.{2})|لل(?=.{2}))/u;

/**
 * Remembers a string function's answers: building an index folds and cuts the same few thousand words
 * hundreds of thousands of times (a locale's index is built up to four times to fit its budget, and
 * again for the server). Emptied when full, so a long-running server holds at most `size` answers.
 */
function remembered<T>(answer: (text: string) => T, size = 50_000): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    let found = answers.get(text);
    if (found === undefined) {
      if (answers.size >= size) answers.clear();
      found = answer(text);
      answers.set(text, found);
    }
    return found;
  };
}

/** One term, folded: what the index stores and what a query is compared with. */
export const fold = remembered(foldTerm);

function foldTerm(term: string): string {
  const folded = term
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    // Latin combining accents, Arabic harakat, hamza and madda above/below, superscript alef, tatweel.
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/gu, '')
    .normalize('NFC')
    .replace(/[đßıłøæœ]/gu, (c) => LATIN_LETTERS[c]!)
    .replace(/\u0671/gu, '\u0627')
    .replace(/\u0649/gu, '\u064a')
    .replace(/\u0629/gu, '\u0647')
    .replace(/[\u0660-\u0669]/gu, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/gu, (d) => String(d.charCodeAt(0) - 0x06f0));
  return folded.replace(ARABIC_ARTICLE, '');
}

export const isCjk = (text: string) => CJK.test(text);

/** Overlapping pairs of a run of CJK characters; a single character stays as it is. */
function pairs(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  return chars.slice(1).map((char, i) => chars[i]! + char);
}

/** Words of a text, each cut where CJK meets another script ("SMTPサーバー" → SMTP, サーバー). */
export function words(text: string): string[] {
  return [...text.normalize('NFKC').matchAll(WORD)].flatMap((match) => match[0].match(CJK_RUN) ?? []);
}

/**
 * Terms of a text for the index (before folding): words as they are, CJK runs cut into words and each word
 * into character pairs — as queries are (queryTokens), so pairs straddling two words, which no query asks
 * for, do not take room in the index. Indexing runs at build time, in Node, which has ICU's dictionary.
 */
export function indexTokens(text: string): string[] {
  return words(text).flatMap((word) => (isCjk(word) ? cjkWords(word).flatMap(pairs) : [word]));
}

// Made once: constructing a segmenter loads ICU's dictionary. Absent in old browsers (Firefox before 125).
let segmenter: Intl.Segmenter | null | undefined;
/** 'ja': ICU's Chinese-Japanese dictionary cuts Chinese as well; Korean separates its words with spaces anyway. */
const cjkWords = remembered((run: string): string[] => {
  segmenter ??= typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('ja', { granularity: 'word' }) : null;
  if (!segmenter) return [run];
  return [...segmenter.segment(run)].filter((s) => s.isWordLike).map((s) => s.segment);
});

/**
 * Terms of a query (before folding). A CJK run is cut into words first, then into pairs within each
 * word, so "メールボックス容量" asks for メールボックス and 容量, not for ス容, which a page that says
 * "メールボックスの容量" does not contain. Particles written in hiragana alone (の, が, を) are dropped.
 * Where there is no segmenter the whole run's pairs are asked for, and runSearch's fallback relaxes that.
 */
export function queryTokens(text: string): string[] {
  return words(text).flatMap((word) => {
    if (!isCjk(word)) return [word];
    const parts = cjkWords(word);
    const meaningful = parts.filter((part) => !(part.length === 1 && HIRAGANA_ONLY.test(part)));
    return (meaningful.length ? meaningful : parts).flatMap(pairs);
  });
}
