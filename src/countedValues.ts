/**
 * What a figure counts. "How many soviet subs got the quieter propellers?" is not answered by "…sold the Soviet Union
 * eight computer-controlled milling machines…": the figure is of machines. News writes the thing counted right after the
 * number ("40 witnesses", "17,000 shoppers", "a 202-acre site"); when it names another thing than the question counts,
 * and no WordNet sense ties the two, the figure answers another question.
 */
import { analyze } from './analyze.ts';
import { figureSpans, INFLECTED_VERB } from './answerTypes.ts';
import { lemmatizer } from './lexical/morphy.ts';
import { lookup, nounSort } from './lexical/wordnet.ts';
import { STOP_WORDS } from './stopWords.ts';

/** Words that scale a number rather than name what it counts: "1.5 million cars", "hundreds of shoppers". */
const SCALE = /^(?:hundreds?|thousands?|millions?|billions?|trillions?|dozens?|bn|mn|tn|m|k)$/;
/** A currency sign before a number: the figure is a sum of money, whatever noun follows ("$846 million for a stake"). */
const CURRENCY_SIGN = /[$€£¥]\s?$/;
/** A name and a comma right before a number that a comma follows: the number is the person's age ("Stringer, 63, will…"). */
const AGE_AFTER_NAME = /\p{Lu}[\p{L}'’-]+,\s+$/u;
/** How many words after a number its noun phrase may run. */
const PHRASE_REACH = 5;
/**
 * Nouns that count no thing of their own: occasions ("nine times" answers "how many trips"), shares of the whole
 * asked about ("a third of the 4.7 million vehicles", "80 percent"), and units, as news counts cars or devices ("recalled
 * 1.2 million units").
 */
const NEUTRAL_COUNTERS: ReadonlySet<string> = new Set(['time', 'percent', 'percentage', 'point', 'third', 'quarter', 'half', 'fifth', 'tenth', 'share', 'fraction', 'unit', 'piece', 'item']);

/**
 * The noun the figure ending at `end` counts or measures, lower-cased as written: the head of the noun phrase after it
 * ("machines" of "eight computer-controlled milling machines able to…", "share" of "$25-a-share"), "money" after a
 * currency sign, "years" for an age set off after a name ("Chubachi, 57,"), or '' when none is written ("rose to
 * 17,000.", "eight of them") or the head is a capitalised name ("400,000 Leafs").
 */
export function nounAfterFigure(sentence: string, start: number, end: number): string {
  if (CURRENCY_SIGN.test(sentence.slice(Math.max(0, start - 2), start))) return 'money';
  const after = sentence.slice(end);
  // "Ryoji Chubachi, 57, an executive…": a number set off after a name is an age.
  if (AGE_AFTER_NAME.test(sentence.slice(Math.max(0, start - 40), start)) && after.startsWith(',')) return 'years';
  // "a 202-acre site", "$25-a-share": the compound's last word is the unit.
  const compound = /^-(?:[\p{L}]+-)*([\p{L}]+)/u.exec(after);
  if (compound) return nounSort(compound[1]!.toLowerCase()) ? compound[1]!.toLowerCase() : '';
  const words = after.split(/\s+/).filter(Boolean).slice(0, PHRASE_REACH);
  let head = '';
  for (const [i, token] of words.entries()) {
    const w = token.replace(/^["“‘'(]+/u, '').replace(/["”’')]+$/u, '').replace(/[.,;:!?]+$/u, '').toLowerCase();
    const ends = /[.,;:!?)]["”’']?$/u.test(token);
    if (head === '' && (SCALE.test(w) || (w === 'of' && i > 0 && SCALE.test(words[i - 1]!.toLowerCase())))) continue;
    if (w === '' || STOP_WORDS.has(w)) break;
    const next = words[i + 1]?.toLowerCase().replace(/[^\p{L}-]/gu, '') ?? '';
    // "computer-controlled milling machines": a participle before a noun is a modifier; one after the noun is its verb ("40 witnesses testified").
    if (INFLECTED_VERB.test(w) && (head !== '' || ends || !(w.includes('-') || nounSort(next)))) break;
    // "400,000 Leafs", "300 Toyotas": a capitalised head is a model or a brand, which may be any sort of thing.
    if (nounSort(w) && !INFLECTED_VERB.test(w)) head = /^["“‘'(]*\p{Lu}/u.test(token) ? MODEL_NAME : w;
    else if (/^["“‘'(]*\p{Lu}/u.test(token) && w !== '') head = MODEL_NAME;
    else if (head !== '') break;
    if (ends) break;
  }
  return head === MODEL_NAME ? '' : head;
}

/** Marks a head read as a capitalised name ("Leafs", "Boeing" before "jets" is replaced by the noun after it). */
const MODEL_NAME = '\u0000';

/** WordNet sorts of nouns for people, one or many. */
const PEOPLE_SORTS: ReadonlySet<string> = new Set(['person', 'group']);

/** The sorts of a noun's senses: its own first sense's and those of the words of its other senses ("holder" → artifact, and person by "bearer"). */
function sortsOfSenses(noun: string): string[] {
  return [nounSort(noun), ...lookup(noun).flatMap((e) => [...e.synonyms, ...e.otherSenses].map(nounSort))];
}

/** The lemma and the words WordNet ties to it as the same thing or a kind of it, two levels up. */
function kin(noun: string): Set<string> {
  const out = new Set<string>([noun, lemmatizer.noun(noun)]);
  for (const e of lookup(noun)) {
    for (const w of [...e.synonyms, ...e.otherSenses, ...e.hypernyms]) out.add(w);
    for (const h of e.hypernyms) for (const e2 of lookup(h)) for (const w of e2.hypernyms) out.add(w);
  }
  return out;
}

/**
 * Whether a figure's noun may count what the question counts: none written, the same word or stem, a WordNet synonym
 * or a kind of it either way (a submarine is a warship), or nouns of one sort that news uses for each other (people,
 * units), or a noun that counts no thing of its own (`NEUTRAL_COUNTERS`). `alternatives` are the index terms search takes for the question's noun.
 */
export function countsAlike(asked: string, written: string, alternatives: ReadonlySet<string> = new Set()): boolean {
  if (written === '' || asked === written || NEUTRAL_COUNTERS.has(lemmatizer.noun(written))) return true;
  const askedKeys = new Set([...analyze(asked), ...alternatives]);
  if (analyze(written).some((k) => askedKeys.has(k))) return true;
  const a = lemmatizer.noun(asked);
  const w = lemmatizer.noun(written);
  if (a === w || kin(asked).has(w) || kin(written).has(a)) return true;
  const sa = nounSort(asked);
  // People are counted under many names: "how many people is jal axing" is answered by "15,700 jobs", "card holders" (a holder
  // is also a bearer) by "20,000 members".
  if (PEOPLE_SORTS.has(sa) || (PEOPLE_SORTS.has(nounSort(written)) && sortsOfSenses(asked).some((sort) => PEOPLE_SORTS.has(sort)))) return true;
  // Units measure alike: "how many tons" is answered by "89,253 tonnes", which WordNet does not tie to a ton.
  return sa === 'quantity' && nounSort(written) === 'quantity';
}

/**
 * An ordinal of a series, second or later, after a determiner or a possessive: "their fifth round of golf", "Akazawa's
 * 7th trip". It tells how many there have been so far. Not "first", which news also writes of what never repeats ("for
 * the first time in a decade"); not one joined to its word ("fifth-largest"), which ranks.
 */
const SERIES_ORDINAL = /(?:\b(?:the|its|their|his|her|this|that)|\p{L}['’]s)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d*(?:[02-9]nd|[02-9]rd|\d?[4-9]th|1\dth|[1-9]0th))(?=\s)/giu;

/**
 * Whether the noun after an ordinal of a series gives the count asked: for "how many times", any occasion ("their fifth
 * round", "the second time"), not a time of day or year ("the third day", "the second quarter"); otherwise the thing
 * counted itself ("how many trips…" by "his seventh trip"), not a noun that counts no thing of its own.
 */
function ordinalCounts(asked: string, written: string, alternatives: ReadonlySet<string>): boolean {
  const noun = lemmatizer.noun(written);
  if (lemmatizer.noun(asked) === 'time') return noun === 'time' || (written !== '' && !NEUTRAL_COUNTERS.has(noun) && nounSort(written) !== 'time');
  return written !== '' && !NEUTRAL_COUNTERS.has(noun) && countsAlike(asked, written, alternatives);
}

/**
 * Whether every figure of the sentence counts another thing than `asked` (`countsAlike`); true when it gives none but
 * dates and labels ("opened its first warehouse in September 1983"), which count nothing. An ordinal of a series whose
 * noun gives the count (`ordinalCounts`) is such a figure too: "it was their fifth round together" tells how many times.
 */
export function countsOtherThing(sentence: string, asked: string, alternatives: ReadonlySet<string> = new Set()): boolean {
  for (const m of sentence.matchAll(SERIES_ORDINAL)) {
    if (ordinalCounts(asked, nounAfterFigure(sentence, m.index + m[0].length, m.index + m[0].length), alternatives)) return false;
  }
  // A scale word right after a number is part of it: "1.5 million cars" is one figure.
  const spans = figureSpans(sentence)
    .sort((x, y) => x[0] - y[0])
    .filter(([start, end], i, all) => i === 0 || !SCALE.test(sentence.slice(start, end).toLowerCase()) || /\S/.test(sentence.slice(all[i - 1]![1], start)));
  return spans.every(([start, end]) => !countsAlike(asked, nounAfterFigure(sentence, start, end), alternatives));
}
