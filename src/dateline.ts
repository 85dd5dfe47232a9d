/**
 * Datelines: "TOKYO (Practice Wire) - ", "PALM BEACH, Fla. (Reuters) - ", "TOKYO, June 4 (Reuters) - ",
 * "JAKARTA (TheInsiderStories) – ", "September 27, 2018 – ": where and when a story was filed. They are
 * never quoted, but the place they give is where the story happened more often than not, so a
 * "where" question is told it.
 */
import { MONTH_SHORT_FORMS, MONTHS } from './months.ts';

/** The place in capitals; after a comma, its state or country or the day, as wire copy writes them. */
const PLACE_DATELINE = String.raw`(\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+)*(?:,\s*\p{Lu}[\p{L}.]*(?:,?\s+(?:\p{Lu}[\p{L}.]*|\d{1,4}))*)?)(?:\s*\([^)]{1,40}\))?`;
/** A date alone ("September 27, 2018 –"), or an agency alone ("(Reuters) –"). */
const OTHER_DATELINE = String.raw`(?:\p{Lu}[\p{L}.]+\s+)?\p{Lu}\p{Ll}+\.?\s+\d{1,2},?\s+\d{4}(?:\s*\([^)]{1,40}\))?|\([^)]{1,40}\)`;
// One run of spaces before the dash, never two optional ones side by side: those would make a long
// run of spaces that ends in no dash cost time quadratic in its length.
const DATELINE = new RegExp(String.raw`^(?:${PLACE_DATELINE}|${OTHER_DATELINE})\s*[-–—]+\s+`, 'u');
const MONTH = new RegExp(String.raw`^(?:${MONTHS}|${MONTH_SHORT_FORMS})\b`);

/** The sentence as quoted: the dateline cut from its front. */
export function quotable(sentence: string): string {
  return sentence.replace(DATELINE, '');
}

/**
 * The place a sentence's dateline gives, as a reader would write it ("PALM BEACH, Fla." → "Palm
 * Beach, Fla."), without the day; undefined when it has none.
 */
export function datelinePlace(sentence: string): string | undefined {
  const place = DATELINE.exec(sentence)?.[1];
  if (!place) return undefined;
  const [city = '', ...rest] = place.split(/,\s*/);
  const region = rest.filter((part) => !MONTH.test(part) && !/^\d/.test(part));
  const titled = city.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());
  return [titled, ...region].join(', ');
}
