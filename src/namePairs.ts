/**
 * Bilateral pairs of names: "US-Japan", "EU–Japan", "Japan-U.S.". Trade news is about pairs of
 * countries, and "the US-Japan trade agreement" is not "the EU-Japan Economic Partnership
 * Agreement", though both name Japan and an agreement, and the US weighs almost nothing in a corpus
 * about it. Quotes that name a rival pair sharing one side with the pair asked about, and never
 * that pair, answer about another relation.
 */
import { analyze, NAME_CONCEPTS } from './analyze.ts';

/**
 * Two words joined by a hyphen or an en dash; a word may hold full stops ("U.S."). Each side is at
 * most 30 characters and starts a word, so a long run of letters is scanned once, not once per start.
 */
const PAIR = /(?<![\p{L}.])(\p{L}[\p{L}.]{0,30})[-–](\p{L}[\p{L}.]{0,30})/gu;

/** The pairs of the vocabulary's names (countries, unions, pacts) a text joins by a hyphen, each as its two concepts in order. */
export function namePairs(text: string): Set<string> {
  const pairs = new Set<string>();
  for (const m of text.matchAll(PAIR)) {
    const [a, b] = [analyze(m[1]!), analyze(m[2]!)];
    if (a.length !== 1 || b.length !== 1 || a[0] === b[0] || !NAME_CONCEPTS.has(a[0]!) || !NAME_CONCEPTS.has(b[0]!)) continue;
    pairs.add([a[0]!, b[0]!].sort().join('-'));
  }
  return pairs;
}

/** The pairs the question names that the quoted text never names, while it names another pair with one of their sides; each as its two concepts. */
export function rivalledPairs(question: string, quoted: string): [string, string][] {
  const asked = namePairs(question);
  if (asked.size === 0) return [];
  const found = namePairs(quoted);
  const rivalled: [string, string][] = [];
  for (const pair of asked) {
    if (found.has(pair)) continue;
    const sides = pair.split('-') as [string, string];
    if ([...found].some((other) => other.split('-').some((side) => sides.includes(side)))) rivalled.push(sides);
  }
  return rivalled;
}
