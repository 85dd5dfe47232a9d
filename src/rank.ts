/**
 * Ranks passages for a question and says how sure it is. Confidence is the share of the
 * question's information (IDF-weighted terms) that the best passage covers, so it does not
 * grow with the length of the question the way a raw BM25 score does. A question word the
 * passage says differently (a WordNet synonym or derived form, or an office for the person who
 * holds it) earns part of its weight; words that stand together in the question earn full
 * weight only when they stand in one sentence of the passage.
 */
import { datedByArticle, fromEarlierYear, isYearTerm, monthsOfAnotherYear, namesATime, spansIn, withRelativeYears } from './articleDates.ts';
import { analyze, isVocabularyWord, NAME_CONCEPTS, STOP_WORDS, synonymsOfPhrasalTerm, termsOf, tokenize, type Token } from './analyze.ts';
import { namesAPlace } from './answerTypes.ts';
import { LEADER_TITLES, leadingWord } from './leading.ts';
import { MIN_COMPOUND_PART, splitInTwo } from './compounds.ts';
import { isEnglishWord, lookup, nounSort } from './lexical/wordnet.ts';
import { lemmatizer } from './lexical/morphy.ts';
import { nearestWords } from './lexical/neighbours.ts';
import { sentencesOf, termsOfPassage } from './passageTerms.ts';
import { capitalsOf } from './question.ts';
import { metaText, type SearchIndex } from './searchIndex.ts';
import type { Passage } from './types.ts';
import { LRUCache } from 'lru-cache';
import { COUNT, NON_NEGATIVE, SHARE, type OptionRules } from './options.ts';

/** How many passages the retriever returns for reranking. */
export const DEFAULT_CANDIDATES = 20;
/** A match only in the title or metadata counts this much towards coverage. */
export const META_MATCH_CREDIT = 0.5;
/** A WordNet derivationally related form (bankrupt → bankruptcy) earns this share of the word's weight. */
export const DERIVED_CREDIT = 0.8;
/** A WordNet synonym of the word's most frequent sense (nations → countries) earns this share. */
export const SYNONYM_CREDIT = 0.6;
/**
 * A form derived from one of the word's derived forms, which WordNet relates to the word only through it ("ownership" →
 * owner → "own", "urgently" → urgent → "urge"), earns this share, for a word the articles use: "…will be opened to 100
 * percent foreign ownership" answers "how many sectors go fully foreign-owned". As loose a match as a synonym, so given a
 * synonym's default share, as a constant of its own (the `synonymCredit` option does not move it); 0.4 reaches fewer
 * answers, 0.7 and 0.8 the same.
 */
export const SIBLING_DERIVED_CREDIT = 0.6;
/**
 * Such a form counts only when it opens with the same letters as the word, this many or the shorter word's length: WordNet
 * relates some words by meaning, not form, through a third ("reaction" → psychomotor → "idea", "thousand" → "1000").
 */
export const SIBLING_STEM_LETTERS = 4;
/**
 * A question word no article uses, in no form WordNet relates to its most frequent sense, earns this share of its
 * weight in a passage that writes a word of one of its other senses ("ceiling" → cap, "client" → customer, "rally" →
 * rebound): as a first-sense synonym does. Such a word only softens the word's absence from a passage found by the
 * question's other words; it is not searched for, and the word keeps the weight of a word no article uses, so a
 * passage without it gains nothing (searched for, or weighed as an alternative, it raised out-of-scope answers).
 */
export const OTHER_SENSE_CREDIT = 0.6;
/**
 * A question word no article uses earns this share of its weight in a passage that writes what WordNet says it is a
 * kind of ("bug" → insect, "gadget" → device, "pry" → open; see tools/build-wordnet.ts): a question often names a thing
 * more colourfully than the article that tells of it. As a word of another sense, it is never searched for and the
 * word keeps the weight of a word no article uses. Less than a synonym's share: an insect need not be a bug (at 0.7 an
 * out-of-scope question was answered, h18q038; 0.5 and 0.6 answer the same questions, 0.5 further from that one).
 */
export const HYPERNYM_CREDIT = 0.5;
/**
 * A question word no article uses, in no form WordNet relates to its most frequent sense, earns this share of its
 * weight in a passage that writes one of the words nearest to it by word vectors ("envoy" → ambassador, "theater" →
 * cinema, "willing" → agree; see lexical/neighbours.ts): a paraphrase WordNet has no path for. As a word of another
 * sense, it is never searched for and the word keeps the weight of a word no article uses: vectors also put together
 * things of one kind ("consumption" and "growth") that a question does not mean, and searched for they lost more
 * answers than they gained. Only for a common word (`vectorCandidate`), and never to a name or a number. 0.4 and 0.5
 * answer the same questions; 0.3 one fewer.
 */
