/**
 * Lemmas the way WordNet's own `morphy` finds them: an irregular form is looked up in WordNet's
 * exception lists (men → man, went → go, better → good); otherwise the detachment rules of its
 * part of speech are tried in WordNet's order, and the first candidate that is a lemma of that part
 * of speech in the extract wins. A word none of this changes is its own lemma ("news", "bus",
 * names). Replaces wink-lemmatizer, whose word lists cost tens of MB and hundreds of ms to load,
 * with the WordNet extract the core reads anyway.
 */
import { exceptionBases, isLemma, type PartOfSpeech } from './extract.ts';

/** WordNet's detachment rules, [suffix, replacement], in the order morphy tries them. Adverbs have none. */
export const DETACHMENT_RULES: Readonly<Record<PartOfSpeech, readonly (readonly [string, string])[]>> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  adv: [],
};

/** Nouns this short are left alone, as morphy does ("us", "os"). */
const SHORTEST_NOUN_TO_DETACH = 3;

/** The lemma of `word` as a `pos`, or `word` itself when WordNet knows no other. Expects lower case. */
export function lemmatize(word: string, pos: PartOfSpeech): string {
  const bases = exceptionBases(word, pos);
  if (bases) return bases[0]!;
  // morphy leaves "-ss" nouns alone: "business" and "glass" are not plurals.
  if (pos === 'noun' && (word.length < SHORTEST_NOUN_TO_DETACH || word.endsWith('ss'))) return word;
  for (const [suffix, replacement] of DETACHMENT_RULES[pos]) {
    if (!word.endsWith(suffix)) continue;
    const candidate = word.slice(0, word.length - suffix.length) + replacement;
    if (candidate !== word && isLemma(candidate, pos)) return candidate;
  }
  return word;
}

/** The calls the core makes, one per part of speech it lemmatises as. */
export const lemmatizer = {
  noun: (word: string): string => lemmatize(word, 'noun'),
  verb: (word: string): string => lemmatize(word, 'verb'),
  adjective: (word: string): string => lemmatize(word, 'adj'),
};
