/**
 * A question about what is still to come ("when will MHI finish liquidating the unit?", "by when does biden have to
 * rule?", "when does lixil expect to close the purchase?") is answered by a date after the report, or a deadline: a
 * date its article already tells as past ("in 2006", "last year", "in May" in a June article, "said on Friday") is the
 * date of something else that happened, not of what is to come. Read against the article's own date with English
 * grammar only: years, months, weekdays and words of relative time, and the tense of the question.
 */
import { MONTHS, MONTH_SHORT_FORMS, monthNumber, WEEKDAYS } from './months.ts';
import { typedSpans } from './answerTypes.ts';
import { isVerbForm } from './lexical/wordnet.ts';
import { STOP_WORDS } from './stopWords.ts';

/**
 * "will", "going to", "supposed to", "due", "expected to", "set to", "scheduled", "plans to", "has to": the question asks
 * about something still to come when its "when" governs one of these ("when is the fmc going to look at…", "when will…"),
 * or a present auxiliary (`PRESENT_AUXILIARY`).
 */
const TO_COME = /\b(?:will|won['’]?t|wo\s+not|['’]ll|going\s+to|gonna|supposed\s+to|due|expected\s+to|expects?\s+to|set\s+to|scheduled|slated|planned|plans?\s+to|aims?\s+to|intends?\s+to|meant\s+to|(?:has|have)\s+to|must|deadline)\b/;
/**
 * A present auxiliary right after the question word: "when does the offer run out?", "when is kishida coming?", "when's
 * the first meeting?". English tells a scheduled or arranged event in the present ("the plant closes in March"), so news
 * questions in the present ask when it will be.
 */
const PRESENT_AUXILIARY = /^(?:\s*(?:does|do|is|are)\b|['’]s\b)/;
/** A past auxiliary right after the question word: "when was…", "when did… have to". */
const PAST_AUXILIARY = /^\s*(?:was|were|did|had)\b/;
/** "when…" (or "by when", "how soon") and what follows it: the clause the question word governs. */
const WHEN_CLAUSE = /\b(?:when|how\s+soon)\b(.*)$/;

/** Whether a question asks when something still to come will happen, or by when it must. */
export function asksWhatIsToCome(question: string): boolean {
  const q = question.toLowerCase();
  if (/\bby\s+when\b|\bhow\s+soon\b/.test(q)) return true;
  const clause = WHEN_CLAUSE.exec(q)?.[1];
  // "when was the first delivery originally supposed to happen" asks what had been planned: a past date answers it.
  return clause !== undefined && (TO_COME.test(clause) || PRESENT_AUXILIARY.test(clause)) && !PAST_AUXILIARY.test(clause);
}

/** How a date a sentence gives stands to its article's date. */
type Tense = 'past' | 'later' | 'unknown';

const MONTH_WORD = new RegExp(String.raw`^(?:${MONTHS}|${MONTH_SHORT_FORMS})`, 'i');
const WEEKDAY = new RegExp(String.raw`^(?:${WEEKDAYS})$`, 'i');
/** A year written after a month and its day: "March 31, 2018", "May 2010", "Jan. 19, 2010". */
const YEAR_AFTER = /^\.?\d*(?:st|nd|rd|th)?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+((?:1[89]|20)\d\d)\b/;
/** Words before a time that put it behind the report: "last year", "earlier in May". */
const BEHIND = /\b(?:last|earlier|previous|past|since|ago)\s*$/i;
/** Words before a time that put it ahead: "next week", "until March", "by May", "through March 31". */
const AHEAD = /\b(?:next|coming|until|till|by|through|from|starting|beginning|within)\s+(?:the\s+)?(?:(?:early|mid|late|end\s+of)[\s-]+)?$/i;
/** Words of the clause before a weekday that tell of what is to come: "will meet on Monday", "is due to report Friday". */
const CLAUSE_TO_COME = /\b(?:will|would|['’]ll|shall|due|scheduled|set|expected|plans?|next|until|till|by)\b/i;
/** "to" and the word after it: an infinitive ("to draw up the rules…", "is to be held") tells of what is to come, a preposition ("to the United States") does not. */
const TO_AND_WORD = /\bto\s+([a-z]+)\b/g;
/** How many months after its article's a month without a year may be and still be read as to come ("in August" in a June article). */
export const MONTHS_AHEAD = 5;

/** The clause a date stands in, up to the date: from the last comma, semicolon, colon or dash before it. */
function clauseBefore(sentence: string, start: number): string {
  const before = sentence.slice(0, start);
  return before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf(' - '), before.lastIndexOf('–')) + 1);
}

/** How the date at [start, end) of a sentence stands to its article's date. */
function tenseOf(sentence: string, start: number, end: number, articleDate: string): Tense {
  const text = sentence.slice(start, end).trim();
  const before = sentence.slice(Math.max(0, start - 40), start);
  const articleYear = Number(articleDate.slice(0, 4));
  const articleMonth = Number(articleDate.slice(5, 7));
  if (AHEAD.test(before)) return 'later';
  if (BEHIND.test(before)) return 'past';
  const lower = text.toLowerCase();
  if (/\bago\b|^yesterday$|^last\b/.test(lower)) return 'past';
  if (/^tomorrow$|^next\b|^within\b/.test(lower)) return 'later';
  const decade = /^((?:1[89]|20)\d)0['’]?s$/.exec(lower);
  if (decade) return Number(decade[1]) * 10 + 9 < articleYear ? 'past' : 'unknown';
  if (/^(?:1[89]|20)\d\d$/.test(text)) {
    const year = Number(text);
    return year < articleYear ? 'past' : year > articleYear ? 'later' : 'unknown';
  }
  if (MONTH_WORD.test(text)) {
    const month = monthNumber(text.replace(/\.$/, '').split(/\s+/)[0]!);
    if (month === undefined) return 'unknown';
    const year = YEAR_AFTER.exec(sentence.slice(end));
    if (year) {
      const y = Number(year[1]);
      return y < articleYear || (y === articleYear && month < articleMonth) ? 'past' : y > articleYear || month > articleMonth ? 'later' : 'unknown';
    }
    const ahead = (month - articleMonth + 12) % 12;
    return ahead === 0 ? 'unknown' : ahead <= MONTHS_AHEAD ? 'later' : 'past';
  }
  // News tells of the days just gone by their weekday ("said on Friday"); only a clause about what is to come looks ahead.
  if (WEEKDAY.test(text)) {
    const clause = clauseBefore(sentence, start);
    const infinitive = [...clause.matchAll(TO_AND_WORD)].some((m) => m[1] === 'be' || (!STOP_WORDS.has(m[1]!) && isVerbForm(m[1]!)));
    return CLAUSE_TO_COME.test(clause) || infinitive ? 'unknown' : 'past';
  }
  return 'unknown';
}

/** Blanks out what was matched, keeping every other character where it was. */
const blank = (s: string) => ' '.repeat(s.length);

/**
 * The sentence with each date that its article tells as past blanked out ("Toshiba, which bought Westinghouse in 2006"
 * in a 2017 article): what is left are the dates that may tell of what is still to come.
 */
export function withoutPastDates(sentence: string, articleDate: string | undefined): string {
  if (articleDate === undefined) return sentence;
  const spans = (typedSpans(sentence, 'date') ?? []).filter(([start, end]) => tenseOf(sentence, start, end, articleDate) === 'past');
  let out = sentence;
  for (const [start, end] of spans) out = out.slice(0, start) + blank(out.slice(start, end)) + out.slice(end);
  return out;
}
