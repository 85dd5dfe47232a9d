/** Sentence boundaries, from the sbd library (it knows abbreviations such as "U.S." and "Mr."). */
import sbd from 'sbd';
import { MONTH_SHORT_FORMS } from './months.ts';

/**
 * Titles written before a name, which never end a sentence ("Richard Rivers, Mr. Strauss's general counsel", "said Sen. John
 * C. Danforth"). sbd matches its list with case, and a list given replaces its own, which has them.
 */
const TITLES = ['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Sgt', 'Capt', 'Maj', 'Rev'];

const SBD_OPTIONS: sbd.Options = {
  newline_boundaries: false,
  html_boundaries: false,
  sanitize: false,
  preserve_whitespace: false,
  // sbd compares with case: the lower-case forms hold only for an abbreviation written in lower case ("met gov. Brown"),
  // and `TITLES` for the titles as news writes them.
  abbreviations: ['gov', 'sen', 'rep', 'gen', 'lt', 'col', 'sgt', 'corp', 'inc', 'co', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'no', ...TITLES],
};

/** A sentence that ends in a dotted acronym ("U.S.", "a Japan-U.S.") and the next starts with a word that is not a sentence opener. */
const ENDS_WITH_ACRONYM = /(?:^|[\s(“"-])(?:\p{Lu}\.){2,}$/u;
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  'a an and as at but by for from he her his however i if in it its meanwhile on our she so that the their there these they this those we what when while you'.split(' '),
);

/** A sentence that ends in an abbreviation news copy writes before a number ("Nov. 11", "No. 2", "Sec. 232"). */
const ENDS_WITH_ABBREVIATION = new RegExp(String.raw`(?:^|[\s(“"])(?:${MONTH_SHORT_FORMS}|No|Nos|Sec|Art|Vol)\.$`, 'u');

/**
 * A company's abbreviation, then a title: "Microsoft Corp. President Brad Smith", "Nippon Steel Corp. Chairman
 * Eiji Hashimoto" are one name. Another name after it may open a sentence ("…U.S. Steel Corp. Nippon Steel announced…").
 */
const ENDS_WITH_COMPANY = /(?:^|\s)(?:Corp|Inc|Co|Ltd)\.$/u;
/** A company's country in brackets after its abbreviation: "McDonald's Co. (Japan) Ltd.", "Sony Corp. (U.S.) said". */
const COUNTRY_AFTER_COMPANY = /^\(\p{Lu}[\p{L}.' -]{0,30}\)(?!\s*$)/u;
const TITLE_AFTER_COMPANY = /^(?:President|Chairman|Chairwoman|Chair|Chief|CEO|Executive|Director|Vice|Senior|Managing|Spokesman|Spokeswoman|Spokesperson|Founder|Head)\s+\p{Lu}/u;

/**
 * A dateline's place that ends in a state's or country's abbreviation, "PALM BEACH, Fla.", "PEBBLE BEACH, CALIF.", and
 * the rest of the dateline, an agency in brackets or the dash: sbd ends a sentence at the abbreviation, and the place
 * alone was then a sentence of its own, quoted as an answer.
 */
const DATELINE_PLACE = /^\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+)*,\s*\p{Lu}[\p{L}.]{0,10}\.$/u;
const DATELINE_REST = /^(?:\([^)]{1,40}\)\s*)?[-–—]/u;

/** Whether sbd split inside a sentence: news copy never starts a sentence with a small letter, nor with a number right after an abbreviation. */
function continues(prev: string, next: string): boolean {
  if (/^[“"]?\p{Ll}/u.test(next)) return true;
  if (DATELINE_PLACE.test(prev) && DATELINE_REST.test(next)) return true;
  if (/^\p{N}/u.test(next) && ENDS_WITH_ABBREVIATION.test(prev)) return true;
  if (ENDS_WITH_COMPANY.test(prev) && (TITLE_AFTER_COMPANY.test(next) || COUNTRY_AFTER_COMPANY.test(next))) return true;
  const firstWord = /^[“"]?(\p{L}+)/u.exec(next)?.[1]?.toLowerCase();
  return ENDS_WITH_ACRONYM.test(prev) && firstWord !== undefined && !SENTENCE_OPENERS.has(firstWord);
}

/** sbd ends a sentence at "U.S." before a capital ("U.S. Trade Representative"), at "Nov." before "11," and at "Corp." before a title; join those back. */
function joinAcronymSplits(sentences: string[]): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (prev !== undefined && continues(prev, s)) {
      out[out.length - 1] = `${prev} ${s}`;
    } else {
      out.push(s);
    }
  }
  return out;
}

/** Splits plain text into sentences; each returned sentence occurs verbatim in `text`. */
export function splitSentences(text: string): string[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!flat) return [];
  const out: string[] = [];
  let from = 0;
  for (const candidate of joinAcronymSplits(sbd.sentences(flat, SBD_OPTIONS))) {
    const s = candidate.trim();
    if (!s) continue;
    const at = flat.indexOf(s, from);
    // sbd may normalise a character; fall back to the unsplit rest rather than quote text that is not in the article.
    if (at < 0) {
      const rest = flat.slice(from).trim();
      if (rest) out.push(rest);
      return out;
    }
    out.push(s);
    from = at + s.length;
  }
  const rest = flat.slice(from).trim();
  if (rest) out.push(rest);
  return out;
}
