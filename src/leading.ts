/**
 * "Who runs X?": a question that asks for the head of a body (a company, a union, a committee), whom
 * news copy names by a title ("Mazda President Masamichi Kogai") or by the verb ("Den Fujita, who
 * heads…", "the talks, led by…"). Ranking offers the titles the corpus uses as alternatives for the
 * verb (src/rank.ts); composing doubts an answer whose quotes name no one so (src/compose.ts).
 */
import { STOP_WORDS, tokenize } from './analyze.ts';
import { nounSort } from './lexical/wordnet.ts';

/** The verbs of heading a body, in every form, and "in charge". */
const LEADING_VERBS = String.raw`runs?|running|ran|heads?|heading|headed|leads?|leading|led|chairs?|chairing|chaired|in\s+charge`;
/** Auxiliaries and adverbs between "who" and such a verb in the present and the past: "who has run it", "who is currently leading". */
const PRESENT_OR_PAST = String.raw`'s|’s|s|\s+(?:is|are|was|were|has|have|had|been|currently|now|still)`;
/** "Who runs/heads/leads/chairs X?", "who has run it since 2015?", "who's in charge of X?": the verb asks for X's head. */
const LEADING_VERB = new RegExp(String.raw`\bwho(?:${PRESENT_OR_PAST})*\s+(${LEADING_VERBS})\b`, 'i');
/** The same asked of the future: "who's going to run it?", "who will lead the delegation?". */
const LEADING_VERB_OR_FUTURE = new RegExp(
  String.raw`\bwho(?:${PRESENT_OR_PAST}|'ll|\s+(?:will|would|be|actually))*\s+(?:(?:going\s+to|gonna)\s+)?(${LEADING_VERBS})\b`,
  'i',
);
/** "Who is the head/boss/leader of X?", "who's X's boss?": the noun asks for X's head as the verb does; "his boss" is a person's, no body's. */
const LEADING_NOUN =
  /\bwho(?:'s|’s|s|\s+is|\s+was|\s+are|\s+currently|\s+now)*\s+(?:(?:the\s+)?(?:current\s+|new\s+|top\s+)?(heads?|boss|bosses|leaders?)\s+of\s|(?:the\s+)?(?!(?:his|her|their|its|my|your|our)\b)\S+(?:'s?|’s?)\s+(?:current\s+|new\s+|top\s+)?(heads?|boss|bosses|leaders?)\b)/i;
/** A preposition or particle right after the verb: it goes somewhere or stands for something, and has no object ("heads up" still leads). */
const PARTICLE_AFTER_VERB = /^\s+(?:to|toward|towards|for|against|in|into|at|on|back|home|off|out|away|from|after|by|with|abroad|again)\b/i;
/** What one runs that has no head with a title: talks, trade, a probe, a campaign ("who is running the negotiations?" asks for the negotiator). */
const ACTIVITY_SORTS: ReadonlySet<string> = new Set(['act', 'communication', 'event', 'cognition', 'process']);

/** Titles of the head of a body (a closed class): what "who runs X?" is answered with. */
export const LEADER_TITLES: readonly string[] = ['president', 'chairman', 'chairwoman', 'chair', 'chief', 'executive', 'ceo', 'head', 'leader', 'director', 'governor', 'boss', 'founder', 'commissioner'];

/**
 * The words of a quoted sentence that say someone heads a body: a title that does so alone ("executive" does not: "a
 * senior executive vice president"), or a form of a verb of leading ("Den Fujita, who heads…", "led by…", "in charge of").
 */
export const HEAD_WORDS: ReadonlySet<string> = new Set([
  ...LEADER_TITLES.filter((t) => t !== 'executive'),
  ...'run runs ran running heads headed heading lead leads led leading chairs chaired chairing helm helms charge'.split(' '),
]);

/**
 * The word of a "who runs X?" question that asks for a head ("runs", "boss"), as written, if X is a body and not an
 * activity; undefined for any other question. With `future`, also of "who's going to run it?": composing doubts an
 * answer to it that names no head, but ranking leaves it alone, since offering the titles found "President Joe
 * Biden" for a research center no article says who will run (docs/quality.md, twenty-third session).
 */
export function leadingWord(text: string, future = false): string | undefined {
  const noun = LEADING_NOUN.exec(text);
  const m = noun ?? (future ? LEADING_VERB_OR_FUTURE : LEADING_VERB).exec(text);
  if (!m) return undefined;
  // "Who heads to Tokyo?", "who ran for president?", "who is leading in the polls?": a verb with no object leads no body.
  if (!noun && PARTICLE_AFTER_VERB.test(text.slice(m.index + m[0].length))) return undefined;
  // X is what follows the verb, up to a preposition, a clause or a comma.
  const object = text.slice(m.index + m[0].length).split(/[,;:?!.]|\s(?:for|of|at|in|on|with|under|that|who|which|when|where|after|before|since|until|now)\s/i)[0] ?? '';
  // X is an activity when its head, the last word, is one ("the negotiations", not "the trade ministry"). A pronoun is
  // no activity: "who runs it?" is not "who runs IT?".
  const head = tokenize(object).filter((t) => !STOP_WORDS.has(t.surface)).at(-1);
  if (head && ACTIVITY_SORTS.has(nounSort(head.surface))) return undefined;
  return m[1] ?? m[2];
}
