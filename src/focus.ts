/**
 * A question's focus: the head noun of the phrase it asks with, the thing it asks about: "score"
 * in "whats trump's golf score vs abe", "batteries" in "how many aegis ashore batteries did japan
 * agree to buy", "countermeasures" in "what countermeasures did japan notify". Quotes that hold
 * the question's subject but neither this noun nor a WordNet form of it are about the right thing
 * and do not give what was asked (answer.ts, `MISSING_FOCUS_FACTOR`).
 *
 * Read with English grammar and WordNet's parts of speech, not a tagger, so a question is read in
 * microseconds. A noun that only names the sort of answer ("which minister", "what year", "what
 * share") is no focus: the answer type checks it. But a plural of people is ("which banks", "which
 * steelmakers", which WordNet files as people): any name would pass for a person, and the quote
 * must say they are banks; not a plural that names anyone at all ("which officials", "which guys"),
 * which a quote answers with names and their own titles. Nor is a noun that says only "some sort of"
 * ("what types of vehicles"). The verb a question word is the object or subject of ("what did
 * matsuyama shoot", "who replaced seko") was measured as a focus too and not kept: verbs are
 * paraphrased more often ("offer" answered by "was prepared to"), see docs/quality.md.
 */
import { headNoun, withoutPunctuation, interrogativePart, isAmountNoun, isSortNoun, namesAnyone, pastCopulaAndDeterminers } from './answerTypes.ts';
import { lemmatizer } from './lexical/morphy.ts';
import { nounSort } from './lexical/wordnet.ts';

const COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were']);
/** Nouns that say only "some sort of": "what types of vehicles", "how much farm stuff". */
const GENERIC_NOUNS: ReadonlySet<string> = new Set('type types kind kinds sort sorts stuff thing things lot lots part parts way ways'.split(' '));
/** A present participle: "what's the budget paying for" asks what it pays for, not which budget. */
const PRESENT_PARTICIPLE = /^[a-z]{2,}ing$/;
/** Words that open another clause, whose verbs are not the question's: "…once the deal is phased in". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set('that once when while after before since because if so now where who which as is was are were'.split(' '));

/**
 * The subject of "when/where/who is the X": the thing a question asks a date, a place or a person of ("when is the next
 * olympics", "where is the summit"). Only its being unknown to every article is read (answer.ts, `UNKNOWN_FOCUS_FACTOR`).
 */
export function copulaSubject(question: string): string | undefined {
  const q = withoutPunctuation(interrogativePart(question));
  const m = /\b(?:when|where|who)(?:'s|\s+(?:is|was|are|were|will\s+be))\s+(.*)$/.exec(q);
  if (!m) return undefined;
  const head = headNoun(pastCopulaAndDeterminers(m[1]!.split(/\s+/).filter(Boolean)));
  if (!head || isAmountNoun(head) || isSortNoun(head) || GENERIC_NOUNS.has(head)) return undefined;
  return head;
}

/** The focus noun of a question as written (lower case), or undefined when it asks with none. */
export function questionFocus(question: string): string | undefined {
  const q = withoutPunctuation(interrogativePart(question));
  const m = /\b(which|what|how many|how much)\b('s)?\s+(.*)$/.exec(q);
  if (!m) return undefined;
  const words = m[3]!.split(/\s+/).filter(Boolean);
  const afterCopula = m[2] !== undefined || COPULAS.has(words[0] ?? '');
  const phrase = pastCopulaAndDeterminers(words);
  const head = headNoun(phrase);
  if (!head || isAmountNoun(head) || (isSortNoun(head) && !(nounSort(head) === 'person' && lemmatizer.noun(head) !== head && !namesAnyone(head))) || GENERIC_NOUNS.has(head)) return undefined;
  // "what is the budget request for 2018 paying for": the noun phrase is the subject of the verb, and "what" its object.
  if (afterCopula && m[1] === 'what') {
    for (const w of phrase.slice(phrase.findIndex((p) => p.replace(/'s$/, '') === head) + 1)) {
      if (CLAUSE_OPENERS.has(w)) break;
      if (PRESENT_PARTICIPLE.test(w)) return undefined;
    }
  }
  return head;
}
