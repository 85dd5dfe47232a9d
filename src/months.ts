/**
 * The months and weekdays as news writes them, for the patterns that read dates in articles and
 * questions: one list, so a date the answer types read is one the dateline and sentence readers read too.
 */

/** The months written out and capitalised ("May" the month, not the verb), as a pattern's alternation. */
export const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** Their short forms ("Jan.", "Sept."), as a pattern's alternation; "May" is its own. */
export const MONTH_SHORT_FORMS = String.raw`Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec`;
/** The days of the week written out and capitalised, as a pattern's alternation. */
export const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

/** Each month's names, lower case, in order: the written-out name and its short forms ("sept" and "sep"). */
export const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept', 'sep'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(MONTH_NAMES.flatMap((names, i) => names.map((name) => [name, i + 1] as const)));

/** A month's number (1–12) from a name or short form as written ("Sept.", "october"), or undefined. */
export function monthNumber(word: string): number | undefined {
  return MONTH_BY_NAME.get(word.toLowerCase().replace(/\.$/, ''));
}
