/**
 * Which acronyms the articles' names stand for, learned from the articles themselves: the initials
 * of a run of capitalised words ("Inflation Reduction Act" → IRA, "General Motors" → GM, "San
 * Francisco" → SF). Hyphenated parts count as words; "of", "and", "for" and "the" inside a name may
 * give their initial or not; a capitalised word made of two English words ("Steelworkers") may give
 * both initials (USW). A name is also read in the other forms English writes it in, counted far
 * below the form the articles write: an institution's head first ("Finance Ministry" as the Ministry
 * of Finance, MOF) and without a place qualifying it ("U.S. International Trade Commission", ITC).
 * Users type the acronym the articles only spell out, and a question word the corpus never uses is
 * then matched by the name's rarest word (src/rank.ts). Nothing here is a list
 * of acronyms: each corpus learns its own. Lower-case terms ("tariff-rate quota", "memorandum of
 * understanding") were tried too: in the evaluation they cost a dialogue and won nothing.
 */
import { splitInTwo } from './compounds.ts';
import { lemmatizer } from './lexical/morphy.ts';
import { isEnglishWord, nounSort } from './lexical/wordnet.ts';
import { STOP_WORDS } from './stopWords.ts';

/** Acronyms of this many letters are learned: longer ones are rarely typed. */
export const MIN_ACRONYM = 2;
export const MAX_ACRONYM = 5;
/** Words inside a name that may or may not give their initial: "Memorandum of Understanding" is MOU, "Bureau of Labor Statistics" BLS. */
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'and', 'for', 'the', '&']);
/** The connector that has no initial: "Hellman & Friedman" is H&F, typed "hf" once the ampersand is dropped (src/analyze.ts). */
const AMPERSAND = '&';
/** The phrases counted are folded into each acronym's best after this many passages, so a large archive's many names never pile up while it is indexed. */
export const FOLD_EVERY = 5000;
/**
 * How much a name read in another form than the articles write it counts against one spelling as written: in the
 * other English word order ("Finance Ministry" as "Ministry of Finance", MOF) or without its place ("U.S. International
 * Trade Commission" as ITC). The name as written wins any acronym both give.
 */
export const VARIANT_WEIGHT = 0.001;
/** Noun sorts of the head of an institution's name that English writes either way: "Finance Ministry" and "Ministry of Finance". */
const INSTITUTION_SORTS: ReadonlySet<string> = new Set(['group']);

/** A word of a name: capitalised, with its hyphenated parts ("Japan-U.S."), or initials with dots ("U.S."). */
const NAME_WORD = String.raw`(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{M}]*)(?:-(?:(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}]*))*`;
/** A possessive ending a word of a name before another: "Cattlemen's", "Veterans'". */
const POSSESSIVE = String.raw`['’]s?(?=\s+\p{Lu})`;
/**
 * A run of capitalised words with only white space and "of", "and", "for" or "the" between them, as
 * news copy writes a name: "Inflation Reduction Act", "U.S. Steel", "Bank of Japan", with the possessives
 * inside it ("Biden's Inflation Reduction Act", "National Cattlemen's Beef Association"), which `phrasesIn`
 * reads. Matched in one pass, so lower-case text costs little.
 */
const NAME_RUN = new RegExp(String.raw`(?<![\p{L}\p{N}.-])${NAME_WORD}(?:${POSSESSIVE})?(?:\s+(?:(?:of|and|for|the|&)\s+)*${NAME_WORD}(?:${POSSESSIVE})?)*`, 'gu');
/** Noun sorts of the members or the body a name's possessive may belong to: "National Cattlemen's Beef Association", "People's Bank of China". */
const MEMBER_SORTS: ReadonlySet<string> = new Set(['person', 'group']);

interface Word {
  /** Lower-cased, without dots or a possessive: "steel", "us", "cattlemen". */
  text: string;
  parts: string[];
  connector: boolean;
  /** Written with a possessive: "Cattlemen's", "Biden's". */
  possessive: boolean;
  /** Initials with dots ("U.S."). */
  dotted: boolean;
}