export const VECTOR_CREDIT = 0.4;
/**
 * A question verb the articles use earns this share of its weight in a passage that tells its event in a kindred verb
 * WordNet gives ("did the shares move?" answered by "shares climbed"; see `verbKin` and `verbKinds`), as a hypernym
 * does for a word no article uses. Such a verb is never searched for: it only credits passages the question's own
 * words find (searched for, it reshuffled rankings and lost 2 of 4 changed items; 0.3 and 0.4 gain one item fewer).
 */
export const VERB_KIN_CREDIT = 0.5;
/** The holder of an office the question names (finance minister → Aso) earns this share for the title's words. */
export const ROLE_CREDIT = 0.8;
/**
 * An acronym the articles only spell out ("usw" for the United Steelworkers, see acronyms.ts) is
 * matched by the rarest word of the name at this share of its weight: the name's other words are not
 * checked, and one word of a name is weaker evidence than the name (credit 1 lost a dialogue).
 */
export const ACRONYM_CREDIT = 0.8;
/**
 * A question word the corpus never uses but WordNet knows ("supposed", "besides") weighs this share
 * of the largest rarity: a paraphrase is weaker evidence that the articles don't answer a question
 * than a name, a place or a thing they never mention ("Biden", "Kyoto", "sushi"), which keeps the full weight.
 */
export const UNKNOWN_ENGLISH_WORD_FACTOR = 0.5;
/** Two words adjacent in the question that the passage has only in different sentences lose this share of the lesser weight. */
export const PROXIMITY_PENALTY = 0.5;
/**
 * A passage keeps this share of its coverage when the question asks what happened in a year
 * ("when did trump sign the order … in 2025?") and the passage, from an article dated before that
 * year, does not write it: an article cannot report what happened after it was written.
 */
export const EARLIER_ARTICLE_FACTOR = 0.5;
/**
 * Candidates are found with the question's rarest terms, scoring at most about this many postings
 * (passages per term, summed); commoner terms then count only towards coverage. Scoring a term
 * found in half an archive costs far more than it tells, and small corpora never reach the cap.
 */
export const DEFAULT_MAX_SCORED_POSTINGS = 5_000;
/** How strongly coverage reorders the retriever's scores: score × coverage^exponent. */
export const DEFAULT_COVERAGE_EXPONENT = 1;

export interface RankOptions {
  /** Default `DEFAULT_CANDIDATES`. */
  candidates?: number;
  /** Default `DERIVED_CREDIT`. */
  derivedCredit?: number;
  /** Default `SYNONYM_CREDIT`. */
  synonymCredit?: number;
  /** Default `OTHER_SENSE_CREDIT`. */
  otherSenseCredit?: number;
  /** Default `HYPERNYM_CREDIT`. */
  hypernymCredit?: number;
  /** Default `VECTOR_CREDIT`. */
  vectorCredit?: number;
  /** Default `VERB_KIN_CREDIT`. */
  verbKinCredit?: number;
  /** Default `ROLE_CREDIT`. */
  roleCredit?: number;
  /** Default `ACRONYM_CREDIT`. */
  acronymCredit?: number;
  /** Default `UNKNOWN_ENGLISH_WORD_FACTOR`. */
  unknownEnglishWordFactor?: number;
  /** Default `PROXIMITY_PENALTY`. */
  proximityPenalty?: number;
  /** Default `EARLIER_ARTICLE_FACTOR`. */
  earlierArticleFactor?: number;
  /** Default `DEFAULT_COVERAGE_EXPONENT`. */
  coverageExponent?: number;
  /** Default `DEFAULT_MAX_SCORED_POSTINGS`. */
  maxScoredPostings?: number;
}

/** What each `RankOptions` option may hold. */
export const RANK_OPTION_RULES: OptionRules = {
  candidates: COUNT,
  derivedCredit: SHARE,
  synonymCredit: SHARE,
  otherSenseCredit: SHARE,
  hypernymCredit: SHARE,
  vectorCredit: SHARE,
  verbKinCredit: SHARE,
  roleCredit: SHARE,
  acronymCredit: SHARE,
  unknownEnglishWordFactor: SHARE,
  proximityPenalty: SHARE,
  earlierArticleFactor: SHARE,
  coverageExponent: NON_NEGATIVE,
  maxScoredPostings: COUNT,
};

/** Another index term that stands for a question term, and the share of its weight a match earns. */
export interface Alternative {
  term: string;
  credit: number;
  /** A word of another sense, a hypernym or a vector neighbour of a word no article uses (`OTHER_SENSE_CREDIT`, `HYPERNYM_CREDIT`, `VECTOR_CREDIT`), or a kindred verb of one they use (`VERB_KIN_CREDIT`): credited in a passage, never searched for, and never what makes the word known. */
  otherSense?: boolean;
}

export interface QueryTerm {
  term: string;
  /** Inverse document frequency in the passage texts; unknown terms get the largest. */
  weight: number;
  /** The corpus has the term or one of its alternatives. */
  known: boolean;
  alternatives: readonly Alternative[];
  /** Order of the term among the question's terms, for proximity. */
  position: number;
  /** A name the articles use, or a number of three digits or more ("China", "Mobara", "2018"): what the question is specifically about. */
  name: boolean;
  /** A country, region or pact: one of the vocabulary's names, or a word WordNet files as a location ("Germany", "Brussels"). */
  place?: boolean;
  /** Read from part of a word the question wrote as one ("air" of "airbags"): the share of that word it stands for. */
  share?: number;
  /** The months of a season or part of a year written before a year ("summer" of "summer 2019"; 0 is the December before). */
  span?: readonly number[];
}

