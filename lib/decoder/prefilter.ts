/**
 * A cheap test that rules a phrase pattern out before the pattern itself runs. Real-world
 * phrase patterns start with \b and an alternation, which the regex engine cannot scan for quickly:
 * tried at every position of every line they cost far more than the rest of decoding. Every match of
 * such a pattern contains one of a few literal strings ("quota" for /\bover ?quota\b/, "rate-limit" or
 * "rate limit" for /\brate[- ]limit/); `String.includes` finds those fast, and only a text that
 * contains one is handed to the pattern.
 *
 * `requiredSetsOf` reads the pattern's source (the subset the phrase tables use: literals, escapes,
 * classes, groups, alternation, quantifiers) and returns sets of strings such that every match contains
 * a string of each set ("sender" or "from", and "rejected" or "unknown" …); none when it cannot tell
 * (then the pattern always runs). It is sound by construction: it only ever forgets what it knows.
 */

/**
 * What a part of a pattern can match: `exact` all its strings (when few); `required` sets of strings
 * such that every match contains one string of each set.
 */
type Info = { exact: readonly string[] | null; required: readonly (readonly string[])[] };

const MAX_EXACT = 16;
const UNKNOWN: Info = { exact: null, required: [] };
const EMPTY: Info = { exact: [''], required: [] };

/** The sets every match needs one string of: the exact set (when it has no empty string) and the required ones. */
function requiredOf(info: Info): readonly (readonly string[])[] {
  return info.exact && !info.exact.includes('') ? [info.exact, ...info.required] : info.required;
}

const shortest = (set: readonly string[]) => Math.min(...set.map((s) => s.length));

/** The most selective set: the longest shortest string, then the fewest strings. */
function best(sets: readonly (readonly string[])[]): readonly string[] | null {
  let chosen: readonly string[] | null = null;
  for (const set of sets) {
    if (!chosen || shortest(set) > shortest(chosen) || (shortest(set) === shortest(chosen) && set.length < chosen.length)) chosen = set;
  }
  return chosen;
}

function product(a: readonly string[], b: readonly string[]): readonly string[] | null {
  if (a.length * b.length > MAX_EXACT) return null;
  return [...new Set(a.flatMap((x) => b.map((y) => x + y)))];
}

function concat(items: readonly Info[]): Info {
  // Consecutive parts with exact strings join into runs of literals ("sender" + " " + "address").
  let run: readonly string[] = [''];
  let exact: readonly string[] | null = [''];
  const required: (readonly string[])[] = [];
  const closeRun = () => {
    if (!run.includes('')) required.push(run);
    run = [''];
  };
  for (const item of items) {
    exact = exact && item.exact ? product(exact, item.exact) : null;
    const joined = item.exact ? product(run, item.exact) : null;
    if (joined) run = joined;
    else {
      closeRun();
      required.push(...item.required);
      // A part with exact strings after an unknown part (or too many strings) starts a new run.
      if (item.exact) run = item.exact;
    }
  }
  closeRun();
  return { exact, required };
}

function alternation(branches: readonly Info[]): Info {
  const exact = branches.every((b) => b.exact) ? [...new Set(branches.flatMap((b) => b.exact!))] : null;
  // One of the branches matched: it needs its own sets. Their best sets joined are needed together.
  const sets = branches.map((b) => best(requiredOf(b)));
  const required = sets.every((s) => s !== null) ? [[...new Set(sets.flatMap((s) => s!))]] : [];
  return { exact: exact && exact.length <= MAX_EXACT ? exact : null, required };
}

/** A character class with a few plain characters ("[- ]", "['’]") is their alternation; ranges are unknown. */
function classInfo(body: string): Info {
  if (body.startsWith('^')) return UNKNOWN;
  const chars: string[] = [];
  for (let i = 0; i < body.length; i++) {
    let ch = body[i]!;
    if (ch === '\\') {
      ch = body[++i] ?? '';
      if (/[a-zA-Z0-9]/.test(ch)) return UNKNOWN;
    } else if (ch === '-' && i > 0 && i < body.length - 1) return UNKNOWN;
    chars.push(ch);
  }
  return chars.length > 0 && chars.length <= 8 ? { exact: [...new Set(chars)], required: [] } : UNKNOWN;
}

class Reader {
  at = 0;
  constructor(readonly source: string) {}

