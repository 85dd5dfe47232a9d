/** Reads relative dates ("yesterday", "on Monday", "next Tuesday") against an article's publication date. */

const LONG_DATE = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
const MONTH_YEAR = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, a: 1 };

/** ISO `YYYY-MM-DD` → "October 17, 2017". */
export function formatDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : LONG_DATE.format(date);
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function weekday(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

export interface ResolvedDate {
  /** The words in the sentence, e.g. "on Monday". */
  phrase: string;
  /** What they mean, e.g. "October 16, 2017". */
  meaning: string;
}

/**
 * The first relative date in `sentence`, read against `articleDate`. A bare or "on" weekday is
 * the latest such day up to the article date (news reports what has happened); "next" looks ahead.
 */
export function resolveRelativeDate(sentence: string, articleDate: string): ResolvedDate | undefined {
  const pattern = new RegExp(
    `\\b(?:(yesterday|today|tomorrow)|(last|next|this) (week|month|year)|(?:(next|last|this|on) )?(${WEEKDAYS.join('|')})|(one|two|three|four|five|six|seven|eight|nine|ten|a|\\d+) years? ago)\\b`,
    'i',
  );
  const m = pattern.exec(sentence);
  if (!m) return undefined;
  const phrase = m[0];
  const year = Number(articleDate.slice(0, 4));
  if (m[1]) {
    const shift = { yesterday: -1, today: 0, tomorrow: 1 }[m[1].toLowerCase() as 'yesterday' | 'today' | 'tomorrow'];
    return { phrase, meaning: formatDate(addDays(articleDate, shift)) };
  }
  if (m[2] && m[3]) {
    const which = m[2].toLowerCase();
    const unit = m[3].toLowerCase();
    if (unit === 'year') return { phrase, meaning: String(which === 'last' ? year - 1 : which === 'next' ? year + 1 : year) };
    // "The week of" names the Monday that starts it: "next week" in a Saturday, May 18 article is the week of May 20.
    const day = which === 'last' ? addDays(articleDate, -7) : which === 'next' ? addDays(articleDate, 7) : articleDate;
    const anchor = addDays(day, -((weekday(day) + 6) % 7));
    if (unit === 'month') {
      const month = Number(articleDate.slice(5, 7)) - 1 + (which === 'last' ? -1 : which === 'next' ? 1 : 0);
      // Date.UTC rolls month -1 and 12 over into the year before and after.
      return { phrase, meaning: MONTH_YEAR.format(new Date(Date.UTC(year, month, 1))) };
    }
    return { phrase, meaning: `the week of ${formatDate(anchor)}` };
  }
  if (m[5]) {
    const target = WEEKDAYS.indexOf(m[5].toLowerCase());
    const today = weekday(articleDate);
    const modifier = m[4]?.toLowerCase();
    let shift: number;
    if (modifier === 'next') shift = ((target - today + 7) % 7) || 7;
    else if (modifier === 'last') shift = -(((today - target + 7) % 7) || 7);
    else shift = -((today - target + 7) % 7);
    return { phrase, meaning: formatDate(addDays(articleDate, shift)) };
  }
  if (m[6]) {
    const count = NUMBER_WORDS[m[6].toLowerCase()] ?? Number(m[6]);
    return { phrase, meaning: `around ${year - count}` };
  }
  return undefined;
}
