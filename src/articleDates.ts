/**
 * A question's year or month that an article's own date gives. News rarely writes the year of its
 * own events ("on Sept. 25", "last month"), while people asking about them often do ("what did
 * Trump say in May 2019?"). Such a word, when the passage does not write it but its article's date
 * gives it, is not held against the passage: it counts neither for it nor against it. A passage
 * that names another year ("in 2018") speaks of that year, so the article's date does not stand in.
 * A season or a part of a year written before a year ("spring 2017", "the fall of 2018", "early
 * 2019") is a span of months, given by an article dated within it or just after.
 */
import { analyze, termKey } from './analyze.ts';
import { MONTH_NAMES } from './months.ts';

/** A month's events are reported for about this many months after (a June meeting in a July article). */
export const MONTH_REPORTING_LAG = 1;

const YEAR_TERM = /^(?:1[89]|20)\d\d$/;

/**
 * Spans of months that a word names when a year follows it (northern seasons, as the articles'
 * places have them): "fall" alone is a verb, "fall 2018" a season. Winter takes the December before.
 */
const SPAN_NAMES: readonly [string, readonly number[]][] = [
  ['spring', [3, 4, 5]],
  ['summer', [6, 7, 8]],
  ['autumn', [9, 10, 11]],
  ['fall', [9, 10, 11]],
  ['winter', [0, 1, 2]],
  ['early', [1, 2, 3, 4]],
  ['mid', [5, 6, 7, 8]],
  ['late', [9, 10, 11, 12]],
];

let spanOfTerm: ReadonlyMap<string, readonly number[]> | undefined;
/** Months (0 is the December before) by index term of a span's name. */
function spanTerms(): ReadonlyMap<string, readonly number[]> {
  spanOfTerm ??= new Map(SPAN_NAMES.flatMap(([name, months]) => analyze(name).map((term) => [term, months] as const)));
  return spanOfTerm;
}

/** A span's name right before a year, as written: "summer 2019", "the fall of 2018", "mid-2019"; not "fall in 2019", where "fall" is a verb. */
const SPAN_BEFORE_YEAR = new RegExp(String.raw`\b(${SPAN_NAMES.map(([name]) => name).join('|')})(?:\s+of(?:\s+the)?)?[\s-]+(?:1[89]|20)\d\d\b`, 'gi');

/**
 * The seasons and parts of a year a question names before a year, by index term, each with its
 * months. Read from the text, since "fall in 2019" and "fall 2019" are the same terms once "in" is dropped.
 */
export function spansIn(text: string): Map<string, readonly number[]> {
  const spans = new Map<string, readonly number[]>();
  for (const m of text.matchAll(SPAN_BEFORE_YEAR)) {
    const [term] = analyze(m[1]!);
    const months = term === undefined ? undefined : spanTerms().get(term);
    if (months) spans.set(term!, months);
  }
  return spans;
}

/** A question term as the date checks read it: a span ("summer" of "summer 2019") carries its months. */
export interface TimeTerm {
  term: string;
  span?: readonly number[];
}

let monthOfTerm: ReadonlyMap<string, number> | undefined;
/** Month number (1–12) by index term, as the analyzer writes month names ("july" → its stem). */
function monthTerms(): ReadonlyMap<string, number> {
  monthOfTerm ??= new Map(MONTH_NAMES.flatMap((names, i) => names.map((name) => [termKey(name), i + 1] as const)));
  return monthOfTerm;
}

/** Whether an index term is a four-digit year. */
export function isYearTerm(term: string): boolean {
  return YEAR_TERM.test(term);
}

/** Whether an index term is a month's name ("oct", "july" as the analyzer writes them). */
export function isMonthTerm(term: string): boolean {
  return monthTerms().has(term);
}

/** Whether any of the question's terms is a year or a month: only then is an article's date read. */
export function namesATime(terms: readonly { term: string }[]): boolean {
  const months = monthTerms();
  return terms.some((t) => isYearTerm(t.term) || months.has(t.term));
}

/** A year at least this long before its article's is a past the passage compares with, not the time it speaks of. */
export const HISTORY_YEARS = 10;

/**
 * The question terms (years and months) that an article dated `articleDate` (ISO) gives for a
 * passage whose own terms are `passageTerms`, and that the passage does not write itself.
 */
export function datedByArticle(terms: readonly TimeTerm[], articleDate: string, passageTerms: ReadonlySet<string>): Set<string> {
  const dated = new Set<string>();
  const year = Number(articleDate.slice(0, 4));
  const month = Number(articleDate.slice(5, 7));
  if (!Number.isInteger(year) || !Number.isInteger(month)) return dated;
  const askedYear = terms.find((t) => isYearTerm(t.term));
  // A year long before the article's ("its worst rout since 1987", "the 3,836 points it shed on Oct. 20, 1987") is history
  // the passage measures its news against, not the time it reports.
  const speaksOfAnotherYear = [...passageTerms].some((w) => isYearTerm(w) && w !== askedYear?.term && Number(w) > year - HISTORY_YEARS);
  const months = monthTerms();
  if (speaksOfAnotherYear) return dated;
  // "in June" of the article's year, or of the year the question names; reported then or a little later.
  const monthGiven = (m: number): boolean => {
    const lag = year * 12 + month - ((askedYear ? Number(askedYear.term) : year) * 12 + m);
    return lag >= 0 && lag <= MONTH_REPORTING_LAG;
  };
  // A month asked is given by its own number; a span ("summer 2019") by any of its months.
  const askedTimes = terms.flatMap((t) => {
    const asked = months.has(t.term) ? [months.get(t.term)!] : t.span;
    return asked ? [{ term: t.term, months: asked, span: t.span !== undefined }] : [];
  });
  for (const t of askedTimes) if (!passageTerms.has(t.term) && t.months.some(monthGiven)) dated.add(t.term);
  // "July 2019" is one time: a May 2019 article cannot give it, though it gives 2019; so is "summer 2019".
  const monthHeld = askedTimes.length === 0 || askedTimes.some((t) => passageTerms.has(t.term) || dated.has(t.term));
  // A span the date gives gives its year, though "winter 2019" may be written in December 2018.
  const spanHeld = askedTimes.some((t) => t.span && dated.has(t.term));
  if (askedYear && !passageTerms.has(askedYear.term) && ((Number(askedYear.term) === year && monthHeld) || spanHeld)) dated.add(askedYear.term);
  return dated;
}