  alternation(): Info {
    const branches = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0]! : alternation(branches);
  }

  sequence(): Info {
    const items: Info[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      items.push(this.quantified(this.atom()));
    }
    return concat(items);
  }

  atom(): Info {
    const ch = this.source[this.at++]!;
    if (ch === '(') {
      let zeroWidth = false;
      if (this.source[this.at] === '?') {
        const kind = this.source.slice(this.at, this.at + 3);
        zeroWidth = kind.startsWith('?=') || kind.startsWith('?!') || kind === '?<=' || kind === '?<!';
        this.at += kind.startsWith('?<') && (kind === '?<=' || kind === '?<!') ? 3 : 2;
      }
      const inner = this.alternation();
      this.at++; // ')'
      return zeroWidth ? EMPTY : inner;
    }
    if (ch === '[') {
      let end = this.at;
      while (end < this.source.length && this.source[end] !== ']') end += this.source[end] === '\\' ? 2 : 1;
      const body = this.source.slice(this.at, end);
      this.at = end + 1;
      return classInfo(body);
    }
    if (ch === '\\') {
      const next = this.source[this.at++]!;
      if (next === 'b' || next === 'B') return EMPTY;
      if (/[a-zA-Z0-9]/.test(next)) return UNKNOWN; // \s \d \w \u… : a class or a code this reader does not expand
      return { exact: [next], required: [] };
    }
    if (ch === '^' || ch === '$') return EMPTY;
    if (ch === '.') return UNKNOWN;
    return { exact: [ch], required: [] };
  }

  quantified(item: Info): Info {
    const q = this.source[this.at];
    if (q === '?') {
      this.at++;
      return { exact: item.exact ? [...new Set([...item.exact, ''])] : null, required: [] };
    }
    if (q === '*') {
      this.at++;
      return UNKNOWN;
    }
    if (q === '+') {
      this.at++;
      return { exact: null, required: requiredOf(item) };
    }
    if (q === '{') {
      const close = this.source.indexOf('}', this.at);
      const [min, max] = this.source.slice(this.at + 1, close).split(',');
      this.at = close + 1;
      if (Number(min) === 0) return UNKNOWN;
      if (Number(min) === 1 && max === undefined) return item;
      return { exact: null, required: requiredOf(item) };
    }
    return item;
  }
}

/**
 * Sets of strings such that every match of `pattern` contains one string of each set (lower-cased
 * when the pattern ignores case); none when the pattern must always run. At most the three most
 * selective sets: more rarely rule out more.
 */
export function requiredSetsOf(pattern: RegExp): readonly (readonly string[])[] {
  const sets = requiredOf(new Reader(pattern.source).alternation())
    .filter((set) => set.length > 0 && !set.includes(''))
    .map((set) => (pattern.ignoreCase ? set.map((s) => s.toLowerCase()) : set));
  const distinct = [...new Map(sets.map((set) => [JSON.stringify([...set].sort()), set])).values()];
  return distinct.sort((a, b) => shortest(b) - shortest(a)).slice(0, 3);
}

/**
 * Many patterns tested against the same text: one pass over the text finds every needle (a string of
 * a required set) it contains, with an Aho-Corasick automaton over the needles (one table step per
 * character of the text, whatever the number of needles); then a pattern runs only when each of its
 * sets has a needle found.
 */
export class PatternSet {
  private readonly needleCount: number;
  /**
   * The automaton: the next state for each state and column (`columns` per state), the column of each
   * character a needle uses (every other character is column 0, which leads back to the start), and
   * the needles that end at each state, those of its suffixes included (endingIds from
   * endingFrom[state] to endingFrom[state + 1]).
   */
  private readonly next: Uint16Array | Uint32Array;
  private readonly columns: number;
  private readonly asciiColumn = new Uint8Array(128);
  private readonly otherColumn = new Map<number, number>();
  private readonly endingFrom: Int32Array;
  private readonly endingIds: Int32Array;
  private readonly setsOfPattern: (readonly (readonly number[])[])[];
  /** For each needle, the patterns whose first set holds it; and the patterns without any set. */
  private readonly patternsOfNeedle: number[][] = [];
  private readonly unfiltered: number[] = [];
  /**
   * Which needles the current text holds and which patterns are candidates, marked with the number
   * of the text: allocated once (fresh typed arrays per text cost more than the search).
   */
  private readonly found: Int32Array;
  private readonly candidate: Int32Array;
  private generation = 0;

