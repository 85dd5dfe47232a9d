/**
 * The one text analyzer used for articles and questions alike, so both sides of a match
 * are normalised the same way: case, punctuation, possessives, acronyms, domain synonyms,
 * stop words, verb lemmas as WordNet's morphy finds them (lexical/morphy.ts) and Porter stems (stemmer).
 */
import { stemmer } from 'stemmer';
import { isLemma, PHRASAL_PARTICLES, phrasalSynonyms } from './lexical/extract.ts';
import { lemmatizer } from './lexical/morphy.ts';
import { americanSpelling } from './lexical/spellings.ts';
import { isVerbForm } from './lexical/wordnet.ts';
import { MONTHS } from './months.ts';
import { STOP_WORDS } from './stopWords.ts';
import vocabulary from './vocabulary.json' with { type: 'json' };

/** Joins a phrasal verb's words in its index term: "take over" → "take_over". */
const PHRASAL_JOINER = '_';

/**
 * The phrasal verb a stop-listed verb makes with the particle after it ("took over" → "take over"),
 * when WordNet has it with a one-word synonym; otherwise undefined, and both words are dropped as before.
 */
function phrasalVerb(token: Token, next: Token | undefined): string | undefined {
  if (!next || !PHRASAL_PARTICLES.has(next.surface) || !(STOP_WORDS.has(token.surface) || STOP_WORDS.has(token.key))) return undefined;
  const phrase = `${lemmatizer.verb(token.surface)} ${next.surface}`;
  return phrasalSynonyms(phrase) ? phrase : undefined;
}

/** The synonyms of the phrasal verb an index term stands for ("take_over" → assume…), or undefined when it is none. */
export function synonymsOfPhrasalTerm(term: string): string[] | undefined {
  return term.includes(PHRASAL_JOINER) ? phrasalSynonyms(term.replace(PHRASAL_JOINER, ' ')) : undefined;
}

/**
 * Prepositions after which "may" can only be the month: "in May", "since May", "by May". The stop
 * list drops the verb "may", and with it the month, so no question about an event in May could match it.
 */
const BEFORE_MONTH: ReadonlySet<string> = new Set(['in', 'since', 'until', 'till', 'by', 'from', 'of', 'before', 'after', 'during']);
/** Words after which "may" is the month unless a verb follows: "early May", "late may 2019", but "what happens next may depend". */
const BEFORE_MONTH_OR_VERB: ReadonlySet<string> = new Set(['early', 'mid', 'late', 'last', 'next', 'through']);
/** A day of the month ("21", "21st") or a year, after which "may" can only be the month: "May 21", "May 2019". */
const DAY_OR_YEAR = /^(?:(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?|(?:1[89]|20)\d\d)$/;

/**
 * Months as news and chat shorten them ("Oct. 7", "jan 2020", "in sept") are the months written out, when a day, a
 * year or a preposition of time stands beside them: "Jun Azumi" and "Jan Hatzius" are people, "SEP" and "APR" other
 * things. Not "mar", which Mar-a-Lago is written with. "may" is its own short form, the month only where the verb
 * cannot be (`monthAt`).
 */
const MONTH_SHORT_FORMS: ReadonlyMap<string, string> = new Map([
  ['jan', 'january'], ['feb', 'february'], ['apr', 'april'], ['jun', 'june'], ['jul', 'july'], ['aug', 'august'],
  ['sep', 'september'], ['sept', 'september'], ['oct', 'october'], ['nov', 'november'], ['dec', 'december'], ['may', 'may'],
]);

/**
 * The month a short form at `i` (or "may") stands for, from the words around it, since case is gone
 * by now; undefined when it is no month there. A day or a year beside it, or a word of time before
 * it, makes it the month; "may" after "early", "next"… only when no verb follows ("what happens next
 * may depend").
 */
function monthAt(tokens: readonly Token[], i: number): string | undefined {
  const month = MONTH_SHORT_FORMS.get(tokens[i]!.surface);
  if (month === undefined) return undefined;
  const before = tokens[i - 1]?.surface;
  const after = tokens[i + 1]?.surface;
  if ((after !== undefined && DAY_OR_YEAR.test(after)) || (month !== 'may' && before !== undefined && DAY_OR_YEAR.test(before))) return month;
  if (before === undefined) return undefined;
  if (BEFORE_MONTH.has(before)) return month;
  if (!BEFORE_MONTH_OR_VERB.has(before)) return undefined;
  return month !== 'may' || after === undefined || !isVerbForm(after) ? month : undefined;
}

export { STOP_WORDS };

/** One word of the input, before stop words are dropped. */
export interface Token {
  /** Lower-cased surface form, e.g. `negotiations`. */
  surface: string;
  /** Lemma and stem, e.g. `negoti`; numbers stay as they are. */
  key: string;
}


const NUMBER = /^\p{N}+(?:[.,]\p{N}+)*$/u;
/** A decade, "1980s": not the year 1980, which a stemmed "1980s" would be, and which a question's "in 1980" or an article's date would then match. */
const DECADE = /^\d{3}0s$/;
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[.,]\p{N}+)*/gu;
/** The months written out, lower case. */
const MONTH_NAMES: ReadonlySet<string> = new Set(MONTHS.toLowerCase().split('|'));
/** Ordinals written in figures are the words: "the 2nd round" is "the second round" that articles write. After a month they are days ("May 1st", `termsOf`). */
const ORDINALS: ReadonlyMap<string, string> = new Map(
  'first second third fourth fifth sixth seventh eighth ninth tenth'.split(' ').map((word, i) => [`${i + 1}${['st', 'nd', 'rd'][i] ?? 'th'}`, word]),
);
/**
 * Cardinals written in words are the figures: news writes "seven trips" and "more than 100 seats", people ask "7 trips"
 * or "over a hundred seats". Not "one", as often a pronoun, nor "two", which "the two countries" writes in nearly every
 * article: as "2" it matched the "2+2" of "the third economic 2+2" at confidence 0.97.
 */
