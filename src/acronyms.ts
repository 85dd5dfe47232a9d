/**
 * Which acronyms the articles' names stand for, learned from the articles themselves: the initials
 * of a run of capitalised words ("Inflation Reduction Act" → IRA, "General Motors" → GM, "San
 * Francisco" → SF). Hyphenated parts count as words; "of", "and", "for" and "the" inside a name may
 * give their initial or not; a capitalised word made of two English words ("Steelworkers") may give
 * both initials (USW). Users type the acronym the articles only spell out, and a question word the
 * corpus never uses is then matched by the name's rarest word (src/rank.ts). Nothing here is a list
 * of acronyms: each corpus learns its own. Lower-case terms ("tariff-rate quota", "memorandum of
 * understanding") were tried too: in the evaluation they cost a dialogue and won nothing.
 */
import { isEnglishWord } from './lexical/wordnet.ts';
import { STOP_WORDS } from './stopWords.ts';

/** Acronyms of this many letters are learned: longer ones are rarely typed. */
export const MIN_ACRONYM = 2;
export const MAX_ACRONYM = 5;
/** Words inside a name that may or may not give their initial: "Memorandum of Understanding" is MOU, "Bureau of Labor Statistics" BLS. */
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'and', 'for', 'the']);
/** Parts of a compound shorter than this are not split off (as rank.ts splits a question's compounds). */
const MIN_COMPOUND_PART = 3;

