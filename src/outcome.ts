/**
 * Questions about how something turned out: "when did NTT Data actually close the purchase?", "who ended up buying
 * Westinghouse?", "how much has the US refunded so far?", "how many subscribers did it have by the time Sony closed the
 * deal?". News of a deal or a plan tells what was agreed, due or expected ("is due to report", "pledged to create",
 * "prepares to close"), not whether it happened; only a sentence that tells the thing done ("closed", "has bought",
 * "was refunded") answers. Read with English grammar and WordNet's verb forms, not any article's words.
 */
import { analyze as analyzeWords, termKey } from './analyze.ts';
import { interrogativePart } from './answerTypes.ts';
import { exceptionBases } from './lexical/extract.ts';
import { lemmatizer } from './lexical/morphy.ts';
import { isVerbForm } from './lexical/wordnet.ts';
import { withoutAcronymDots } from './question.ts';

/** "did … actually close", "had … finally agreed", "had … actually been built", "did … ever turn a profit": an adverb that asks how it came out, after a past auxiliary; not "would actually do", a plan. */
const MARKED_OUTCOME = /\b(?:did|had|has|have)\b[^?.;!]*?(?<!\b(?:would|will|could|should|might|may|can|to)\s+)\b(?:actually|finally|eventually|ultimately|ever)\s+(?:been\s+)?([a-z]+)\b/;
/** The passive: "when was the deal finally signed?", "which plant was eventually closed". */
const MARKED_PASSIVE = /\b(?:was|were)\b[^?.;!]*?\b(?:actually|finally|eventually|ultimately)\s+([a-z]+)\b/;
/** "who ended up buying", "what did they end up paying", "which countries wound up invoking". */
const ENDED_UP = /\b(?:ended|wound|did\s+[^?.;!]*?\b(?:end|wind))\s+up\s+([a-z]+ing)\b/;
/** "what stake did softbank end up with": an outcome with no verb of its own; only a quote that tells how it ended answers. */
const ENDED_UP_WITH = /\b(?:ended|wound|did\s+[^?.;!]*?\b(?:end|wind))\s+up\s+with\b/;
/** "by the time sony closed the deal", "by the time the deal closed": the subject, then the verb, within five words. */
const BY_THE_TIME = /\bby the time\s+[a-z'-]+\s+((?:[a-z'-]+\s+){0,3}[a-z'-]+)/;
/** "how much has the us refunded so far", "how many have been built to date", "how much has japan spent so far". */
const SO_FAR = /\b(?:has|have)\s+((?:[a-z'-]+\s+){0,5}[a-z'-]+)\b[^?.;!]*?\b(?:so far|to date)\b/;
/** Verbs whose past forms are an auxiliary's ("it was completed", "have been built"), not the verb asked about. */
const AUXILIARY_BASES: ReadonlySet<string> = new Set(['be', 'have', 'do']);
/** Present forms of "be": "by the time it is finished" asks about what is to come. */
const PRESENT: ReadonlySet<string> = new Set(['is', 'are', 'am', 'be']);

/** Words before a verb that make it a plan, a prospect or a wish, not a thing done: "to close", "will be completed". */
const NOT_DONE = new Set(['to', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'cannot', 'shall', 'not', 'never', 'yet']);

/** The base form of a verb form, and whether the form is past (a regular "-ed" or an irregular past such as "bought"). */
function pastOf(word: string): string | undefined {
  const irregular = exceptionBases(word, 'verb')?.find((base) => base !== word);
  if (irregular) return irregular;
  if (!word.endsWith('ed')) return undefined;
  const base = lemmatizer.verb(word);
  return base !== word ? base : undefined;
}

/** The base form of the verb of an outcome question (as written), or undefined when it asks about no outcome. */
export function outcomeVerb(question: string): string | undefined {
  return verbOfOutcome(interrogativePart(question));
}

/**
 * The base form of the verb of a yes/no question about how something turned out ("did congress actually pass the tax?",
 * "did the network ever turn a profit?"), which `outcomeVerb` leaves out: a quote that denies it answers it too ("Japan
 * never retaliated"), so it is read apart.
 */
export function yesNoOutcomeVerb(question: string): string | undefined {
  return outcomeVerb(question) === undefined ? verbOfOutcome(interrogativePart(question, true)) : undefined;
}

/** Words that make a superlative without "-est": "the best deal", "the only country", "the first time". */
const SUPERLATIVE_WORDS: ReadonlySet<string> = new Set(['most', 'least', 'best', 'worst', 'first', 'only']);
/** "ever" and its verb, at the end of a `MARKED_OUTCOME` match. */
const EVER_MARKED = /\bever\s+(?:been\s+)?[a-z]+$/;
/** The auxiliaries of `MARKED_OUTCOME`, wherever they stand. */
const PAST_AUXILIARY = /\b(?:did|had|has|have)\b/g;

/**
 * Whether a `MARKED_OUTCOME` match reads "ever" in a superlative's clause: "what's the biggest deal a japanese company has
 * ever made", "the only country that has ever invoked": a superlative before the auxiliary of "ever" asks for a record, not
 * how something turned out. "did the biggest us carrier ever turn a profit?" puts its auxiliary first and still asks.
 */
function asksRecord(q: string, outcome: RegExpExecArray): boolean {
  const at = outcome[0].search(EVER_MARKED);
  if (at < 0) return false;
  const before = q.slice(0, outcome.index + at);
  const auxiliary = [...before.matchAll(PAST_AUXILIARY)].pop()?.index ?? 0;
  return before.slice(0, auxiliary).split(/[^a-z']+/).some((w) => SUPERLATIVE_WORDS.has(w) || (w.endsWith('est') && lemmatizer.adjective(w) !== w));
}

function verbOfOutcome(asked: string): string | undefined {
  // "did the U.S. actually lift…": the dots of an acronym end no clause, and the patterns read words of letters.
  const q = withoutAcronymDots(asked);
  const outcome = MARKED_OUTCOME.exec(q);
  // The word after the adverb must be a verb: "has abe ever been to the white house?" asks nothing of "to".
  const marked = (outcome && !asksRecord(q, outcome) && isVerbForm(outcome[1]!) ? outcome[1] : undefined) ?? ENDED_UP.exec(q)?.[1];
  if (marked) return lemmatizer.verb(marked);
  if (ENDED_UP_WITH.test(q)) return 'end';
  // Only a participle makes the passive: "when was it finally signed", not "was it actually a good deal".
  const passive = MARKED_PASSIVE.exec(q)?.[1];
  if (passive) {
    const base = pastOf(passive);
    if (base !== undefined && !AUXILIARY_BASES.has(base)) return base;
  }
  const words = (BY_THE_TIME.exec(q)?.[1] ?? SO_FAR.exec(q)?.[1])?.split(/\s+/) ?? [];
  // The first past form of a verb other than an auxiliary: the subject may run to several words ("the deal closed"),
  // but "by the time it is finished" and "will be built" ask about what is to come.
  const end = words.findIndex((w) => NOT_DONE.has(w) || PRESENT.has(w));
  return words.slice(0, end < 0 ? words.length : end).map(pastOf).find((base) => base !== undefined && !AUXILIARY_BASES.has(base));
}

/**
 * Whether a sentence tells the verb done: a past form of it ("closed", "bought", "has agreed", "was refunded") that no
 * "to", modal or negation in the two words before makes a plan or a denial ("to be completed", "had not closed").
 * `keys` are the verb's term keys, with the forms WordNet relates to it.
 */
export function tellsDone(sentence: string, keys: ReadonlySet<string>): boolean {
  const words = sentence.toLowerCase().replace(/’/g, "'").split(/[^a-z']+/).filter(Boolean);
  return words.some((word, i) => {
    const base = pastOf(word);
    if (base === undefined || !keys.has(termKey(base))) return false;
    // A contracted negation too: "hasn't closed", "won't be completed".
    return !words.slice(Math.max(0, i - 2), i).some((w) => NOT_DONE.has(w) || w.endsWith("n't"));
  });
}

/** Modals, which tell what may or will happen. */
const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'could', 'should', 'may', 'might', 'shall', 'can', "'ll"]);
/** Words of its clause before a repeat in which a modal makes it a prospect: "could start buying western white wheat again". */
const PROSPECT_REACH = 6;
/** Words just before a verb that tell it as a plan or a prospect: "prepares to close", "will also open", "intends to invoke". */
const PLANNED_BEFORE: ReadonlySet<string> = new Set(['to', ...MODALS]);

/**
 * Whether a sentence tells the verb as planned or in prospect: a form of it with "to" or a modal in the two words before
 * ("It intends to invoke Article XXXV", "as it prepares to close", "Microsoft will also open"). `keys` as for `tellsDone`.
 */
export function tellsPlanned(sentence: string, keys: ReadonlySet<string>): boolean {
  const words = sentence.toLowerCase().replace(/’/g, "'").split(/[^a-z']+/).filter(Boolean);
  return words.some((word, i) => {
    if (!keys.has(termKey(pastOf(word) ?? lemmatizer.verb(word)))) return false;
    return words.slice(Math.max(0, i - 2), i).some((w) => PLANNED_BEFORE.has(w));
  });
}

/**
 * How a sentence denies something happened: "Japan never retaliated", "after failing to reach a consensus", "did not pass".
 * Not "No." before a number, a rank ("Sprint Corp., the No. 4 carrier").
 */
const DENIAL = /\b(?:not|never|no(?!\.\s*\d)|neither|nor|fail(?:s|ed|ing)?)\b|n['’]t\b/i;

/** Whether a sentence denies something (`DENIAL`): "no" answers a yes/no question as well as "yes" does. */
export function tellsDenial(sentence: string): boolean {
  return DENIAL.test(sentence);
}

/**
 * How news tells an event still to come: "is due to report", "was expected to return", "a decision is expected later
 * this year", "could start as early as Friday", "would sign the proclamation next week", "no first round has been held
 * yet", "has yet to". Plain modals ("will", "would") are not enough: news tells what was agreed in them ("Japan will cut
 * its tariff"), and reports speech in them ("said it would buy").
 */
const TO_COME = /\b(?:(?:is|are|was|were|had been)\s+(?:expected|due|scheduled|set)\s+(?:to|for)\b|(?:is|are|was|were)\s+expected\s+(?:later|next|by|in)\b|as\s+(?:early|soon)\s+as\b|later\s+(?:this|that|on|in)\s+\p{L}+|next\s+(?:week|month|year)\b|yet\s+to\b|(?:\bno|\bnot|\bnever|n't)\b[^,;:.]{0,60}?\byet\b)/giu;
/** Words either side of such a phrase in which a word of the question says the event to come is the one asked about. */
export const TO_COME_REACH = 8;

/** "No first round has been held yet", "has yet to decide": the sentence denies that it was done. */
const NOT_YET = /\byet\s+to\b|(?:\bno|\bnot|\bnever|n't)\b[^,;:.]{0,60}?\byet\b/i;

/**
 * Whether a sentence tells something the question asks about as still to come: a phrase of `TO_COME` with a word
 * `asks` (one of the question's words) in it or within `TO_COME_REACH` words of it. "SoftBank was due to report quarterly
 * earnings later on Wednesday" does not say what SoftBank reported. A sentence that tells one of the question's verbs
 * done (`tellsDone` with `keys`) tells that much: "…had agreed in principle on the core of a trade deal, which they hope
 * to sign next month" answers "where did they agree the deal?", unless it denies it ("no first round has been held yet").
 */
export function toldAsToCome(sentence: string, asks: (words: string) => boolean, keys: ReadonlySet<string>): boolean {
  const near = [...sentence.matchAll(TO_COME)].some((match) => {
    const before = sentence.slice(0, match.index).split(/\s+/).filter(Boolean).slice(-TO_COME_REACH);
    const after = sentence.slice(match.index + match[0].length).split(/\s+/).filter(Boolean).slice(0, TO_COME_REACH);
    return asks([...before, match[0], ...after].join(' '));
  });
  // Read only for a sentence that tells something to come: most do not, and this reads every word's verb forms.
  return near && (!tellsDone(sentence, keys) || NOT_YET.test(sentence));
}

/**
 * A question about a plan, an intention or an expectation ("when was trump planning to roll out the tariffs?", "how big
 * are the car tariffs the admin was still mulling?", "when were the fees first meant to start?"), which a sentence telling
 * it as still to come answers. `detectIntent` already reads "plans", "expected", "scheduled" as asking about the future.
 */
const PLAN_ASKED = /\b(?:plann?(?:ed|ing)|plans?|meant|mull(?:s|ed|ing)?|weigh(?:s|ed|ing)|consider(?:s|ed|ing)|intend(?:s|ed|ing)?|expect(?:s|ed|ing)?|due|slated|scheduled|supposed|aim(?:s|ed|ing)?\s+to|set\s+to|going\s+to|gonna|about\s+to)\b/i;

/** Whether the question asks about a plan or an expectation rather than what happened (`PLAN_ASKED`). */
export function asksAboutPlan(question: string): boolean {
  return PLAN_ASKED.test(question);
}

/** The question's asking part, lower case, acronyms without their dots and curly apostrophes straight, as the readings below take it. */
function askedText(question: string): string {
  return withoutAcronymDots(interrogativePart(question)).toLowerCase().replace(/’/g, "'");
}

/** Words before a past participle that make it no past tense of its own: "is/has been imposed", "the proposed tariff". */
const BEFORE_PARTICIPLE = new Set(['is', 'are', 'am', 'be', 'been', 'being', 'has', 'have', "'s", 'the', 'a', 'an', 'get', 'gets', 'got']);

/**
 * Whether a question written in the simple past asks what happened: "what came out of the fourth round?", "who won the
 * open?". `detectIntent` reads the past only from an auxiliary ("did", "was").
 */
export function writtenInPast(question: string): boolean {
  const words = askedText(question).split(/[^a-z']+/).filter(Boolean);
  return words.some((w, i) => {
    const base = pastOf(w);
    return base !== undefined && !AUXILIARY_BASES.has(base) && !BEFORE_PARTICIPLE.has(words[i - 1] ?? '');
  });
}

/** Coming, going or getting back, in any form: asked as a repeat and told as one. */
const COMING_BACK = String.raw`(?:come|comes|came|coming|go|goes|went|going|gone|get|gets|got|getting)\s+back`;

/**
 * A question about a repeat: "when did biden and suga meet again", "when will japan start buying wheat again", "when did
 * japan go back to commercial whaling", "when did ebay come back into the japanese market", "when did the talks resume".
 * Not "back in may" (a time) nor "bring back" (carry home), nor "against": each word ends where it is read.
 */
const REPEAT_ASKED = new RegExp(String.raw`\b(?:again|anew|once\s+more|resum(?:e|es|ed|ing)|${COMING_BACK}(?!\s+in\b))\b`, 'i');

/**
 * "Return" and "returns" as the verb of coming back: before where to or from ("return to Tokyo", "returns home", "the
 * return of whaling"), or after what a verb follows: "to", a modal, a subject pronoun ("will return", "they return").
 * Otherwise the noun of a yield or a form, "tax returns", "return on investment", "higher returns", or "in return for".
 */
const RETURN_VERB = String.raw`(?:return(?:ed|ing)|returns?(?=\s+(?:to|of|from|home|in|as|after)\b)|(?<=\b(?:to|will|would|could|can|may|might|must|should|shall|not|never|and|he|she|they|we|i|you|who|'ll)\s+)returns?)`;

/**
 * How a sentence tells a repeat: "will meet again", "resumed", "returned to", "reopened", "came back", "re-entered". Not
 * "in return for" (an exchange), nor "tax returns" (`RETURN_VERB`), nor "moved back" or "put back" (a delay, a place), nor
 * "renewable" (energy), which tell no second time.
 */
const REPEAT_TOLD =
  new RegExp(String.raw`\b(?:again|anew|once\s+more|resum\w*|(?<!\bin\s)${RETURN_VERB}|re-?(?:open|start|join|launch|instat|new(?!abl)|viv|enter)\w*|${COMING_BACK})\b`, 'i');

/** Every place `REPEAT_TOLD` matches (`matchAll` copies it, so its position is never shared). */
const REPEAT_TOLD_ALL = new RegExp(REPEAT_TOLD.source, 'gi');

/**
 * "when was the deal signed again?", "what's the tariff again?": a question-final "again" after a question word and a form
 * of "be" asks to be reminded, not about a second time; "when did they meet again?" still asks about a repeat.
 */
const REMINDER_OPENING = /^\s*(?:when|what|who|where|which|how\s+\w+)(?:'s|\s+(?:was|were|is|are)\b)/i;
const FINAL_AGAIN = /\bagain[\s?.!]*$/i;

/** Whether a question asks when something happened again (`REPEAT_ASKED`), not only to be reminded (`REMINDER_OPENING`). */
export function asksRepeat(question: string): boolean {
  return REPEAT_ASKED.test(REMINDER_OPENING.test(question) ? question.replace(FINAL_AGAIN, '') : question);
}

/**
 * Whether a sentence tells something happening again (`REPEAT_TOLD`): one that does not tells the first time, or another.
 * With `done`, for a question about a repeat that happened ("when did ebay come back?"), a repeat told only as a prospect
 * ("We may come back to Japan sometime", "plans to resume") does not count: it tells no second time that took place.
 */
export function tellsRepeat(sentence: string, done = false): boolean {
  return [...sentence.matchAll(REPEAT_TOLD_ALL)].some((match) => {
    if (!done) return true;
    // The clause before it: "could start buying wheat again" puts the modal a few words before "again".
    const clause = sentence.slice(0, match.index).split(/[,;:"“”]/).pop()!;
    const written = clause.replace(/’/g, "'").split(/[^A-Za-z']+/).filter(Boolean).slice(-PROSPECT_REACH);
    const before = written.map((w) => w.toLowerCase());
    // "to" just before it, or before its verb ("to meet again"), but not before a name: "flew to Washington again".
    return !before.some((w, i) => MODALS.has(w) || (w === 'to' && (i === before.length - 1 || (i === before.length - 2 && !/^[A-Z]/.test(written[i + 1]!)))));
  });
}

/** "did", or the perfect ("has honda spent", "had they built"): the question asks what was done, in so many words. */
const DONE_ASKED = /\bdid\b/i;
/** The perfect's auxiliary, then its participle within this many words: "how much has honda itself spent". */
const PERFECT_REACH = 3;

/**
 * Whether a question asks in so many words what was done: with "did" ("how many cars did honda build"), or in the
 * perfect ("how much has honda spent"). Not a past "was", which as often asks what something is called or was planned.
 */
export function asksWhatWasDone(question: string): boolean {
  const q = askedText(question);
  if (DONE_ASKED.test(q)) return true;
  const words = q.split(/[^a-z']+/).filter(Boolean);
  return words.some((w, i) => (w === 'has' || w === 'have' || w === 'had') && words.slice(i + 1, i + 1 + PERFECT_REACH).some((x) => { const base = pastOf(x); return base !== undefined && !AUXILIARY_BASES.has(base); }));
}

/** Ordinals as words and as figures, each read as its word. */
const ORDINAL_WORDS: Readonly<Record<string, string>> = { first: 'first', '1st': 'first', second: 'second', '2nd': 'second', third: 'third', '3rd': 'third', fourth: 'fourth', '4th': 'fourth', fifth: 'fifth', '5th': 'fifth', sixth: 'sixth', '6th': 'sixth' };
/** Words before an ordinal that make it one of a series: "the third", "its second"; or a possessive ("japan's second"). */
const ORDINAL_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'a', 'this', 'that']);
/** How many words after an ordinal may be its noun: "the third us-japan economic 2+2". */
const ORDINAL_HEAD_WORDS = 3;
/** Prepositions that end the noun phrase an ordinal opens. */
const PHRASE_ENDING_PREPOSITIONS: ReadonlySet<string> = new Set('in at on of for to from with by about after before since under over between into near'.split(' '));

/**
 * The ordinals of second or higher the question puts before a noun after a determiner ("the third economic 2+2", "its
 * 2nd store"), each with the index terms of the words after it up to a preposition ("the second starbucks in japan" is
 * a Starbucks: "Japan" after it would let any "second… Japan" carry it). Not "first": news often leaves it unsaid.
 */
export function askedOrdinals(question: string): { ordinal: string; heads: string[] }[] {
  const words = askedText(question).split(/[\s\u2010-\u2015-]+/).filter(Boolean);
  const out: { ordinal: string; heads: string[] }[] = [];
  words.forEach((w, i) => {
    const ordinal = ORDINAL_WORDS[w];
    if (ordinal === undefined || ordinal === 'first') return;
    const prev = words[i - 1] ?? '';
    if (!ORDINAL_DETERMINERS.has(prev) && !prev.endsWith("'s")) return;
    // The noun phrase ends at a preposition: "the second starbucks in japan" is a Starbucks, not a Japan.
    const after = words.slice(i + 1, i + 1 + ORDINAL_HEAD_WORDS);
    const end = after.findIndex((x) => PHRASE_ENDING_PREPOSITIONS.has(x));
    const heads = (end < 0 ? after : after.slice(0, end)).flatMap((x) => analyzeWords(x));
    if (heads.length > 0) out.push({ ordinal, heads });
  });
  return out;
}

/** Whether a sentence puts the ordinal before one of the question's words after it ("the third round of the 2+2"). */
export function carriesOrdinal(sentence: string, ordinal: string, heads: readonly string[]): boolean {
  // "second-largest" writes the ordinal before its word as "second largest" does.
  const raw = sentence.toLowerCase().replace(/’/g, "'").split(/[\s\u2010-\u2015-]+/).filter(Boolean);
  const words = raw.map((w) => w.replace(/^[^a-z0-9]+|[^a-z0-9+]+$/g, ''));
  const keys = new Set(heads);
  // An ordinal that punctuation ends ("Second, it gives Japan…", "…finished third.") orders points or places, not a noun after it.
  const endsPhrase = (i: number) => /[,;:.!?)]['"]?$/.test(raw[i]!);
  return words.some((w, i) => ORDINAL_WORDS[w] === ordinal && !endsPhrase(i) && words.slice(i + 1, i + 1 + ORDINAL_HEAD_WORDS + 1).some((x) => analyzeWords(x).some((k) => keys.has(k))));
}