const CARDINALS: ReadonlyMap<string, string> = new Map([
  ...'three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(' ').map((word, i): [string, string] => [word, String(i + 3)]),
  ...'thirty forty fifty sixty seventy eighty ninety'.split(' ').map((word, i): [string, string] => [word, String((i + 3) * 10)]),
  ['hundred', '100'],
  ['thousand', '1000'],
]);
/** The cardinals that key as their figures ("seven", "forty"). */
export const CARDINAL_WORDS: readonly string[] = [...CARDINALS.keys()];
/** Every cardinal written in words, with the two that stay words. */
const NUMBER_WORDS: ReadonlySet<string> = new Set(['one', 'two', ...CARDINALS.keys()]);
const UNITS: ReadonlySet<string> = new Set('one two three four five six seven eight nine'.split(' '));
const TENS: ReadonlySet<string> = new Set('twenty thirty forty fifty sixty seventy eighty ninety'.split(' '));
const MULTIPLIERS: ReadonlySet<string> = new Set(['hundred', 'thousand']);
/**
 * Whether two words make one number: a ten and a unit ("twenty-five"), or a number and a multiplier ("two hundred",
 * "hundred twenty"), a figure's too ("5 thousand", and "5k", which `tokenize` writes so).
 */
function compound(first: string | undefined, second: string | undefined): boolean {
  if (first === undefined || second === undefined) return false;
  return (TENS.has(first) && UNITS.has(second)) || (MULTIPLIERS.has(second) && (NUMBER_WORDS.has(first) || NUMBER.test(first))) || (MULTIPLIERS.has(first) && NUMBER_WORDS.has(second));
}
/**
 * Whether the i-th token is a part of a number written in several words ("two hundred", "twenty-five", "five
 * thousand"), which is not the figure of that part: as "100" and "5" they matched "100 jobs" and "5 engineers" as surely
 * as the number written. Not "one hundred", which is a hundred; nor words that make no one number ("Seven-Eleven",
 * "three, four or five").
 */
function inCompoundNumber(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.surface;
  const surface = tokens[i]!.surface;
  return compound(surface, tokens[i + 1]?.surface) || (compound(before, surface) && !(before === 'one' && MULTIPLIERS.has(surface)));
}
const keyCache = new Map<string, string>();
/** Bounds the cache so that a stream of random input cannot grow it without end. */
const KEY_CACHE_LIMIT = 200_000;

/** Lemma then stem: "led" → "lead", "negotiations" → "negoti". */
export function termKey(surface: string): string {
  const cached = keyCache.get(surface);
  if (cached !== undefined) return cached;
  let key: string;
  if (NUMBER.test(surface)) key = surface.replace(/,(?=\d{3}\b)/g, '');
  else if (ORDINALS.has(surface)) key = termKey(ORDINALS.get(surface)!);
  else if (CARDINALS.has(surface)) key = CARDINALS.get(surface)!;
  else key = wordKey(surface);
  if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
  keyCache.set(surface, key);
  return key;
}