  constructor(readonly patterns: readonly RegExp[]) {
    const ids = new Map<string, number>();
    const idOf = (needle: string) => {
      let id = ids.get(needle);
      if (id === undefined) {
        id = ids.size;
        ids.set(needle, id);
      }
      return id;
    };
    this.setsOfPattern = patterns.map((pattern) => requiredSetsOf(pattern).map((set) => set.map(idOf)));
    this.needleCount = ids.size;
    this.found = new Int32Array(this.needleCount);
    this.candidate = new Int32Array(patterns.length);
    this.setsOfPattern.forEach((sets, index) => {
      if (sets.length === 0) this.unfiltered.push(index);
      for (const id of sets[0] ?? []) (this.patternsOfNeedle[id] ??= []).push(index);
    });

    // Columns: one per character that some needle holds, and column 0 for every other character.
    const columnOfCode = new Map<number, number>();
    for (const needle of ids.keys()) {
      for (let i = 0; i < needle.length; i++) if (!columnOfCode.has(needle.charCodeAt(i))) columnOfCode.set(needle.charCodeAt(i), columnOfCode.size + 1);
    }
    for (const [code, column] of columnOfCode) {
      if (code < 128) this.asciiColumn[code] = column;
      else this.otherColumn.set(code, column);
    }
    const columns = columnOfCode.size + 1;
    this.columns = columns;

    // The trie of the needles, numbered breadth first (the shallow states, which every text visits,
    // share cache lines), then its failure links in the same order (the classic construction): a
    // state's row copies its failure state's row where the trie has no edge.
    const children: Map<number, number>[] = [new Map()];
    const own: number[][] = [[]];
    for (const [needle, id] of ids) {
      let node = 0;
      for (let i = 0; i < needle.length; i++) {
        const column = columnOfCode.get(needle.charCodeAt(i))!;
        let child = children[node]!.get(column);
        if (child === undefined) {
          child = children.push(new Map()) - 1;
          own.push([]);
          children[node]!.set(column, child);
        }
        node = child;
      }
      own[node]!.push(id);
    }
    const order = [0];
    for (let head = 0; head < order.length; head++) for (const child of children[order[head]!]!.values()) order.push(child);
    const numberOf = new Int32Array(order.length);
    order.forEach((node, number) => (numberOf[node] = number));

    const next = order.length <= 0x10000 ? new Uint16Array(order.length * columns) : new Uint32Array(order.length * columns);
    const fail = new Int32Array(order.length);
    // The needles that end at each state: its own and those of its failure state (a suffix of it).
    const ending: (readonly number[])[] = [[]];
    for (let state = 0; state < order.length; state++) {
      const row = state * columns;
      const failRow = fail[state]! * columns;
      if (state > 0) {
        ending[state] = [...own[order[state]!]!, ...ending[fail[state]!]!];
        next.copyWithin(row, failRow, failRow + columns);
      }
      for (const [column, child] of children[order[state]!]!) {
        fail[numberOf[child]!] = state === 0 ? 0 : next[failRow + column]!;
        next[row + column] = numberOf[child]!;
      }
    }
    this.next = next;
    this.endingFrom = new Int32Array(order.length + 1);
    ending.forEach((needles, state) => (this.endingFrom[state + 1] = this.endingFrom[state]! + needles.length));
    this.endingIds = Int32Array.from(ending.flat());
  }

  /**
   * A test of each pattern (by index) against `text`; a pattern with /i expects `text` lower-cased.
   * Valid until the next call: the matcher of an earlier text refuses to answer.
   */
  matcher(text: string): Matcher {
    const generation = ++this.generation;
    const { found, candidate, next, columns, asciiColumn, endingFrom, endingIds } = this;
    const candidates: number[] = [];
    let state = 0;
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at);
      state = next[state * columns + (code < 128 ? asciiColumn[code]! : (this.otherColumn.get(code) ?? 0))]!;
      for (let n = endingFrom[state]!; n < endingFrom[state + 1]!; n++) {
        const id = endingIds[n]!;
        if (found[id] === generation) continue;
        found[id] = generation;
        // Candidates: the patterns whose first set has a needle in the text.
        for (const index of this.patternsOfNeedle[id] ?? []) {
          if (candidate[index] === generation) continue;
          candidate[index] = generation;
          candidates.push(index);
        }
      }
    }
    for (const index of this.unfiltered) {
      candidate[index] = generation;
      candidates.push(index);
    }
    return new Matcher(this, text, generation, candidates.sort((a, b) => a - b));
  }

  /** Whether pattern `index` matches the text of `generation`. */
  test(index: number, text: string, generation: number): boolean {
    if (generation !== this.generation) throw new Error('PatternSet: a matcher was used after the next text was scanned');
    if (this.candidate[index] !== generation) return false;
    const sets = this.setsOfPattern[index]!;
    for (let s = 1; s < sets.length; s++) {
      let hit = false;
      for (const id of sets[s]!) if (this.found[id] === generation) hit = true;
      if (!hit) return false;
    }
    return this.patterns[index]!.test(text);
  }
}

/** The patterns of a PatternSet against one text. */
export class Matcher {
  constructor(
    private readonly set: PatternSet,
    readonly text: string,
    private readonly generation: number,
    /** The patterns that may match (all others cannot), in ascending order. */
    readonly candidates: readonly number[],
  ) {}

  matches(index: number): boolean {
    return this.set.test(index, this.text, this.generation);
  }
}