/** Dotted abbreviations written as one word: "U.S. Steel" is a run of two capitalised words. */
const DOTTED = /(?<![\p{L}\p{N}])((?:\p{L}\.){2,})/gu;
/** A word, its hyphenated parts kept together, with a possessive. */
const WORD = /\p{L}[\p{L}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*)*(?:['’]s?)?/gu;

interface Word {
  /** Lower-cased, without a possessive: "steel". */
  text: string;
  parts: string[];
  capital: boolean;
  connector: boolean;
  /** The word ends a run: a possessive ("Biden's Inflation Reduction Act" is two names). */
  ends: boolean;
  /** Only white space lies between it and the word before. */
  joined: boolean;
}

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  const folded = text.replace(DOTTED, (m) => `${m.replace(/\./g, '')} `);
  let last = 0;
  for (const m of folded.matchAll(WORD)) {
    const raw = m[0];
    const possessive = /['’]s?$/u.test(raw);
    const bare = raw.replace(/['’]s?$/u, '');
    const lower = bare.toLowerCase();
    words.push({
      text: lower,
      parts: lower.split('-').filter(Boolean),
      capital: bare[0] !== lower[0],
      connector: CONNECTORS.has(lower),
      ends: possessive,
      joined: /^\s*$/u.test(folded.slice(last, m.index)),
    });
    last = m.index + raw.length;
  }
  return words;
}

const compoundCache = new Map<string, string[] | undefined>();
/** "steelworkers" → steel, workers: a word made of two English words, each at least `MIN_COMPOUND_PART` long. */
function compoundParts(word: string): string[] | undefined {
  if (compoundCache.has(word)) return compoundCache.get(word);
  let best: string[] | undefined;
  let bestShorter = 0;
  if (/^\p{L}+$/u.test(word)) {
    for (let i = MIN_COMPOUND_PART; i <= word.length - MIN_COMPOUND_PART; i++) {
      const [a, b] = [word.slice(0, i), word.slice(i)];
      const shorter = Math.min(a.length, b.length);
      if (shorter > bestShorter && !STOP_WORDS.has(a) && !STOP_WORDS.has(b) && isEnglishWord(a) && isEnglishWord(b)) [best, bestShorter] = [[a, b], shorter];
    }
  }
  if (compoundCache.size > 50_000) compoundCache.clear();
  compoundCache.set(word, best);
  return best;
}

/** The acronyms a name's words make: connectors with their initial or without, compounds whole or split. */
function acronymsOf(words: readonly Word[]): Set<string> {
  const found = new Set<string>();
  for (const keepConnectors of [true, false]) {
    for (const split of [false, true]) {
      let initials = '';
      for (const w of words) {
        if (w.connector && !keepConnectors) continue;
        const parts = split && w.parts.length === 1 ? (compoundParts(w.text) ?? w.parts) : w.parts;
        initials += parts.map((p) => p[0]).join('');
      }
      if (initials.length >= MIN_ACRONYM && initials.length <= MAX_ACRONYM && /^\p{L}+$/u.test(initials)) found.add(initials);
    }
  }
  return found;
}

/** Runs of words with only white space between them, split where a word `breaks` or ends a name. */
function runs(words: readonly Word[], belongs: (w: Word) => boolean): Word[][] {
  const out: Word[][] = [];
  let run: Word[] = [];
  const close = () => {
    // A connector does not end a name: "the Bank of" is "the Bank".
    while (run.length > 0 && run[run.length - 1]!.connector) run.pop();
    if (run.length > 0) out.push(run);
    run = [];
  };
  for (const w of words) {
    if (!w.joined || !belongs(w)) close();
    if (!belongs(w)) continue;
    run.push(w);
    if (w.ends) close();
  }
  close();
  return out;
}

/** Each name the text spells out that an acronym may stand for, with its acronyms. */
export function phrasesIn(text: string): { phrase: string; acronyms: Set<string> }[] {
  const found: { phrase: string; acronyms: Set<string> }[] = [];
  // Capitalised words, with connectors inside ("Inflation Reduction Act", "Trade Agreement on Goods").
  for (const run of runs(wordsOf(text), (w) => w.capital || w.connector)) {
    // "of the United Steelworkers": connectors in lower case before a name are not part of it.
    let start = 0;
    while (start < run.length && run[start]!.connector && !run[start]!.capital) start += 1;
    const named = run.slice(start);
    // One word is no name unless hyphenated ("Steelworkers" alone is not the United Steelworkers).
    if (named.filter((w) => !w.connector).reduce((n, w) => n + w.parts.length, 0) < 2) continue;
    found.push({ phrase: named.map((w) => w.text).join(' '), acronyms: acronymsOf(named) });
  }
  return found;
}

/**
 * The phrase each acronym stands for, as the articles spell it most often. While passages are
 * added every phrase is counted; once the best are worked out only each acronym's best phrase and
 * its count are kept, so an index holds one short string per acronym.
 */
export class AcronymIndex {
  /** Each acronym's phrases and how often the articles spell each, since the best were last worked out. */
  private pending = new Map<string, Map<string, number>>();
  /** Each acronym's best phrase and its count. */
  private readonly best = new Map<string, [string, number]>();

  /** Counts the phrases one passage spells out under each of their acronyms. */
  add(text: string): void {
    for (const { phrase, acronyms } of phrasesIn(text)) {
      for (const acronym of acronyms) {
        let phrases = this.pending.get(acronym);
        if (!phrases) {
          this.pending.set(acronym, (phrases = new Map<string, number>()));
          const known = this.best.get(acronym);
          if (known) phrases.set(known[0], known[1]);
        }
        phrases.set(phrase, (phrases.get(phrase) ?? 0) + 1);
      }
    }
  }

  /** The best phrase of each acronym, worked out after the last `add`: most often spelt, first spelt among equals. */
  private phrases(): ReadonlyMap<string, [string, number]> {
    if (this.pending.size > 0) {
      for (const [acronym, phrases] of this.pending) {
        let top: [string, number] | undefined;
        for (const entry of phrases) if (!top || entry[1] > top[1]) top = entry;
        this.best.set(acronym, top!);
      }
      this.pending = new Map();
    }
    return this.best;
  }

  /** The phrase the articles spell out for an acronym ("ira" → "inflation reduction act"), if any. */
  phrase(acronym: string): string | undefined {
    return this.phrases().get(acronym)?.[0];
  }

  /** Drops the acronyms the articles use as words themselves ("us" for "United States"): a question's word they use is never read as a phrase. */
  dropUsed(used: (acronym: string) => boolean): void {
    for (const acronym of this.phrases().keys()) if (used(acronym)) this.best.delete(acronym);
  }

  get size(): number {
    return this.phrases().size;
  }

  toJSON(): [string, string][] {
    return [...this.phrases()].map(([acronym, [phrase]]) => [acronym, phrase]);
  }

  static fromJSON(entries: readonly [string, string][]): AcronymIndex {
    const index = new AcronymIndex();
    for (const [acronym, phrase] of entries) index.best.set(acronym, [phrase, 1]);
    return index;
  }
}