/** The key of a word as a word: lemma then stem, a short word or a decade as written; a British spelling as the American one ("labour" is "labor"). */
function wordKey(surface: string): string {
  return surface.length <= 2 || DECADE.test(surface) ? surface : stemmer(lemmatizer.verb(americanSpelling(surface) ?? surface));
}

/** The short forms of amounts, by what they stand for. */
const AMOUNT_UNITS: Readonly<Record<string, string>> = { bn: 'billion', bln: 'billion', b: 'billion', mn: 'million', mln: 'million', m: 'million', k: 'thousand', tn: 'trillion', trn: 'trillion' };
/**
 * A number with a short unit after it: "200bn", "59b", "1.2 trn"; a one-letter unit only when written
 * on ("5m", not "5 m"). ASCII digits, which NFKC has made of full-width ones: with \p{N} the pattern
 * took a tenth of the analyzer's time.
 */
const AMOUNT_SHORTHAND = /(?<![\p{L}\p{N}.,])(\d+(?:[.,]\d+)*)(?:\s?(bn|bln|mn|mln|tn|trn)|(b|m|k))\b/gu;

/**
 * What an ampersand stands for: nothing in a name of one to three letters on each side ("AT&T", "S&P", "R&D", "P&G", one
 * word each, not "at and t", all stop words, or "s and p"), "and" anywhere else ("Johnson & Johnson"). An HTML "&amp;" is
 * no name. Read from the characters around it, so text without one costs nothing: sentences are analysed on every answer.
 */
function ampersand(text: string, offset: number): string {
  const before = /(?:^|[^\p{L}\p{N}&])\p{L}{1,3}$/u.test(text.slice(Math.max(0, offset - 4), offset));
  const after = /^\p{L}{1,3}(?:$|[^\p{L}\p{N}&;])/u.test(text.slice(offset + 1, offset + 5));
  return before && after ? '' : ' and ';
}

