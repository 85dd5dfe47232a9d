/**
 * What the core knows of English words beyond the corpus, from WordNet 3.1: synonyms, derivationally
 * related forms, what a word is a kind of, and what sort of thing a noun names, read from the compact extract (extract.ts).
 */
import { entryText, isLemma } from './extract.ts';
import { lemmatizer } from './morphy.ts';

/** WordNet's lexicographer file names for nouns ("person", "location", "time", "quantity", "group"…). */
export type NounSort = string;

export interface WordNetEntry {
  lemma: string;
  /** The sort of thing the lemma's most frequent noun sense names, or '' when it is not a noun. */
  sort: NounSort;
  /** Other words of its most frequent senses. */
  synonyms: readonly string[];
  /** Derivationally related forms (bankrupt ↔ bankruptcy, complain → complaint). */
  derived: readonly string[];
  /** Words of its less frequent senses ("ceiling" → cap), for a lemma of few senses; see tools/build-wordnet.ts. */
  otherSenses: readonly string[];
  /** What its most frequent senses are kinds of ("gadget" → device, "bug" → insect): a general word for the thing. */
  hypernyms: readonly string[];
  /** Verbs its most frequent verb sense is grouped with, refers to or entails ("move" → climb): the event told otherwise. */
  verbKin: readonly string[];
  /** Verbs its most frequent verb sense is directly a kind of ("endorse" → approve). */
  verbKinds: readonly string[];
}

const list = (s: string | undefined): string[] => (s ? s.split(',') : []);

function entryOf(lemma: string): WordNetEntry | undefined {
  const text = entryText(lemma);
  if (text === undefined) return undefined;
  const [sort = '', synonyms, derived, otherSenses, hypernyms, verbKin, verbKinds] = text.split('|');
  return { lemma, sort, synonyms: list(synonyms), derived: list(derived), otherSenses: list(otherSenses), hypernyms: list(hypernyms), verbKin: list(verbKin), verbKinds: list(verbKinds) };
}

/** The entries for a word as written and for its base forms ("countries" → country, "led" → lead). */
export function lookup(word: string): WordNetEntry[] {
  const w = word.toLowerCase();
  const forms = new Set([w, lemmatizer.noun(w), lemmatizer.verb(w), lemmatizer.adjective(w)]);
  return [...forms].map(entryOf).filter((e): e is WordNetEntry => e !== undefined);
}

/** Whether WordNet knows the word, in any inflected form: used to tell English words from typos. */
export function isEnglishWord(word: string): boolean {
  return lookup(word).length > 0;
}

/** Whether a word is a form of a verb WordNet knows ("signed", "leads", "sit"), whatever else it may also be. */
export function isVerbForm(word: string): boolean {
  return isLemma(lemmatizer.verb(word.toLowerCase()), 'verb');
}

/** Whether a word is a verb's form other than its base ("tanking", "tanked", "makes"), as morphy finds one. */
export function isInflectedVerb(word: string): boolean {
  return lemmatizer.verb(word) !== word && isVerbForm(word);
}

/** The sort of thing a noun names, from its most frequent sense ("minister" → person, "port" → location). */
export function nounSort(word: string): NounSort {
  // Only noun forms: "mulling" is a verb form, though "mull" is also a noun (a headland).
  const w = word.toLowerCase();
  for (const form of new Set([w, lemmatizer.noun(w)])) {
    const sort = isLemma(form, 'noun') ? entryOf(form)?.sort : undefined;
    if (sort) return sort;
  }
  return '';
}