export interface AnalyzedQuery {
  terms: QueryTerm[];
  /** Misspelt words and what they were read as. */
  corrections: { from: string; to: string }[];
  /** The question asks what happened, not what was planned (`QuestionIntent.past`). */
  past?: boolean;
}

export interface RankedPassage {
  passage: Passage;
  score: number;
  /** Retriever score before reranking. */
  retrieverScore: number;
  /** Share of the query's weight this passage matches, 0..1. */
  coverage: number;
  matched: string[];
}

/**
 * A term at least this rare (IDF) says something specific: "Pence" or "currency", not "Japan" or
 * "trade" in a corpus about Japanese trade. Follow-ups and the name check use it.
 */
export const SPECIFIC_TERM_WEIGHT = 1;

/** Whether a question term is rare enough to tell one question from another. */
export function isSpecific(term: QueryTerm): boolean {
  return term.weight >= SPECIFIC_TERM_WEIGHT;
}

/** BM25's inverse document frequency (always positive). */
export function idf(documentCount: number, df: number): number {
  return Math.log(1 + (documentCount - df + 0.5) / (df + 0.5));
}

const NUMBER = /^\p{N}/u;
/** WordNet sorts of concrete things, places and names: what a question is about, not how it is worded. */
export const CONCRETE_SORTS: ReadonlySet<string> = new Set(['person', 'location', 'group', 'artifact', 'substance', 'food', 'plant', 'animal', 'object', 'body']);

/** WordNet's derived forms and synonyms of a question word that the corpus uses, best credit first. */
/** Question words whose alternatives are kept per index: the same words come back question after question. */
export const ALTERNATIVES_CACHE_SIZE = 5000;
const alternativesCache = new WeakMap<SearchIndex, LRUCache<string, readonly Alternative[]>>();

function lexicalAlternatives(index: SearchIndex, token: Token, options: RankOptions): Alternative[] {
  // Only the default credits are cached; calibration runs with others.
  const cacheable = options.derivedCredit === undefined && options.synonymCredit === undefined && options.otherSenseCredit === undefined && options.hypernymCredit === undefined && options.vectorCredit === undefined && options.verbKinCredit === undefined;
  let cache = alternativesCache.get(index);
  if (!cache) alternativesCache.set(index, (cache = new LRUCache({ max: ALTERNATIVES_CACHE_SIZE })));
  const cached = cacheable ? cache.get(token.surface) : undefined;
  if (cached) return [...cached];
  const found = findAlternatives(index, token, options);
  if (cacheable) cache.set(token.surface, found);
  return [...found];
}

/**
 * Verbs that tell the same fact from the other side, which WordNet does not relate: "who owns Tokyo Disneyland?" is
 * answered by "the park belongs to Oriental Land", "who lent them the money?" by "they borrowed it from…". Offered as
 * synonyms. Not "buy" and "sell": every deal article writes both, and each then found the other's sentences (measured:
 * one right answer lost, h9q007).
 */
const CONVERSE_VERBS: Readonly<Record<string, readonly string[]>> = { own: ['belong'], belong: ['own'], lend: ['borrow'], borrow: ['lend'] };

/**
 * Whether two words open with the same letters, up to `SIBLING_STEM_LETTERS` or the shorter word's length: a form of the
 * same stem ("ownership", "own"; "urgently", "urge"), not a word WordNet relates by meaning alone ("psychomotor" → "idea",
 * "thousandth" → "1000").
 */
function sameStem(a: string, b: string): boolean {
  const n = Math.min(SIBLING_STEM_LETTERS, a.length, b.length);
  return a.slice(0, n).toLowerCase() === b.slice(0, n).toLowerCase();
}