/**
 * The question's months that the passage writes but, by its article's date, in another year than
 * the question asks: "in April 2017" is not the "April 26" of an April 2019 article. A month after
 * the article's may be of the year before ("last December" in January), one before it of the year
 * after ("next January" in December). Empty when the question names no year, or the passage does.
 */
export function monthsOfAnotherYear(terms: readonly { term: string }[], articleDate: string, passageTerms: ReadonlySet<string>): Set<string> {
  const other = new Set<string>();
  const askedYear = terms.find((t) => isYearTerm(t.term));
  const year = Number(articleDate.slice(0, 4));
  const month = Number(articleDate.slice(5, 7));
  if (!askedYear || !Number.isInteger(year) || !Number.isInteger(month) || [...passageTerms].some(isYearTerm)) return other;
  const asked = Number(askedYear.term);
  const months = monthTerms();
  for (const t of terms) {
    const m = months.get(t.term);
    if (m === undefined || !passageTerms.has(t.term)) continue;
    const years = [year, ...(m > month ? [year - 1] : []), ...(m < month ? [year + 1] : [])];
    if (!years.includes(asked)) other.add(t.term);
  }
  return other;
}

/**
 * Whether a passage that does not write the year the question asks about comes from an article
 * dated before that year: it cannot report what happened then, though it may tell of plans for it
 * (so only questions about what happened are held to this, see `QuestionIntent.past`).
 */
export function fromEarlierYear(terms: readonly { term: string }[], articleDate: string, passageTerms: ReadonlySet<string>): boolean {
  const askedYear = terms.find((t) => isYearTerm(t.term));
  if (!askedYear || passageTerms.has(askedYear.term)) return false;
  const year = Number(articleDate.slice(0, 4));
  return Number.isInteger(year) && year < Number(askedYear.term);
}

/**
 * The question's time terms (its year, and the month or span written with it) when the time it
 * asks about begins after `articleDate` (ISO): "may 1 2025" after an article of 19 April 2025,
 * "in 2018" after one of October 2017. Such an article cannot report what happened then; it can
 * only tell of plans for it. Empty when the question names no year or a time the article reaches.
 */
export function askedAfter(terms: readonly TimeTerm[], articleDate: string): string[] {
  const askedYear = terms.find((t) => isYearTerm(t.term));
  const year = Number(articleDate.slice(0, 4));
  const month = Number(articleDate.slice(5, 7));
  if (!askedYear || !Number.isInteger(year) || !Number.isInteger(month)) return [];
  const asked = Number(askedYear.term);
  if (asked > year) return [askedYear.term];
  if (asked < year) return [];
  const months = monthTerms();
  const first = terms.flatMap((t) => {
    const m = months.has(t.term) ? [months.get(t.term)!] : t.span;
    return m ? [{ term: t.term, start: Math.min(...m) }] : [];
  })[0];
  return first !== undefined && first.start > month ? [askedYear.term, first.term] : [];
}

/** "last year", "this year", "next year": news dates events by the year it is written in. Not "over the last year", a span of twelve months. */
const RELATIVE_YEAR = /(?<!\bthe\s)\b(last|this|next)\s+year\b(?!\s+and\b)/gi;

/**
 * The years a text names as "last year", "this year" or "next year", as index terms, for an article
 * dated `articleDate` (ISO): "the 4.7 million vehicles Japan exported last year" in a September 2018
 * article speaks of 2017, which a question asks by its number.
 */
export function relativeYears(text: string, articleDate: string): string[] {
  const year = Number(articleDate.slice(0, 4));
  if (!Number.isInteger(year)) return [];
  const years = new Set<string>();
  for (const m of text.matchAll(RELATIVE_YEAR)) {
    const word = m[1]!.toLowerCase();
    years.add(String(year + (word === 'last' ? -1 : word === 'next' ? 1 : 0)));
  }
  return [...years];
}

/** The terms with the years a text names relatively, when the question asks about one of them; the same set otherwise. */
export function withRelativeYears(terms: ReadonlySet<string>, asked: readonly { term: string }[], text: string, articleDate: string | undefined): ReadonlySet<string> {
  if (articleDate === undefined) return terms;
  const askedYears = asked.filter((t) => isYearTerm(t.term) && !terms.has(t.term));
  if (askedYears.length === 0) return terms;
  const given = relativeYears(text, articleDate).filter((y) => askedYears.some((t) => t.term === y));
  return given.length === 0 ? terms : new Set([...terms, ...given]);
}
