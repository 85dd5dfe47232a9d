/**
 * The time a question puts its event at ("how many vehicles did toyota sell in october 2025?", "where did
 * mca stock close on monday?") against the time a quoted sentence puts its own event at ("the 1.4 trillion
 * yen Toyota projected in August", "to close at $77.75 … on Friday"). A sentence that says its event took
 * place in another month or on another day of the week, and never names the one asked, tells of another
 * event than the one asked about, however well it matches the rest of the question.
 *
 * Only the times a preposition of time puts an event at are read ("in August", "on Friday", "during
 * May"): a month beside a figure it is compared with ("up from a year earlier", "since June 1998") does
 * not say when the sentence's event took place. A time the question gives after "after", "before",
 * "since" or "until" says when something else happened ("the next round after the talks in aug 2018"),
 * not when its own event did, so it is not read. Years are not compared: a sentence about the time asked
 * often dates a figure or a past event it recalls by its year ("stood at $783.3 billion in 2023", "in
 * September 1999"), and comparing them cost right answers. Nor is a month of an article written in that
 * month: the article reports that month's events, and another month it names is their background ("the
 * 24 percent rate he announced in April" in a July article about the July deal).
 */
import { MONTHS, MONTH_SHORT_FORMS, monthNumber, WEEKDAYS } from './months.ts';

/** The times compared, and the year an asked month is of (read only to tell whether an article was written then). */
type TimeKind = 'month' | 'weekday' | 'year';

/** Months (as their numbers, "1"–"12"), weekdays (lower case) and years, by kind. */
export type TimesByKind = ReadonlyMap<TimeKind, ReadonlySet<string>>;

/** "early", "mid", "late" before a month: "in mid-July", "in late Sept." */
const PART = String.raw`(?:(?:early|mid|late)[\s-]+)?`;
const YEAR = String.raw`(?:1[89]|20)\d\d`;
const MONTH_WORD = String.raw`(?:${MONTHS}|${MONTH_SHORT_FORMS})`;
/** Words that open a time of something else than the question's own event. */
const OTHER_EVENT = /\b(?:after|before|since|until|till|prior to|ahead of|as of|following)\b/i;

/**
 * A preposition of time, then a month (with its day or year), a weekday or a year: "in October 2025", "On Saturday", "on Aug. 7".
 * A month's dot may end it ("in Mar."), where no word boundary follows.
 */
const TIME_PHRASE = String.raw`\b(?:[Ii]n|[Oo]n|[Dd]uring)\s+(?:the\s+)?${PART}(?:(${MONTH_WORD})\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?(?:\s+(${YEAR}))?|(${WEEKDAYS})s?|(${YEAR}))(?:\b|(?<=\.))`;

/** A month's number, as a string, however it is written ("Sept." and "september" are "9"). */
const monthKey = (word: string): string => String(monthNumber(word));

/** The patterns, compiled once: they are read for every sentence an answer weighs. `matchAll` copies a pattern, so none shares its position. */
const QUESTION_TIMES = new RegExp(TIME_PHRASE, 'gi');
const SENTENCE_TIMES = new RegExp(TIME_PHRASE, 'g');
const MONTH_NAMED = new RegExp(String.raw`\b(${MONTH_WORD})\b`, 'g');
const WEEKDAY_NAMED = new RegExp(String.raw`\b(${WEEKDAYS})s?\b`, 'g');

function add(times: Map<TimeKind, Set<string>>, kind: TimeKind, value: string): void {
  const set = times.get(kind) ?? new Set<string>();
  set.add(value);
  times.set(kind, set);
}

/**
 * The times `text` puts an event at, by kind. A question is read whatever its case, as people type it;
 * a sentence as news writes it, so that "may" the verb and "Mar-a-Lago" are no months.
 */
function timesIn(text: string, question: boolean): Map<TimeKind, Set<string>> {
  const times = new Map<TimeKind, Set<string>>();
  for (const m of text.matchAll(question ? QUESTION_TIMES : SENTENCE_TIMES)) {
    const [whole, month, monthYear, weekday, year] = m;
    if (month !== undefined) {
      // "may" and "mar" are months in a question only beside a day or a year ("in may 2025"); "Mar." is one in news.
      if (question && /^ma[yr]$/i.test(month) && !/\d/.test(whole)) continue;
      if (!question && month === 'Mar' && !whole.includes('.')) continue;
      add(times, 'month', monthKey(month));
      if (monthYear !== undefined) add(times, 'year', monthYear);
    } else if (weekday !== undefined) add(times, 'weekday', weekday.toLowerCase());
    else if (year !== undefined) add(times, 'year', year);
  }
  return times;
}

/** The times a question puts its own event at, by kind: not those after "after", "before", "since"… */
export function askedTimes(question: string): TimesByKind {
  const cut = question.search(OTHER_EVENT);
  return timesIn(cut < 0 ? question : question.slice(0, cut), true);
}

/** Every month and weekday a sentence names, whatever the preposition. */
function namedTimes(sentence: string): Map<TimeKind, Set<string>> {
  const times = new Map<TimeKind, Set<string>>();
  for (const m of sentence.matchAll(MONTH_NAMED)) add(times, 'month', monthKey(m[1]!));
  for (const m of sentence.matchAll(WEEKDAY_NAMED)) add(times, 'weekday', m[1]!.toLowerCase());
  return times;
}

/** Whether an article dated `articleDate` (ISO) was written in a month the question asks about, of the year asked if any. */
function writtenIn(asked: TimesByKind, articleDate: string): boolean {
  const years = asked.get('year');
  return (asked.get('month')?.has(String(Number(articleDate.slice(5, 7)))) ?? false) && (years === undefined || years.has(articleDate.slice(0, 4)));
}

/**
 * Whether `sentence`, of an article dated `articleDate` (ISO), puts its event in another month or on another
 * weekday than the question asks (`askedTimes`: "in August" for "in october 2025", "On Saturday" for "on
 * the sunday") and names none of the asked ones of that kind anywhere.
 */
export function atAnotherTime(asked: TimesByKind, sentence: string, articleDate?: string): boolean {
  if (!asked.has('month') && !asked.has('weekday')) return false;
  const told = timesIn(sentence, false);
  const named = namedTimes(sentence);
  for (const kind of ['month', 'weekday'] as const) {
    const values = asked.get(kind);
    const at = told.get(kind);
    if (!values || !at) continue;
    if (kind === 'month' && articleDate !== undefined && writtenIn(asked, articleDate)) continue;
    if ([...values].some((v) => named.get(kind)?.has(v))) continue;
    return true;
  }
  return false;
}