function findAlternatives(index: SearchIndex, token: Token, options: RankOptions): Alternative[] {
  if (NUMBER.test(token.surface) || STOP_WORDS.has(token.surface) || isVocabularyWord(token.key)) return [];
  // A word the articles use as a name means the name, not the dictionary's word: "August" is no "grand", "Mar-a-Lago" no "impair". A place keeps its adjective.
  const sort = nounSort(token.surface);
  if (index.names.has(token.key) && sort !== 'location') return [];
  const offered: Offer[] = [];
  // A sibling form only stands beside a word the articles use: for one they never use, its alternatives are all its evidence
  // and set its weight, and a looser link drifts ("sign" → signify → "significant").
  const usedByArticles = index.retriever.documentFrequency(token.key) > 0;
  for (const entry of lookup(token.surface)) {
    for (const word of entry.derived) offered.push({ word, credit: options.derivedCredit ?? DERIVED_CREDIT, derived: true });
    // "ownership" → owner → "own": a form derived from the same word, though WordNet links the two only through it.
    if (usedByArticles) for (const word of entry.derived) for (const e of lookup(word)) for (const w of e.derived) if (w !== entry.lemma && sameStem(token.surface, w)) offered.push({ word: w, credit: SIBLING_DERIVED_CREDIT, derived: true });
    for (const word of entry.synonyms) offered.push({ word, credit: options.synonymCredit ?? SYNONYM_CREDIT, derived: false });
  }
  for (const word of CONVERSE_VERBS[lemmatizer.verb(token.surface)] ?? []) offered.push({ word, credit: options.synonymCredit ?? SYNONYM_CREDIT, derived: false });
  // A place's derived form is its adjective, itself a name: "Canadian" for Canada, "Australian" for Australia.
  const found = inCorpus(index, token.key, offered, sort === 'location');
  if (usedByArticles) {
    // "move" → climb for any word WordNet knows as a verb; what it is a kind of only for a word that is no noun: a noun's
    // verb sense is seldom what the question means ("steel" → prepare, "deal" → transaction).
    const kin = lookup(token.surface).flatMap((entry) => [...entry.verbKin, ...(sort === '' ? entry.verbKinds : [])]);
    const offers = kin.map((word) => ({ word, credit: options.verbKinCredit ?? VERB_KIN_CREDIT, derived: false }));
    const extra = inCorpus(index, token.key, offers, false).filter((a) => !found.some((f) => f.term === a.term));
    return [...found, ...extra.map((a) => ({ ...a, otherSense: true }))];
  }
  if (found.length > 0) return found;
  // "Ceiling" is "cap" in another sense, a "gadget" a device: asked of a word the articles never use in its first sense's forms.
  const others = lookup(token.surface).flatMap((entry) => [
    ...entry.otherSenses.map((word) => ({ word, credit: options.otherSenseCredit ?? OTHER_SENSE_CREDIT, derived: false })),
    ...entry.hypernyms.map((word) => ({ word, credit: options.hypernymCredit ?? HYPERNYM_CREDIT, derived: false })),
  ]);
  const otherFound = inCorpus(index, token.key, others, false);
  // "Envoy" is "ambassador" by word vectors, where WordNet has no path between them.
  const near = vectorCandidate(token.surface, sort) ? nearestWords(token.surface).map((word) => ({ word, credit: options.vectorCredit ?? VECTOR_CREDIT, derived: false })) : [];
  const vectorFound = inCorpus(index, token.key, near, false).filter((a) => !NUMBER.test(a.term) && !otherFound.some((o) => o.term === a.term));
  return [...otherFound, ...vectorFound].map((a) => ({ ...a, otherSense: true }));
}

/**
 * Whether a question word may be read by its vector neighbours: a common English word. WordNet must know it (not a name
 * it lacks, "biden"), and not as a place or a time: vectors rate places alike (Germany and Japan, 0.63; "toyota", a
 * city to WordNet, is near "automaker"), and times ("evening" is near "morning", "spring" near "summer"), and another
 * place or time is another fact. A neighbour the articles use as a name is never offered (`inCorpus`).
 */
function vectorCandidate(surface: string, sort: string): boolean {
  return /^\p{Ll}+(?:-\p{Ll}+)*$/u.test(surface) && sort !== 'location' && sort !== 'time' && isEnglishWord(surface);
}

/** A phrasal verb's WordNet synonyms that the corpus uses ("take_over" → assume). */
function phrasalAlternatives(index: SearchIndex, term: string, options: RankOptions): Alternative[] {
  const offered = (synonymsOfPhrasalTerm(term) ?? []).map((word) => ({ word, credit: options.synonymCredit ?? SYNONYM_CREDIT, derived: false }));
  return inCorpus(index, term, offered, false);
}

/** A WordNet word offered to stand for a question term, with the share of its weight it would earn. */
interface Offer {
  word: string;
  credit: number;
  derived: boolean;
}

/** The offered words the corpus uses, as index terms, each at its best credit, best first. */
function inCorpus(index: SearchIndex, own: string, offered: readonly Offer[], isPlace: boolean): Alternative[] {
  const found = new Map<string, number>();
  for (const { word, credit, derived } of offered) {
    const keys = analyze(word);
    if (keys.length !== 1) continue;
    const key = keys[0]!;
    // A synonym never stands for a name: "best" may mean "trump" the verb, never Trump. Only a place's adjective may.
    if (key === own || index.retriever.documentFrequency(key) === 0 || (index.names.has(key) && !(derived && isPlace))) continue;
    if ((found.get(key) ?? 0) < credit) found.set(key, credit);
  }
  return [...found].map(([term, credit]) => ({ term, credit })).sort((a, b) => b.credit - a.credit);
}

/** How much a question word the corpus never uses counts against an answer: names and things fully, other English words less. */
function unknownWordFactor(surface: string, options: RankOptions): number {
  if (!isEnglishWord(surface) || CONCRETE_SORTS.has(nounSort(surface))) return 1;
  return options.unknownEnglishWordFactor ?? UNKNOWN_ENGLISH_WORD_FACTOR;
}

