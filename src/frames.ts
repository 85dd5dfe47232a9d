/**
 * The frame of a question: the adjuncts that say when or at what occasion something happened ("in
 * oct 2017", "at the second economic dialogue", "in his tweet"), as opposed to its core, the clause
 * of the question word ("what did japan agree to on us car exports"). The frame finds the passage;
 * the sentence quoted from it must say the core. Read with general English grammar only: a
 * preposition, and an object that is a date on the calendar or names an occasion (WordNet's noun
 * sorts of acts, events, communications and gatherings), or a clause of time or condition opened
 * by a conjunction ("now that the deal is in force", "once it is phased in").
 */
import { analyze, termKey } from './analyze.ts';
import { AUXILIARIES } from './answerTypes.ts';
import { isMonthTerm, isYearTerm } from './articleDates.ts';
import { isEnglishWord, nounSort } from './lexical/wordnet.ts';
import { STOP_WORDS } from './stopWords.ts';

/** Prepositions that may open a frame. */
const FRAME_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'since', 'until', 'till', 'amid', 'following', 'ahead']);
/** Prepositions after which an occasion ("in the talks", "after the summit") frames the question. */
const TEMPORAL_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'during', 'after', 'before', 'since', 'until', 'till', 'amid', 'following', 'ahead']);
/** Words that open a noun phrase before its content words ("the", "his", "last"), and "of" in "ahead of". */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'last', 'next', 'each', 'every', 'both', 'of']);
/** WordNet sorts of nouns that name an occasion: talks, a statement, a visit, a ceremony, a meeting. */
const OCCASION_SORTS: ReadonlySet<string> = new Set(['communication', 'act', 'event', 'group']);
/** A noun phrase longer than this is not read as one object. */
const MAX_OBJECT_WORDS = 5;

/**
 * Conjunctions that open a clause saying when or on what condition ("now that the deal is in
 * force", "once it is phased in", "when pence visits tokyo"): the clause frames the question as a
 * date does. "when" and "while" open one only after the question's first word, where "when" asks.
 */
const SUBORDINATORS: ReadonlySet<string> = new Set(['once', 'when', 'while', 'whenever']);

const ONCE_AS_ADVERB_AFTER: ReadonlySet<string> = new Set(['again', 'more']);

/** An auxiliary: after "when" it asks ("ok so when did…", "@TradeTalk when did…"); a clause of time has a subject there ("when pence visits"). */
const AUXILIARY: ReadonlySet<string> = new Set(AUXILIARIES.split('|'));

/** Where a subordinate clause opens in a clause's words ("now that", "once", a later "when"), or -1. */
function subordinateClause(words: readonly string[]): number {
  for (let i = 1; i < words.length - 1; i++) {
    // "once again", "once more" and "at once" are adverbs, not a clause.
    if (words[i] === 'once' && (ONCE_AS_ADVERB_AFTER.has(words[i + 1]!) || words[i - 1] === 'at')) continue;
    // "when did…", "when's…" (read as "when is"): the question word after a greeting or a mention, not a clause of time.
    if (words[i] === 'when' && AUXILIARY.has(words[i + 1]!)) continue;
    if (SUBORDINATORS.has(words[i]!)) return i;
    if (words[i] === 'now' && words[i + 1] === 'that') return i;
    if (words[i] === 'as' && words[i + 1] === 'soon' && words[i + 2] === 'as') return i;
  }
  return -1;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const NUMBER = /^\p{N}/u;

/**
 * A year or a month, a time on the calendar ("2017", "oct"): news rarely writes them beside the
 * facts it reports, its date gives them. "The last day" or "the end" is not: the sentence says those.
 */
function isCalendarTime(word: string): boolean {
  return isYearTerm(word) || isMonthTerm(termKey(word));
}

/** Whether a preposition and its object frame the question. */
function frames(preposition: string, object: readonly string[]): boolean {
  const head = object[object.length - 1];
  if (head === undefined) return false;
  // "on" is a time only with a date ("on jan 1 2020"); otherwise it names a topic ("on us car exports").
  if (preposition === 'on') return object.every((w) => isCalendarTime(w) || NUMBER.test(w));
  if (object.some(isCalendarTime)) return true;
  // "at" places the question anywhere but with a person ("at the white house", "at the g7"), and
  // takes a noun or a name: "at once", "at all" are adverbs.
  if (preposition === 'at') return nounSort(head) !== 'person' && (nounSort(head) !== '' || !isEnglishWord(head));
  return TEMPORAL_PREPOSITIONS.has(preposition) && OCCASION_SORTS.has(nounSort(head));
}

/**
 * Index terms of a question's frame adjuncts ("…at the second economic dialogue in oct 2017?")
 * that its core does not also have. A word that `keep` accepts stays in the core: it is what the
 * question is about wherever it stands.
 */
export function frameTerms(question: string, keep: (word: string) => boolean = () => false): ReadonlySet<string> {
  const frame: string[] = [];
  const core: string[] = [];
  for (const clause of question.toLowerCase().split(/[,;:?!()"“”]|\.(?!\d)/)) {
    // A mention ("@TradeTalk") is no word of the question; "when's" is "when is".
    const all = (clause.replace(/@\S+/g, ' ').match(WORD) ?? []).flatMap((w) => (/^when['’]s$/.test(w) ? ['when', 'is'] : [w.replace(/['’]s$/, '')]));
    const opens = subordinateClause(all);
    const words = opens < 0 ? all : all.slice(0, opens);
    if (opens >= 0) for (const w of all.slice(opens)) (keep(w) ? core : frame).push(w);
    for (let i = 0; i < words.length; ) {
      if (!FRAME_PREPOSITIONS.has(words[i]!)) {
        core.push(words[i++]!);
        continue;
      }
      let j = i + 1;
      while (j < words.length && DETERMINERS.has(words[j]!)) j++;
      const object: string[] = [];
      while (j < words.length && !STOP_WORDS.has(words[j]!) && object.length < MAX_OBJECT_WORDS) object.push(words[j++]!);
      if (frames(words[i]!, object)) for (const w of words.slice(i, j)) (keep(w) ? core : frame).push(w);
      else core.push(...words.slice(i, j));
      i = j;
    }
  }
  if (frame.length === 0) return new Set();
  const coreTerms = new Set(analyze(core.join(' ')));
  return new Set(analyze(frame.join(' ')).filter((t) => !coreTerms.has(t)));
}
