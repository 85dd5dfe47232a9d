/**
 * What sort of answer a question asks for, and which sentences hold one. Questions are typed by
 * their question word and, for "which/what X", by the sort of thing X names in WordNet (a minister
 * is a person, a port a location, a month a time). Sentences are typed with the compromise NLP
 * library's tagger (people, places, organisations, dates, values), so "who" is answered by a
 * sentence that names someone and "how many" by one that gives a number. Questions are not tagged:
 * at a millisecond each, tagging was half the time of an answer.
 */
import nlp from 'compromise';
import { LRUCache } from 'lru-cache';
import { nounSort } from './lexical/wordnet.ts';
import { STOP_WORDS } from './stopWords.ts';

/** `reason` is asked by "why": a sentence that gives a cause or a purpose holds one. */
export type AnswerType = 'person' | 'date' | 'place' | 'quantity' | 'reason';

/** Words that ask for an amount whatever noun follows ("how many holes", "what share"). */
const QUANTITY_QUESTION = /\bhow (?:many|much|big|large|long|far|old|high|low|bad|small)\b|\bwhat (?:percent(?:age)?|share|proportion|portion|number|amount|figure|total|size|price|rate|level)\b|\bby how\b/;
const DATE_QUESTION = /\bwhen\b|\bwhens\b|\bhow (?:soon|long ago)\b|\bwhat time\b/;
const PERSON_QUESTION = /\bwho(?:m|se|'s|’s|s)?\b/;
const PLACE_QUESTION = /\bwhere(?:'s|’s|s)?\b/;
const REASON_QUESTION = /\bwhy\b|\bhow come\b|\bwhat for\b|\bfor what reason\b/;
/** Words English uses to give a cause or a purpose. */
const REASON_CUES = /\b(?:because|since|due to|owing to|as a result|result of|in order to|so that|so as to|for fear|aimed at|in a bid to|in an effort to|to (?:give|help|allow|ensure|avoid|protect|boost|reduce|cut|win|gain|secure|open|curb|prevent|keep|head off)|reasons?|motivated|driven by|given that|amid|after|worried|concerned|fears?)\b/i;
/** WordNet noun sorts and the answer they ask for after "which" or "what". */
const SORT_TYPES: Readonly<Record<string, AnswerType>> = { person: 'person', time: 'date', location: 'place', quantity: 'quantity' };

/** The answer type a question asks for, or undefined for why/how/what-about questions, which any sentence may answer. */
export function questionType(question: string): AnswerType | undefined {
  const q = question.toLowerCase().replace(/[’]/g, "'");
  if (QUANTITY_QUESTION.test(q)) return 'quantity';
  if (DATE_QUESTION.test(q)) return 'date';
  if (PERSON_QUESTION.test(q)) return 'person';
  if (PLACE_QUESTION.test(q)) return 'place';
  if (REASON_QUESTION.test(q)) return 'reason';
  // "which japanese warship did…": the head is the last noun of the words after the question word,
  // up to the first function word or inflected verb ("did", "cleared"): WordNet says which words are nouns.
  let head = '';
  for (const word of /\b(?:which|what)\s+((?:[a-z'-]+\s*){1,5})/.exec(q)?.[1]?.split(/\s+/) ?? []) {
    const w = word.replace(/'s$/, '');
    if (!w || STOP_WORDS.has(w) || INFLECTED_VERB.test(w)) break;
    if (nounSort(w)) head = w;
  }
  return SORT_TYPES[nounSort(head)];
}

/** A verb form that ends a noun phrase: "cleared", "playing". */
const INFLECTED_VERB = /(?:ed|ing)$/;

const YEAR = /\b(?:1[89]|20)\d\d\b/;
const NUMBER = /\d/;
/** A number written out as a count ("sixteen holes", "two billion"), not as part of a compound ("four-day visit"). */
const NUMBER_WORD = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half|quarter)\b(?![-‑])/i;
const NAME_INSIDE = /\s\p{Lu}\p{Ll}+/u;

/** Sentences whose types are kept: tagging costs about a millisecond a sentence, and the same passages come back. */
export const SENTENCE_TYPE_CACHE_SIZE = 5000;
const typeCache = new LRUCache<string, ReadonlySet<AnswerType>>({ max: SENTENCE_TYPE_CACHE_SIZE });

/** The answer types a sentence holds. */
export function sentenceTypes(sentence: string): ReadonlySet<AnswerType> {
  const cached = typeCache.get(sentence);
  if (cached) return cached;
  const types = new Set<AnswerType>();
  typeCache.set(sentence, types);
  const doc = nlp(sentence);
  // compromise misses many non-Western names, so any capitalised word after the first also counts as a name.
  if (doc.people().found || doc.organizations().found || NAME_INSIDE.test(sentence)) types.add('person');
  if (YEAR.test(sentence) || doc.match('#Date').found) types.add('date');
  if (doc.places().found) types.add('place');
  if (NUMBER.test(sentence) || NUMBER_WORD.test(sentence) || doc.match('#Money').found || doc.match('#Percent').found) types.add('quantity');
  if (REASON_CUES.test(sentence)) types.add('reason');
  return types;
}