/** "insiderstories" → insider stories, "workinglevel" → working level: a word the corpus lacks, written as two it has. */
function splitCompound(index: SearchIndex, surface: string): Token[] | undefined {
  if (surface.length < 2 * MIN_COMPOUND_PART + 1) return undefined;
  const isPart = (part: string) => {
    const tokens = tokenize(part);
    return tokens.length === 1 && !STOP_WORDS.has(tokens[0]!.surface) && index.retriever.documentFrequency(tokens[0]!.key) > 0;
  };
  const parts = splitInTwo(surface, isPart);
  return parts && parts.flatMap((part) => tokenize(part));
}

/** The previous token and this one written as one word, when the corpus or the vocabulary has that word. */
function joinedWithPrevious(index: SearchIndex, previous: Token | undefined, token: Token): Token | undefined {
  if (!previous || STOP_WORDS.has(previous.surface) || !/^\p{L}+$/u.test(previous.surface + token.surface)) return undefined;
  const [joined] = tokenize(previous.surface + token.surface);
  if (!joined || STOP_WORDS.has(joined.surface)) return undefined;
  return index.retriever.documentFrequency(joined.key) > 0 || isVocabularyWord(joined.key) ? joined : undefined;
}

/** Letters joined by an ampersand ("h&f", "P&G"): an acronym however it is cased, as the tokenizer reads it, without the ampersand. */
const AMPERSAND_ACRONYM = /(?<![\p{L}\p{N}&])\p{L}{1,3}&\p{L}{1,3}(?![\p{L}\p{N}&])/gu;

/**
 * Words the question writes as acronyms: in capitals ("IRA", "GM"), as the user writes them, though WordNet knows them
 * as words (none when the question shouts, "WHAT IS THE IRA"), and letters joined by an ampersand, which no word is
 * ("h&f", though WordNet knows "hf" as hafnium).
 */
function writtenInCapitals(text: string): ReadonlySet<string> {
  const { words, shouted } = capitalsOf(text);
  const joined = [...text.matchAll(AMPERSAND_ACRONYM)].map((m) => m[0].replace('&', '').toLowerCase());
  return new Set([...(shouted ? [] : words), ...joined]);
}

/**
 * The name the articles spell out for a question word they never use, when it is the name's acronym
 * ("usw" → united steelworkers, "sf" → san francisco): a word of letters that is no English word and
 * no typo of an article's word, or that the question writes in capitals ("IRA", "GM", which WordNet
 * knows as words).
 */
function acronymPhrase(index: SearchIndex, token: Token, capitals: () => ReadonlySet<string>): string | undefined {
  if (!/^\p{L}+$/u.test(token.surface)) return undefined;
  // The table first: it is a map lookup, and correcting a word searches the lexicon, which the caller does anyway when this gives nothing.
  const phrase = index.acronyms.phrase(token.surface);
  if (phrase === undefined) return undefined;
  // Written in lower case, a word one edit from an article's word is a typo ("lasy week") before it is an acronym.
  if (!capitals().has(token.surface) && (isEnglishWord(token.surface) || index.lexicon.correct(token.surface) !== undefined)) return undefined;
  return phrase;
}

/** The term of a phrase that the fewest passages hold, the last among equals (a name's head comes last): "steelwork" of "united steelworkers". */
function rarestTerm(index: SearchIndex, phrase: string): string | undefined {
  let rarest: { term: string; df: number } | undefined;
  for (const term of analyze(phrase)) {
    const df = index.retriever.documentFrequency(term);
    if (df > 0 && (!rarest || df <= rarest.df)) rarest = { term, df };
  }
  return rarest?.term;
}

const datedCache = new WeakMap<SearchIndex, Map<string, number>>();
/** How many passages belong to articles dated in a year. */
function passagesDatedIn(index: SearchIndex, year: string): number {
  let byYear = datedCache.get(index);
  if (!byYear) {
    byYear = new Map();
    for (const p of index.passages.values()) {
      const y = index.articles.get(p.articleId)?.date.slice(0, 4);
      if (y) byYear.set(y, (byYear.get(y) ?? 0) + 1);
    }
    datedCache.set(index, byYear);
  }
  return byYear.get(year) ?? 0;
}