function wordOf(raw: string): Word {
  const possessive = /['’]s?$/.test(raw);
  const lower = raw.replace(/['’]s?$/, '').replace(/\./g, '').toLowerCase();
  return { text: lower, parts: lower.split('-').filter(Boolean), connector: CONNECTORS.has(lower), possessive, dotted: /^(?:\p{Lu}\.){2,}/u.test(raw) };
}

/**
 * Whether a possessive word belongs inside the name it opens: the plural of the members it is named for, or
 * the body they make ("National Cattlemen's Beef Association", "Veterans' Affairs", "People's Bank of China").
 * Other possessors own the name that follows ("Biden's Inflation Reduction Act", "Moody's Investors Service").
 */
function possessiveInName(word: Word): boolean {
  const sort = nounSort(word.text);
  return MEMBER_SORTS.has(sort) && (sort === 'group' || lemmatizer.noun(word.text) !== word.text);
}

/**
 * The names a run of capitalised words holds: split after each possessive ("Biden's" | "Inflation Reduction Act"),
 * and, where a possessive belongs inside the name (`possessiveInName`), the whole run as well, which opens with no
 * title before a person's name.
 */
function namesOfRun(words: readonly Word[]): { name: Word[]; whole: boolean }[] {
  const parts: Word[][] = [[]];
  for (const w of words) {
    parts.at(-1)!.push(w);
    if (w.possessive) parts.push([]);
  }
  const names = parts.filter((p) => p.length > 0).map((name) => ({ name, whole: false }));
  return names.length > 1 && words.slice(0, -1).every((w) => !w.possessive || possessiveInName(w)) ? [...names, { name: [...words], whole: true }] : names;
}

const compoundCache = new Map<string, readonly string[] | undefined>();
/** "steelworkers" → steel, workers: a word made of two English words (src/compounds.ts). */
function compoundParts(word: string): readonly string[] | undefined {
  if (compoundCache.has(word)) return compoundCache.get(word);
  const best = splitInTwo(word, (part) => !STOP_WORDS.has(part) && isEnglishWord(part));
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
        if (w.connector && (!keepConnectors || w.text === AMPERSAND)) continue;
        const parts = split && w.parts.length === 1 ? (compoundParts(w.text) ?? w.parts) : w.parts;
        initials += parts.map((p) => p[0]).join('');
      }
      if (initials.length >= MIN_ACRONYM && initials.length <= MAX_ACRONYM) found.add(initials);
    }
  }
  return found;
}

/** A name the text spells out that an acronym may stand for, with its acronyms. */
export interface NamePhrase {
  phrase: string;
  acronyms: Set<string>;
  /** Another form of a name the text writes: "ministry of finance" for "Finance Ministry", "international trade commission" for "U.S. International Trade Commission". */
  variant?: boolean;
}

/** Each name the text spells out that an acronym may stand for, with its acronyms. */
export function phrasesIn(text: string): NamePhrase[] {
  const found: NamePhrase[] = [];
  for (const m of text.matchAll(NAME_RUN)) for (const { name, whole } of namesOfRun(m[0].split(/\s+/u).map(wordOf))) addName(found, name, !whole);
  return found;
}

