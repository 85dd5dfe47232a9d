/**
 * British spellings read as American ones, so "labour", "organised", "defence", "centre" and "programme" in a question
 * or an article match "labor", "organized", "defense", "center" and "program" in the other. A spelling pattern only
 * proposes the other form; WordNet decides: the two must be synonyms or related forms there, so "four" is never "for",
 * nor "tour" a "tor".
 */
import { lemmatizer } from './morphy.ts';
import { lookup } from './wordnet.ts';

/** British endings and their American forms: -our/-or, -ise/-ize, -yse/-yze, -tre/-ter, -ence/-ense, -ogue/-og, -ium/-um, -mme/-m, -llery/-lry. */
const BRITISH_ENDINGS: readonly (readonly [RegExp, string])[] = [
  [/our(s|ed|ing|ite|ites|able)?$/, 'or$1'],
  [/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/tre(s)?$/, 'ter$1'],
  [/ence(s)?$/, 'ense$1'],
  [/ogue(s)?$/, 'og$1'],
  [/ium$/, 'um'],
  [/mme(s)?$/, 'm$1'],
  [/llery$/, 'lry'],
];

/** The American spelling of a lower-case word written the British way ("labour" → "labor"), or undefined. */
export function americanSpelling(word: string): string | undefined {
  for (const [ending, american] of BRITISH_ENDINGS) {
    if (!ending.test(word)) continue;
    const candidate = word.replace(ending, american);
    const related = new Set(lookup(word).flatMap((e) => [e.lemma, ...e.synonyms, ...e.derived]));
    const bases = [candidate, lemmatizer.noun(candidate), lemmatizer.verb(candidate), lemmatizer.adjective(candidate)];
    if (bases.some((b) => related.has(b))) return candidate;
  }
  return undefined;
}