/** Analyzes a question against the index: corrects unknown words, weights each term by rarity, finds its alternatives. */
export function analyzeQuery(index: SearchIndex, text: string, ignore: ReadonlySet<string> = new Set(), options: RankOptions = {}): AnalyzedQuery {
  const { retriever, lexicon } = index;
  const corrections: { from: string; to: string }[] = [];
  const tokens: Token[] = [];
  // Read only for a word the articles never use, which may be an acronym.
  let capitalised: ReadonlySet<string> | undefined;
  const capitals = () => (capitalised ??= writtenInCapitals(text));
  const acronymAlternatives = new Map<string, Alternative[]>();
  /** The tokens read from a word written as two ("airbags" → air, bag), with the number of parts: the question wrote one word. */
  const splitParts = new Map<Token, number>();
  for (const token of tokenize(text)) {
    if (STOP_WORDS.has(token.surface) || retriever.documentFrequency(token.key) > 0 || isVocabularyWord(token.key)) {
      tokens.push(token);
      continue;
    }
    // "law makers" for "lawmakers": a word the corpus lacks that, joined to the one before, is a word it has.
    const joined = joinedWithPrevious(index, tokens[tokens.length - 1], token);
    if (joined) {
      tokens[tokens.length - 1] = joined;
      continue;
    }
    // "usw" for the United Steelworkers: an acronym the articles only spell out is matched by the name's rarest word.
    const phrase = acronymPhrase(index, token, capitals);
    const rarest = phrase === undefined ? undefined : rarestTerm(index, phrase);
    if (rarest !== undefined) {
      acronymAlternatives.set(token.key, [{ term: rarest, credit: options.acronymCredit ?? ACRONYM_CREDIT }]);
      tokens.push(token);
      continue;
    }
    // "callbacks" is a word of its own whose synonym the articles use ("recall"), not "call" and "back".
    const parts = isEnglishWord(token.surface) && lexicalAlternatives(index, token, options).some((a) => !a.otherSense) ? undefined : splitCompound(index, token.surface);
    if (parts) {
      tokens.push(...parts);
      for (const part of parts) splitParts.set(part, parts.length);
      continue;
    }
    const corrected = lexicon.correct(token.surface);
    if (!corrected) {
      tokens.push(token);
      continue;
    }
    corrections.push({ from: token.surface, to: corrected });
    tokens.push(tokenize(corrected)[0] ?? token);
  }
  const byKey = new Map(tokens.map((t) => [t.key, t]));
  // Each term's share of a word the question wrote: a part of one word counts as its share of it, a word written on its
  // own ("air" in "airbags and air cargo") or twice as a part fully.
  const written = new Map<string, number>();
  for (const t of tokens) written.set(t.key, Math.min(1, (written.get(t.key) ?? 0) + 1 / (splitParts.get(t) ?? 1)));
  const n = Math.max(1, retriever.size);
  const keys = [...new Set(termsOf(tokens))].filter((t) => !ignore.has(t));
  const holders = index.roles.holders(new Set(keys));
  const leading = leadingVerbTerms(text);
  const spans = spansIn(text);
  const terms: QueryTerm[] = keys.map((term, position) => {
    const token = byKey.get(term);
    const span = spans.get(term);
    // A year no passage writes is still known when articles are dated in it: their passages report that year.
    const df = retriever.documentFrequency(term) || (isYearTerm(term) ? passagesDatedIn(index, term) : 0);
    // Read from the word as written: the stem ("germani") is no WordNet lemma.
    const place = NAME_CONCEPTS.has(term) || (token !== undefined && nounSort(token.surface) === 'location');
    // A word written in capitals that no article uses ("TAG") is an acronym, not the dictionary's word ("label"). A word
    // the articles use, or a place, is itself, emphasised ("AGREE", "CANADA"): it keeps its synonyms and its adjective ("Canadian").
    const acronym = token !== undefined && df === 0 && !place && capitals().has(token.surface);
    // "spring 2017" is a time, not a leap: a season has no synonyms. Nor has an acronym.
    const alternatives = acronymAlternatives.get(term) ?? (span || acronym ? [] : token ? lexicalAlternatives(index, token, options) : phrasalAlternatives(index, term, options));
    // "Who runs Mazda?" asks for its head: the articles write "Mazda President Masamichi Kogai".
    if (leading.has(term)) for (const t of leaderTitles(index)) if (!alternatives.some((a) => a.term === t)) alternatives.push({ term: t, credit: options.synonymCredit ?? SYNONYM_CREDIT });
    for (const r of holders) {
      if (r.title.includes(term) && r.person !== term && !alternatives.some((a) => a.term === r.person)) {
        alternatives.push({ term: r.person, credit: options.roleCredit ?? ROLE_CREDIT });
      }
    }
    // A word of another sense does not make the word known: it stays as heavy as a word no article uses.
    const firstSense = alternatives.filter((a) => !a.otherSense);
    const alternativeDf = Math.max(0, ...firstSense.map((a) => retriever.documentFrequency(a.term)));
    const known = df > 0 || firstSense.length > 0;
    // A phrasal verb no passage uses is an English word, as "supposed" is.
    // An acronym no article uses ("TAG") is a name they never mention, not a paraphrase: it weighs fully.
    const factor = known || acronym ? 1 : token !== undefined ? unknownWordFactor(token.surface, options) : synonymsOfPhrasalTerm(term) ? (options.unknownEnglishWordFactor ?? UNKNOWN_ENGLISH_WORD_FACTOR) : 1;
    // A place no article mentions ("malaysia", "the uk") is named as the articles' places are, and missed as they are;
    // not a common noun WordNet files as a location ("see", "middle"), which the lexicon of place names lacks.
    const name = NAME_CONCEPTS.has(term) || index.names.has(term) || (acronym && !known) || /^\p{N}{3,}/u.test(term) || (place && !known && token !== undefined && namesAPlace(token.surface));
    // The parts of a compound share the weight of the one word the question wrote.
    const share = written.get(term) ?? 1;
    return { term, weight: idf(n, df > 0 ? df : alternativeDf) * factor * share, known, alternatives, position, name, place, ...(span ? { span } : {}), ...(share < 1 ? { share } : {}) };
  });
  return { terms, corrections };
}