/** Lower-cases and splits text into word and number tokens, folding the forms that mean the same word. */
export function tokenize(text: string): Token[] {
  const folded = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201B\u2032`´]/g, "'")
    // "30%" and "30 percent" are one thing; so are "&" and "and", except inside a short name ("AT&T", `ampersand`).
    .replace(/%/g, ' percent ')
    .replace(/&/g, (_, offset: number, text: string) => ampersand(text, offset))
    // "can't" and "won't" are "can not" and "will not", not "ca" and "wo", which were index terms of their own.
    .replace(/\b(?:(can)'?|(wo)n'?)t\b/g, (_, can: string | undefined) => (can ? 'can not' : 'will not'))
    .replace(/n't\b/g, ' not')
    // "w/o" is "without" and "b/c" "because", as chat writes them; "w/" alone is "with", a stop word.
    .replace(/\bw\/o\b/g, ' without ')
    .replace(/\bb\/c\b/g, ' because ')
    // "Supposed to" and "slated to" say what was planned, as news writes "expected to": "the talks were supposed to
    // start in January" asks what "had been expected to open in January" tells. Not "due to", which also gives a cause.
    .replace(/\b(?:supposed|slated)\s+to\b/g, 'expected to')
    // Chat drops the apostrophe: "havent", "didnt", "wont" are still negations.
    .replace(/\b(is|was|were|are|has|have|had|do|does|did|could|would|should|need)nt\b/g, '$1 not')
    // "the 1980's" is the decade, as "the 1980s" is, not the year 1980 owning something.
    .replace(/\b(\d{3}0)'s\b/g, '$1s')
    .replace(/'(?:s|re|ve|ll|d|m)\b/g, '')
    .replace(/s'(?=\s|$|[^\p{L}])/gu, 's')
    // "$200bn", "550b", "$5m" are how chat writes the amounts articles write as "$200 billion".
    .replace(AMOUNT_SHORTHAND, (_, n: string, long: string | undefined, short: string | undefined) => `${n} ${AMOUNT_UNITS[(long ?? short)!]} `)
    // "5 p.m.", "5 pm", "5pm" are times of day; the "pm" people type is a prime minister (vocabulary.json).
    .replace(/(?<=\d)\s*[ap]\.?m\b\.?/gu, ' ')
    // U.S. → us, U.N. → un: acronyms written with dots.
    .replace(/(?<![\p{L}\p{N}])((?:\p{L}\.){2,})/gu, (m) => `${m.replace(/\./g, '')} `);
  const tokens: Token[] = [];
  for (const match of folded.matchAll(TOKEN)) {
    const surface = match[0];
    tokens.push({ surface, key: termKey(surface) });
  }
  for (let i = 0; i < tokens.length; i++) if (CARDINALS.has(tokens[i]!.surface) && inCompoundNumber(tokens, i)) tokens[i] = { surface: tokens[i]!.surface, key: wordKey(tokens[i]!.surface) };
  return tokens;
}

interface PhraseNode {
  next: Map<string, PhraseNode>;
  concept?: string;
}

function buildPhraseTrie(concepts: { id: string; terms: string[] }[]): { root: PhraseNode; longest: number } {
  const root: PhraseNode = { next: new Map() };
  let longest = 1;
  for (const concept of concepts) {
    for (const term of concept.terms) {
      const keys = tokenize(term).map((t) => t.key);
      if (keys.length === 0) continue;
      longest = Math.max(longest, keys.length);
      let node = root;
      for (const key of keys) {
        let child = node.next.get(key);
        if (!child) {
          child = { next: new Map() };
          node.next.set(key, child);
        }
        node = child;
      }
      node.concept ??= concept.id;
    }
  }
  return { root, longest };
}

/** The vocabulary's phrases as keys, built on first use: keys need the lemmatizer, whose WordNet extract start-up need not read when a saved index is loaded. */
let phrases: ReturnType<typeof buildPhraseTrie> | undefined;
const PHRASES = () => (phrases ??= buildPhraseTrie(vocabulary.concepts));

/** Every concept id of the domain vocabulary. */
export const CONCEPTS: ReadonlySet<string> = new Set(vocabulary.concepts.map((c) => c.id));

/** Concepts that are proper names (countries, pacts). */
export const NAME_CONCEPTS: ReadonlySet<string> = new Set(vocabulary.concepts.filter((c) => 'name' in c && c.name).map((c) => c.id));

/** Whether the vocabulary knows this surface word as part of any alias. */
export function isVocabularyWord(key: string): boolean {
  return PHRASES().root.next.has(key) || CONCEPTS.has(key);
}

/**
 * Turns tokens into index terms: the longest vocabulary phrase at each point becomes its
 * concept id, a phrasal verb of a stop-listed verb one term ("take_over"), stop words are
 * dropped, and every other token becomes its key.
 */
export function termsOf(tokens: Token[]): string[] {
  const terms: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const trie = PHRASES();
    let node: PhraseNode | undefined = trie.root;
    let concept: string | undefined;
    let length = 0;
    for (let j = i; j < tokens.length && j - i < trie.longest; j++) {
      node = node.next.get(tokens[j]!.key);
      if (!node) break;
      if (node.concept) {
        concept = node.concept;
        length = j - i + 1;
      }
    }
    if (concept) {
      terms.push(concept);
      i += length;
      continue;
    }
    const token = tokens[i]!;
    // "took over", "came about": a verb the stop list drops says what is asked with its particle.
    const phrasal = phrasalVerb(token, tokens[i + 1]);
    if (phrasal) {
      terms.push(phrasal.replace(' ', PHRASAL_JOINER));
      i += 2;
      continue;
    }
    // "May 1st", "June 2nd": a day of the month, kept as written, not the word "first".
    if (ORDINALS.has(token.surface) && i > 0 && (MONTH_NAMES.has(tokens[i - 1]!.surface) || monthAt(tokens, i - 1) !== undefined)) {
      terms.push(token.surface);
      i += 1;
      continue;
    }
    const month = monthAt(tokens, i);
    if (month !== undefined) {
      terms.push(termKey(month));
      i += 1;
      continue;
    }
    // A stop word's inflections are stop words too ("doing", "has"), but an adjective is not an inflection: "willing" is not "will".
    if (!STOP_WORDS.has(token.surface) && (!STOP_WORDS.has(token.key) || isLemma(token.surface, 'adj'))) terms.push(token.key);
    i += 1;
  }
  return terms;
}

/** Text → index terms. */
export function analyze(text: string): string[] {
  return termsOf(tokenize(text));
}
