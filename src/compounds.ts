/**
 * Words written as one that are two: "insiderstories" (insider stories) in a question, "Steelworkers"
 * (steel workers) in a name whose acronym is USW. One splitter, so both read a compound alike.
 */

/** Parts of a compound shorter than this are not split off: too many short words are in any corpus. */
export const MIN_COMPOUND_PART = 3;
/** Longer words are not split: no two English words make one so long, and trying every cut costs the length squared. */
export const MAX_COMPOUND_LENGTH = 40;

/**
 * The two parts of a word of letters that `isPart` accepts, each at least `MIN_COMPOUND_PART` long,
 * the split with the longest shorter part first ("steelworkers" is steel + workers, not steelwork + ers);
 * undefined when there is none.
 */
export function splitInTwo(word: string, isPart: (part: string) => boolean): [string, string] | undefined {
  if (word.length < 2 * MIN_COMPOUND_PART || word.length > MAX_COMPOUND_LENGTH || !/^\p{L}+$/u.test(word)) return undefined;
  let best: [string, string] | undefined;
  let bestShorter = 0;
  for (let i = MIN_COMPOUND_PART; i <= word.length - MIN_COMPOUND_PART; i++) {
    const shorter = Math.min(i, word.length - i);
    if (shorter <= bestShorter) continue;
    const parts: [string, string] = [word.slice(0, i), word.slice(i)];
    if (isPart(parts[0]) && isPart(parts[1])) [best, bestShorter] = [parts, shorter];
  }
  return best;
}