const leaderTitleCache = new WeakMap<SearchIndex, readonly string[]>();

/** The index terms of a "who runs X?" question's word of leading, if X is a body (a company, a union, a committee), not an activity. */
function leadingVerbTerms(text: string): ReadonlySet<string> {
  const word = leadingWord(text);
  return word === undefined ? new Set() : new Set(analyze(word));
}

/** The leader titles the corpus uses, as index terms. */
function leaderTitles(index: SearchIndex): readonly string[] {
  let titles = leaderTitleCache.get(index);
  if (!titles) leaderTitleCache.set(index, (titles = LEADER_TITLES.flatMap((w) => analyze(w)).filter((t) => index.retriever.documentFrequency(t) > 0)));
  return titles;
}

/** The share of a question term's weight that a set of index terms earns: 1 for the term, less for an alternative. */
export function termCredit(term: QueryTerm, terms: ReadonlySet<string>): number {
  if (terms.has(term.term)) return 1;
  let best = 0;
  for (const a of term.alternatives) if (a.credit > best && terms.has(a.term)) best = a.credit;
  return best;
}

const metaCache = new WeakMap<object, Map<string, ReadonlySet<string>>>();
/** Terms of an article's title and metadata, per section; cached per index. */
function metaTerms(index: SearchIndex, passage: Passage): ReadonlySet<string> {
  let perIndex = metaCache.get(index);
  if (!perIndex) metaCache.set(index, (perIndex = new Map<string, ReadonlySet<string>>()));
  const key = `${passage.articleId}\u0000${passage.section ?? ''}`;
  let terms = perIndex.get(key);
  if (!terms) {
    const article = index.articles.get(passage.articleId);
    terms = new Set(article ? [...analyze(article.title), ...analyze(metaText(article, passage.section))] : []);
    perIndex.set(key, terms);
  }
  return terms;
}

const NO_TERMS: ReadonlySet<string> = new Set();

/** The passage's terms with the years it names as "last year" or "next year" that the question asks about (see articleDates.ts). */
function termsWithYears(index: SearchIndex, query: AnalyzedQuery, passage: Passage, terms: ReadonlySet<string>, text = passage.text): ReadonlySet<string> {
  if (!namesATime(query.terms)) return terms;
  return withRelativeYears(terms, query.terms, text, index.articles.get(passage.articleId)?.date);
}

/** The question's years and months that the passage's article date gives and its text does not write (see articleDates.ts). */
function datedTerms(index: SearchIndex, query: AnalyzedQuery, passage: Passage, terms: ReadonlySet<string>): ReadonlySet<string> {
  if (!namesATime(query.terms)) return NO_TERMS;
  const article = index.articles.get(passage.articleId);
  return article ? datedByArticle(query.terms, article.date, terms) : NO_TERMS;
}

/** The question's months that the passage writes of another year than the question asks (see articleDates.ts). */
function otherTimes(index: SearchIndex, query: AnalyzedQuery, passage: Passage, terms: ReadonlySet<string>): ReadonlySet<string> {
  if (!namesATime(query.terms)) return NO_TERMS;
  const article = index.articles.get(passage.articleId);
  return article ? monthsOfAnotherYear(query.terms, article.date, terms) : NO_TERMS;
}

/** Which of the searched terms a passage holds, as the retriever found them: saves reading the passage again. */
export interface FoundTerms {
  inText: ReadonlySet<string>;
  /** In any field: text, title or metadata. */
  anywhere: ReadonlySet<string>;
}

/**
 * The share of the query a passage covers, 0..1, and the question terms it matches in its text.
 * `found` gives the terms the retriever matched, when every term was searched; otherwise the
 * passage's own text is read. `proximity` checks that adjacent question words share a sentence.
 */