/** Adds a name's phrase and its acronyms to `found`, and, with `readTitle`, those of a title it opens with. */
function addName(found: NamePhrase[], words: readonly Word[], readTitle: boolean): void {
  const named = [...words];
  // A sentence's first word is capitalised whatever it is: "But the United States…", "The Bank of Japan".
  while (named.length > 0 && STOP_WORDS.has(named[0]!.text)) named.shift();
  // One word is no name unless hyphenated ("Steelworkers" alone is not the United Steelworkers).
  if (named.filter((w) => !w.connector).reduce((n, w) => n + w.parts.length, 0) < 2) return;
  found.push({ phrase: named.map((w) => w.text).join(' '), acronyms: acronymsOf(named) });
  // The words before the last "of" stand for the name alone when they are a name themselves: news calls the Long-Term Credit
  // Bank of Japan the LTCB, the Federal Reserve Bank of New York the FRB. "Bank of Japan" gives no "B": one word is no name.
  // The whole name keeps its own acronyms (LTCBJ, BOJ), and its rarest word still matches either.
  // A connector before that "of" ends nothing: "Ministry of Agriculture and of Fisheries" gives the Ministry of Agriculture.
  const beforeOf = beforeLastOf(named);
  if (beforeOf) addName(found, beforeOf, false);
  // Other forms people type it in: "U.S. Commerce Department" is the Commerce Department and the Department of Commerce (DOC).
  const unplaced = unqualified(named);
  for (const variant of [...unplaced, ...[named, ...unplaced].map(headFirst)]) {
    if (variant) found.push({ phrase: variant.map((w) => w.text).join(' '), acronyms: acronymsOf(variant), variant: true });
  }
  // "Chief Financial Officer Kenta Kon": a title before a given name and a surname is a name of its own (CFO), as
  // src/roles.ts reads it: the words before the last two, ending in a noun for a person.
  const title = named.slice(0, -2);
  const head = title.at(-1);
  if (readTitle && title.filter((w) => !w.connector).length >= 2 && head && !head.connector && nounSort(head.text) === 'person') {
    found.push({ phrase: title.map((w) => w.text).join(' '), acronyms: acronymsOf(title) });
  }
}

const OF = wordOf('of');

/**
 * An institution's name in the other order English writes it: "Finance Ministry" as "Ministry of Finance", "Justice
 * Department" as "Department of Justice", whose initials people type (MOF, DOJ). Only a name of plain words whose last
 * names a body of people (`INSTITUTION_SORTS`); a name with a connector is left as written ("Bank of Japan").
 */
function headFirst(words: readonly Word[]): Word[] | undefined {
  const head = words.at(-1);
  if (!head || words.length < 2 || words.some((w) => w.connector || w.possessive || w.dotted || w.parts.length > 1)) return undefined;
  if (!INSTITUTION_SORTS.has(nounSort(head.text))) return undefined;
  return [head, OF, ...words.slice(0, -1)];
}

const contentWords = (words: readonly Word[]) => words.filter((w) => !w.connector).length;

/**
 * A name without the place it is qualified by, as people type it: "U.S. International Trade Commission" as the
 * International Trade Commission (ITC), "Long-Term Credit Bank of Japan" as the Long-Term Credit Bank (LTCB). A place
 * before the name is a country's initials; after it, a last "of" phrase. Only when two words or more are left.
 */
function unqualified(words: readonly Word[]): Word[][] {
  const found: Word[][] = [];
  if (words[0]?.dotted && contentWords(words.slice(1)) >= 2) found.push(words.slice(1));
  const beforeOf = beforeLastOf(words);
  if (beforeOf && contentWords(beforeOf) >= 2) found.push(beforeOf);
  return found;
}

/** The words before a name's last "of", up to their last word and not a connector ("Ministry of Agriculture and of Fisheries" → "Ministry of Agriculture"). */
function beforeLastOf(words: readonly Word[]): Word[] | undefined {
  let end = words.findLastIndex((w) => w.text === 'of');
  while (end > 0 && words[end - 1]!.connector) end--;
  return end > 0 ? words.slice(0, end) : undefined;
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
  /** Passages added since the counts were last folded. */
  private added = 0;

  /** Counts the phrases one passage spells out under each of their acronyms. */
  add(text: string): void {
    if (++this.added >= FOLD_EVERY) {
      this.added = 0;
      this.phrases();
    }
    for (const { phrase, acronyms, variant } of phrasesIn(text)) {
      for (const acronym of acronyms) {
        let phrases = this.pending.get(acronym);
        if (!phrases) {
          this.pending.set(acronym, (phrases = new Map<string, number>()));
          const known = this.best.get(acronym);
          if (known) phrases.set(known[0], known[1]);
        }
        phrases.set(phrase, (phrases.get(phrase) ?? 0) + (variant ? VARIANT_WEIGHT : 1));
      }
    }
  }

  /**
   * The best phrase of each acronym, worked out after the last `add`: most often spelt, first spelt among equals.
   * Counted approximately: at each fold only the best phrase keeps its count, so a name spelt often before a
   * fold and one spelt often after it are not both counted in full.
   */
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