export function coverageOf(
  index: SearchIndex,
  query: AnalyzedQuery,
  passage: Passage,
  options: RankOptions = {},
  found?: FoundTerms,
  proximity = true,
): { coverage: number; matched: string[] } {
  const proximityPenalty = options.proximityPenalty ?? PROXIMITY_PENALTY;
  // "Last year" in a 2018 article is 2017, as if written.
  const text = termsWithYears(index, query, passage, found?.inText ?? termsOfPassage(passage));
  const meta = found?.anywhere ?? metaTerms(index, passage);
  const dated = datedTerms(index, query, passage, text);
  const otherTime = otherTimes(index, query, passage, text);
  // A year or month the article's date gives is left out of the question's weight for this passage.
  const total = query.terms.reduce((sum, t) => sum + (dated.has(t.term) ? 0 : t.weight), 0);
  if (total <= 0) return { coverage: 0, matched: [] };
  const credit = new Map<QueryTerm, number>();
  let covered = 0;
  for (const t of query.terms) {
    if (dated.has(t.term)) continue;
    // "April" of another year than the question's is not the April asked about.
    if (otherTime.has(t.term)) continue;
    const inText = termCredit(t, text);
    const c = inText > 0 ? inText : META_MATCH_CREDIT * termCredit(t, meta);
    if (inText > 0) credit.set(t, inText);
    covered += c * t.weight;
  }
  // Words that stand together in the question ("trade deficit", "agriculture minister") must stand together in the passage.
  if (proximity) {
    // Each sentence's terms, with the years it names as "last year", read once for all the pairs.
    let sentences: ReadonlySet<string>[] | undefined;
    for (let i = 1; i < query.terms.length; i++) {
      const a = query.terms[i - 1]!;
      const b = query.terms[i]!;
      if (b.position !== a.position + 1 || !credit.has(a) || !credit.has(b)) continue;
      sentences ??= sentencesOf(passage).map((s) => termsWithYears(index, query, passage, s.terms, s.text));
      const together = sentences.some((terms) => termCredit(a, terms) > 0 && termCredit(b, terms) > 0);
      if (!together) covered -= proximityPenalty * Math.min(a.weight, b.weight);
    }
  }
  // What happened in 2025 is not in a 2018 article that never writes 2025.
  const article = query.past === true && namesATime(query.terms) ? index.articles.get(passage.articleId) : undefined;
  const earlier = article !== undefined && fromEarlierYear(query.terms, article.date, text) ? (options.earlierArticleFactor ?? EARLIER_ARTICLE_FACTOR) : 1;
  return { coverage: Math.max(0, Math.min(1, (earlier * covered) / total)), matched: [...credit.keys()].map((t) => t.term) };
}

/** Proximity, which reads a passage's sentences, is checked for this many of the best candidates. */
export const PROXIMITY_CANDIDATES = 5;

/** Passages for the query, best first, with their coverage of it. */
export function rankPassages(index: SearchIndex, query: AnalyzedQuery, options: RankOptions = {}): RankedPassage[] {
  const candidates = options.candidates ?? DEFAULT_CANDIDATES;
  const exponent = options.coverageExponent ?? DEFAULT_COVERAGE_EXPONENT;
  const boost = new Map<string, number>();
  for (const t of query.terms) {
    if (!t.known) continue;
    const share = t.share ?? 1;
    if (index.retriever.documentFrequency(t.term) > 0) boost.set(t.term, share);
    for (const a of t.alternatives) if (!a.otherSense && (boost.get(a.term) ?? 0) < a.credit * share) boost.set(a.term, a.credit * share);
  }
  if (boost.size === 0) return [];
  const searched = retrievalTerms(index, [...boost.keys()], options.maxScoredPostings ?? DEFAULT_MAX_SCORED_POSTINGS);
  if (searched.length === 0) return [];
  // When every term was searched, the retriever already knows which each passage holds; otherwise each candidate is read.
  const everyTermSearched = searched.length === boost.size;
  const hits = index.retriever.search({ terms: searched, weights: boost, limit: candidates });
  const byScore = (a: RankedPassage, b: RankedPassage) => b.score - a.score || a.passage.id.localeCompare(b.passage.id);
  const ranked: RankedPassage[] = [];
  for (const hit of hits) {
    const passage = index.passages.get(hit.id);
    if (!passage) continue;
    const found = everyTermSearched ? { inText: new Set(hit.matchedInText), anywhere: new Set(hit.matched) } : undefined;
    const { coverage, matched } = coverageOf(index, query, passage, options, found, false);
    ranked.push({ passage, retrieverScore: hit.score, coverage, score: hit.score * coverage ** exponent, matched });
  }
  ranked.sort(byScore);
  for (const r of ranked.slice(0, PROXIMITY_CANDIDATES)) {
    const { coverage, matched } = coverageOf(index, query, r.passage, options);
    Object.assign(r, { coverage, matched, score: r.retrieverScore * coverage ** exponent });
  }
  return ranked.sort(byScore);
}

/**
 * The rarest terms within the postings budget. When even the rarest term is over the budget,
 * nothing is searched: a question made only of words found in that many passages has nothing
 * specific to find an answer by, and scoring them would cost more than any answer is worth.
 * Commoner terms still count towards coverage, read from each candidate's own text.
 */
export function retrievalTerms(index: SearchIndex, terms: readonly string[], maxPostings: number): string[] {
  const byRarity = terms.map((term) => ({ term, df: index.retriever.documentFrequency(term) })).sort((a, b) => a.df - b.df);
  const searched: string[] = [];
  let postings = 0;
  for (const { term, df } of byRarity) {
    if (postings + df > maxPostings) break;
    searched.push(term);
    postings += df;
  }
  return searched;
}
