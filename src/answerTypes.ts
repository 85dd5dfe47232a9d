/**
 * What sort of answer a question asks for, and which sentences hold one. Questions are typed by
 * their question word and, for "which/what X", by the sort of thing X names in WordNet (a minister
 * is a person, a port a location, a month a time). Sentences are typed with the compromise NLP
 * library's tagger (people, places, organisations, dates, values), so "who" is answered by a
 * sentence that names someone and "how many" by one that gives a number. Questions are not tagged:
 * at a millisecond each, tagging was half the time of an answer.
 */
import { createRequire } from 'node:module';
import type nlpType from 'compromise';
import { LRUCache } from 'lru-cache';
import { analyze } from './analyze.ts';
import { exceptionBases, isLemma, PHRASAL_PARTICLES } from './lexical/extract.ts';
import { lemmatizer } from './lexical/morphy.ts';
import { isEnglishWord, isInflectedVerb, isVerbForm, lookup, nounSort } from './lexical/wordnet.ts';
import { MONTH_SHORT_FORMS, MONTHS, WEEKDAYS } from './months.ts';
import { STOP_WORDS } from './stopWords.ts';

/**
 * `reason` is asked by "why": a sentence that gives a cause or a purpose holds one. `duration` is
 * asked by "how long": a length of time ("180 days", "two hours"), not any number. `list` is asked
 * by "which/what" and a plural noun of no other sort ("which minerals", "which sectors"): a sentence
 * that names several in a series holds one. `city` is asked by "which city/town/port": a place
 * within a country, so "in the United States" does not answer it. `frequency` is asked by "how
 * often": how many times in a span ("every two years", "twice a year", "annually"), not a date.
 * `successor` is asked by "who replaced/succeeded/took over from…": a person, in a sentence that
 * says one followed another; any other person quoted would be a guess, so the bot declines without one.
 * `age` is asked by "how old" and "what age": years of age ("Saji, 68,", "the 64-year-old", "aged 70", "the 138-year-old
 * maker"), not any number: a share price does not say how old anyone is.
 * `count` is asked by "how many" and "what number": any number, written out too ("two governments").
 * `quantity`, asked by "how much", "how big", "what share" or a noun for an amount, is a measure,
 * which news gives in figures or in words of scale ("$2.5 billion", "a quarter", "two-thirds"): the
 * count in "the two governments" is not how much the US is putting in. `money` is a quantity asked
 * with a word of price ("how much is daikin paying", "what's the price", "what will it cost"): a sum
 * in a currency, since "1 million tonnes a year" is no price. A premium, a rate, a tariff or a stake
 * asked with such a word is a quantity still ("what premium is it paying"), unless it is what costs ("how much will the
 * tariffs cost toyota").
 */
export type AnswerType = 'person' | 'successor' | 'speaker' | 'date' | 'place' | 'city' | 'quantity' | 'money' | 'count' | 'duration' | 'frequency' | 'age' | 'reason' | 'list';

/** The answer types a date or a figure gives: values a pattern finds in a sentence. */
export const FIGURE_TYPES: ReadonlySet<AnswerType> = new Set(['date', 'quantity', 'money', 'count', 'duration', 'frequency', 'age']);

/** Nouns for a place within a country ("which city?", "what port?"): a country does not answer them. */
const LOCALITY_NOUNS: ReadonlySet<string> = new Set(['city', 'town', 'port', 'village']);
/**
 * Nouns for a part of a country ("which states can ship apples", "which prefecture"): asked like a city, and "New
 * Zealand" does not answer them either. Unlike a city's, the noun is still searched for, since articles name these
 * parts with it ("Washington state", "Fukushima prefecture").
 */
const REGION_NOUNS: ReadonlySet<string> = new Set(['state', 'province', 'prefecture', 'county']);

/** Whether an answer type asks for a place, at any scale. */
export function isPlaceType(type: AnswerType | undefined): boolean {
  return type === 'place' || type === 'city';
}

/** Words that ask for a count whatever noun follows ("how many holes", "what number of"). */
const COUNT_QUESTION = /\bhow many\b|\bwhat number\b/;
/** Words that ask for an age: "how old", "what age", "his age". */
const AGE_QUESTION = /\bhow old\b|\bwhat age\b|\b(?:his|her|their|its) age\b/;
/** Words that ask for an amount whatever noun follows ("how much", "what share"), and "what" as the object of a verb of price ("what did sony pay", "what will it cost", "what is it worth"), not the noun ("what did he say about the cost"). */
const QUANTITY_QUESTION = /\bhow (?:much|big|large|far|high|low|bad|small)\b|\bwhat (?:percent(?:age)?|share|proportion|portion|amount|figure|total|size|price|rate|level)\b|\bby how\b|\bwhat\b(?:\s+(?!(?:and|or|but|when|where|why|how)\b)[a-z'-]+){1,6}?\s+(?<!\b(?:the|a|an|its|their|his|her|our|this|that|of|about|on|in|for|to|with)\s+)(?:cost|costs|pay|pays|paid|fetch|fetched|worth)\b(?!\s+(?:attention|tribute|off)\b)/;
const DURATION_QUESTION = /\bhow long\b(?!\s+ago)/;
const FREQUENCY_QUESTION = /\bhow (?:often|frequently)\b|\bhow many times (?:a|an|per|each|every)\b/;
/**
 * "how long", "how many", "how big": the adjective says what sort of answer is wanted, not what it
 * is about, so it is not searched for ("long" would find "as long as", "big" any "biggest").
 */
const TYPE_ADJECTIVE = /\bhow (long|many|much|big|large|far|old|high|low|bad|small|soon|often)\b/g;
/**
 * "until when?", "till what date?": the preposition before the question word says which end of a time is asked for, not
 * what about, so it is not searched for, as "since" and "from" (stop words) are not. Elsewhere it is: "hold off until
 * after july" is about the wait.
 */
const TIME_BOUND_ASKED = /\b(until|till|til)\s+(?:when|what|which)\b/g;
/**
 * "roughly how many…?", "approximately what share…": a hedge before the question word says an estimate will do, not what
 * about, so it is not searched for. Elsewhere it is a word of the topic: "almost all the forks" asks about a share.
 */
const HEDGE_ASKED = /\b(roughly|approximately|approx|nearly|almost|circa)\s+(?=(?:how|what|which)\b)/g;
/**
 * "so hard", "so badly" after a verb or its object say how much, as chat stresses a question ("why did the yen rally so
 * hard", "why does terumo want caridian so badly"); the adverb is no topic, and "hard" finds "it's hard to say". Not
 * when a copula is the question's verb, where the adjective is what is asked about ("why is the treasury so hard on
 * china"), unless a participle follows it ("why is the yen falling so hard").
 */
const DEGREE_ADVERB = /\bso\s+(hard|badly|strongly|heavily|sharply|fiercely|desperately)\b/g;
/** A copula right after a question word, before its subject: "why is the treasury…", "how's it…". */
const COPULA_FIRST = /\b(?:why|how|what|who|where|when)(?:'s|\s+(?:is|are|was|were|isn't|aren't|wasn't|weren't))\b/;
/** A participle or past form, which makes the copula an auxiliary: "why is the yen falling so hard". */
const PARTICIPLE = /\b[a-z]+(?:ing|ed)\b/g;

/** The degree adverbs of a lower-cased question that only stress it (`DEGREE_ADVERB`); one pass over it. */
function degreeAdverbs(q: string): string[] {
  const copula = COPULA_FIRST.exec(q);
  const from = copula ? copula.index + copula[0].length : -1;
  const participle = copula ? [...q.matchAll(PARTICIPLE)].find((m) => m.index >= from)?.index ?? Infinity : -1;
  return [...q.matchAll(DEGREE_ADVERB)].flatMap((m) => (copula && from <= m.index && participle > m.index ? [] : [m[1]!]));
}
const DATE_QUESTION = /\bwhen\b|\bwhens\b|\bhow (?:soon|long ago)\b|\bwhat time\b/;
const PERSON_QUESTION = /\bwho(?:m|se|'s|’s|s)?\b/;
/** "who", "which minister", with an auxiliary or a future ("who'll", "who could", "who's going to"), before the verb of following. */
function followerAsked(auxiliaries: string): string {
  return String.raw`\b(?:who|which\s+[a-z]+)(?:'s|'ll|s|\s+(?:${auxiliaries})(?:\s+be)?)?(?:\s+(?:going\s+to|gonna))?\s+`;
}
/**
 * "who replaced Seko…", "which minister succeeded Aso", "who took over from…", "who's going to replace Motegi", "who'll take over",
 * "who is Abe's successor", "who gets Ando's job", "who'll fill his shoes" (and "who's Aso's replacement":
 * `REPLACEMENT_QUESTION`): a person who followed another; or the one followed: "who did he take over from?", "who was
 * his predecessor?". The verb must be the question's own ("who said the usmca would replace nafta?" asks who said),
 * after the same subjects and auxiliaries whichever verb it is ("which minister got Aso's job", "who could take his
 * place"), and "who succeeded in…" asks who managed to.
 */
const SUCCESSION_QUESTION = new RegExp(
  [
    String.raw`${followerAsked('will|would|has|had|did|could|might|is|was')}(?:replac(?:e|ed|es|ing)|succe(?:ed|eded|eds|eding)(?!\s+in\b)|t(?:ake|akes|aken|ook|aking)\s+over)\b`,
    String.raw`\bwhom?\s+(?:did|does|do|will|would|has|had)\s+(?:(?!(?:say|says|said|think|thinks|believe|believes|expect|expects|want|wants|would|will|could|should|might|to)\b)[a-z'.-]+\s+){1,3}(?:replace|succeed|take\s+over\s+from)\b`,
    String.raw`\b(?:successor|predecessor)\b`,
    String.raw`${followerAsked('will|would|has|had|did|does|could|might|is|was')}(?:gets?|got|getting|takes?|took|taken|taking|fills?|filled|filling|inherits?|inherited|inheriting|steps?\s+into|stepped\s+into|stepping\s+into)\s+(?:[a-z.'’-]+['’]s?|his|her|their)\s+(?:old\s+|former\s+|top\s+)?(?:job|post|seat|role|position|place|spot|shoes|chair)\b`,
  ].join('|'),
);
/**
 * "who's aso's replacement", "who will be his replacement", "who did abe pick as motegi's replacement", "who is the replacement
 * for aso": the replacement is the one asked for, after "who is", "be" or "as". Not a thing that replaces another, which
 * chat asks about as often: "who makes the replacement inflators", "who proposed a replacement for nafta".
 */
const REPLACEMENT_QUESTION = /(?:\bwho(?:'s|s|\s+(?:is|was))|\b(?:be|as))\s+(?:(?:the|his|her|their|[a-z.'-]+'s?)\s+)?replacement\b/;
/** A sentence that tells of one person following another. */
const SUCCESSION = /\b(?:succe(?:ed|eded|eds|eding)(?!\s+in\b)|successor|predecessor|t(?:ake|akes|aken|ook|aking) over|in place of|bec(?:ame|omes|ome)\b[^.]{0,60}\bafter|appoint(?:ed|s|ment)?|named\b[^.]{0,40}\b(?:as|to)|step(?:s|ped)? down|resign(?:ed|s|ation)?)\b/i;
/**
 * A name as news writes it, one to four capitalised words ("Taro Kono", "Prime Minister Shinzo Abe"), not a pronoun or
 * an article opening a sentence ("It", "The"), nor an all-capitals acronym ("NAFTA"), nor a possessive ("Trump's threat"
 * is a threat). Each word is bounded, so a long run of capitals costs linear time.
 */
const NAME_WORDS = String.raw`(?!(?:It|Its|This|That|These|Those|They|He|She|We|The|A|An)\b)\p{Lu}\p{Ll}[\p{L}'’.-]{0,30}(?:\s+\p{Lu}\p{Ll}[\p{L}'’.-]{0,30}){0,3}(?![\p{L}'’-])`;
/**
 * "replaced" and "followed" tell of a succession only with a person beside them: "replaced Seko", "replacing the
 * outgoing Motegi", "was replaced as economy minister by Nishimura", "Motegi, who replaced…", "Suga was elected to
 * replace…", "followed Abe", "was followed by Suga". Not "the 15 percent rate replaces the 25 percent levy Trump had threatened", nor "The
 * USMCA replaced NAFTA", nor "Following Tuesday's meeting". Case-sensitive, since a capital is what marks the name.
 */
const REPLACED_SOMEONE = new RegExp(String.raw`\b[Rr]eplac(?:e|ed|es|ing)\s+(?:(him|her)\b|(?:the\s+)?(?:outgoing\s+|former\s+)?(${NAME_WORDS}))`, 'gu');
const REPLACED_BY = new RegExp(String.raw`\breplaced\b[^.;]{0,40}?\bby\s+(${NAME_WORDS})`, 'gu');
const SOMEONE_REPLACED = new RegExp(
  String.raw`(${NAME_WORDS}),?\s+(?:who\s+)?(?:has\s+|had\s+|was\s+|is\s+|will\s+)?(?:been\s+|be\s+)?(?:(?:elected|named|chosen|picked|tapped)\s+to\s+)?replac(?:e|ed|es|ing)\b`,
  'gu',
);
const FOLLOWED_SOMEONE = new RegExp(String.raw`\b[Ff]ollow(?:ed|s|ing)\s+(?:by\s+)?(?:(him|her)\b|(${NAME_WORDS}))`, 'gu');
const PERSON_BESIDE = [REPLACED_SOMEONE, REPLACED_BY, SOMEONE_REPLACED, FOLLOWED_SOMEONE];
/** "Trump's threat" is a threat, not Trump. */
const POSSESSIVE = /['’]s?$/;
/** "his replacement", "Seko's replacement", "a replacement for Aso": the noun names the succession itself. */
const REPLACEMENT = /\b(?:his|her|\p{Lu}\p{Ll}[\p{L}'’.-]{0,30}['’]s?)\s+replacement\b|\breplacement\s+(?:for|as)\s+\p{Lu}/u;

/**
 * Whether a sentence tells of one person following another. Read with the names the question mentions still in it
 * ("replacing Taro Kono"); `isName` tells the articles' names, as for the person type.
 */
export function tellsOfSuccession(sentence: string, isName: (word: string) => boolean = () => false): boolean {
  if (SUCCESSION.test(sentence) || REPLACEMENT.test(sentence)) return true;
  return PERSON_BESIDE.some((pattern) =>
    [...sentence.matchAll(pattern)].some((m) => m.slice(1).some((name) => name !== undefined && !POSSESSIVE.test(name) && (/^(?:him|her)$/.test(name) || holdsType(` ${name}`, 'person', isName)))),
  );
}
/**
 * What was before, or how it changed: "which have been paying 27.5 percent", "had been", "previously", "formerly",
 * "used to", "which rose to 27.5 percent in April", "reduced from 25 percent", "from 2.5% to 15%"; not what is to be
 * ("to be lowered to zero"), nor what holds now ("which has been in force since September", "has been signed").
 * The answer to "and before?".
 */
const FORMER_STATE =
  /\bhad\s+been\b|\b(?:have|has)\s+been\s+\w+ing\b|\b(?:previously|formerly|used\s+to|until\s+(?:now|then))\b|(?<!\bbe\s)\b(?:r(?:ose|isen)|f(?:ell|allen)|dropped|lowered|raised|reduced|increased|decreased|doubled|halved|climbed|jumped)\s+(?:\S+\s+){0,3}?(?:to|from)\b|\bfrom\s+[$€£¥]?\d[\d.,]*\s*(?:%|percent|per cent)?\s+to\b/i;

/** Whether a sentence tells what was before, or how a thing changed, for "and before?". */
export function tellsFormerState(sentence: string): boolean {
  return FORMER_STATE.test(sentence);
}
/** Verbs that report speech, as news writes who said what: "Aso said", "Motegi told reporters", "Harris wrote". */
export const SPEECH_VERBS =
  'said|says|say|told|tells|spoke|speaks|wrote|writes|reported|reports|suggested|suggests|announced|announces|added|adds|warned|warns|argued|argues|stated|states|noted|notes|insisted|insists|stressed|stresses|explained|explains|called|calls|described|describes|commented|comments|urged|urges|cautioned|cautions|complained|complains|claimed|claims|acknowledged|acknowledges|predicted|predicts|declared|declares|replied|replies|responded|responds|tweeted|criticized|criticised|praised|praises';
/**
 * "who said that?", "who says so?", "who spoke for IBM?", "who warned…", "who called the probe bogus", "who at the farm
 * ministry said…": the one asked for is the speaker, the subject of the verb. Not "who did Abe say would…" (the one spoken of), nor "who wrote…" (the byline),
 * nor the passive "who's said to be next in line" / "who is reported to have…" (the one spoken of).
 */
const SPEAKER_QUESTION = new RegExp(
  String.raw`\bwho(?:'s|’s|s)?\s+(?:(?:at|from|in|inside|within|on)\s+(?:[^\s?,]+\s+){1,5}?)?(?:else\s+|first\s+|also\s+|actually\s+|then\s+)?(?!wrote\b|writes\b)(${SPEECH_VERBS})\b(?!\s+to\s+(?:be|have)\b)`,
);
/**
 * "What did japan's trade minister say after…", "how did the embassy characterize…", "what does trump call…": the question
 * asks for what its subject said, so a sentence in which that subject speaks answers it. The subject (group 1) stands
 * between the auxiliary and a verb of speech; a pronoun ("what did he say?") is a follow-up's, read with the conversation.
 * Not the passive ("how was the deal described by abe", "what was japan told"), whose subject is spoken of or to.
 */
const SPEECH_SUBJECT_QUESTION =
  /\b(?:what|how)\s+(?:did|does|do|has|have|had|will|would)\s+((?:[\w'’.&-]+\s+){0,5}?[\w'’.&-]+)\s+(?:(?:actually|really|first|publicly|officially)\s+)?(?:say|said|tell|told|describe|described|characteri[sz]e|call|react|respond|reply|explain|announce|write|tweet|warn|comment|argue|claim|think)\b/;
const PRONOUN_SUBJECT = /^(?:he|she|they|it|you|u|i|we|that|this|those|these|someone|anyone|anybody|everyone)$/;

/** The subject of a question that asks what someone said ("japan's trade minister"), or undefined. */
export function speechSubject(question: string): string | undefined {
  const subject = SPEECH_SUBJECT_QUESTION.exec(interrogativePart(question))?.[1];
  return subject === undefined || PRONOUN_SUBJECT.test(subject) ? undefined : subject;
}

/**
 * A question for what something is called: "whats the japanese term for these trading firms", "what label did the court
 * stick on steel partners", "what nickname did the papers give it", "what's the new framework called", "what did traders
 * end up calling the selloff", "what does shinsei translate to". Not "what did the resolution call for" (a demand), "what
 * did they agree on their phone call" (a noun), "what prison term did tanaka get" (a length of time), "what were the
 * terms that japan accepted" (a deal's terms: "terms" is no verb of naming), "what's the word on the car tariffs" (the
 * news), nor "what are the green groups saying" (a verb).
 */
const NAMING_QUESTION = new RegExp(
  String.raw`\bwhat(?:'s|\s+(?:is|was|are|were))?\s+(?:(?:the|its|their|his|her|that|this)\s+)?(?:[a-z0-9.'-]+\s+){0,4}?(?:(?:name|nickname|word(?!\s+(?:on|from|out)\b)|label|phrase|catchphrase|slogan|moniker|expression)\b|term(?=\s+(?:for|of)\b|\W*$))` +
    String.raw`|\bwhat\b[^?]*\b(?:call|calls|calling|dub|dubs|dubbing|term|terming)\s+(?:the|it|this|that|these|those|them|him|her|its|their|his)\b` +
    // The participle ends what is asked ("what's the new framework called?", "…called by traders"), not a verb with an
    // object ("what happened after trump called abe?", "called for", "called on").
    String.raw`|\bwhat\b[^?]*\b(?:called|dubbed|nicknamed|termed)(?=\W*$|\s+(?:by|now|today|officially|locally|these\s+days)\b)` +
    String.raw`|\bwhat\s+(?:does|did|do)\b[^?]*\b(?:mean|stand\s+for|translate)\b`,
);

/** Whether a question asks what something is called (`NAMING_QUESTION`). */
export function namingAsked(question: string): boolean {
  return NAMING_QUESTION.test(interrogativePart(question));
}

/**
 * A short phrase in quotation marks, as news gives a name or a label: the "soybean shock", an "abusive acquirer", "epic".
 * A ’ followed by a letter is an apostrophe, not the closing mark: “We can’t… and “Japan’s… open long quotations.
 */
const QUOTED_TERM = /[“"‘](?:[^“”"‘’\s]+\s+){0,4}[^“”"‘’\s]+?[,.]?[”"’](?![a-z])/iu;
/** Words that give a name in so many words: "known in Japan as sogo shosha", "named it…", "which means "rebirth"", "so-called". */
const NAMING_CUE = /\b(?:known|referred to|billed)\b[^.;]{0,30}?\bas\b|\b(?:called|calling|calls|dubbed|nicknamed|named|termed|labell?ed|renamed|means|meaning|stands for|short for|translates?|so-called)\b/i;

/** Whether a sentence gives a name for something: a short quoted phrase or a word that names (`NAMING_CUE`). */
export function givesAName(sentence: string): boolean {
  return QUOTED_TERM.test(sentence) || NAMING_CUE.test(sentence);
}

/**
 * "Why does trump think…", "y did son say he…", "according to ishiba, why…": the reason asked for is the one its
 * subject gives, so a sentence in which that subject speaks answers it. The subject (group 1 or 3) stands between the
 * auxiliary and a verb of speech or thought (group 2), or after "according to".
 */
const REASON_SPEAKER_QUESTION =
  /\b(?:why|how\s+come)\s+(?:did|does|do|has|have|had|would|will)(?:n'?t)?\s+((?:[\w'’.&-]+\s+){0,5}?[\w'’.&-]+)\s+(?:(?:actually|really|still|now|publicly)\s+)?(say|said|think|thinks|believe|reckon|argue|claim|insist|feel|figure|expect|explain|tell|told|warn)\b|\baccording\s+to\s+((?:[\w'’.&-]+\s+){0,4}?[\w'’.&-]+)(?=\s*(?:[,?]|\bwhy\b|$))/;

/** The subject whose own reason a "why" question asks for ("trump" in "why does trump think…"), or undefined. */
export function reasonSpeaker(question: string): string | undefined {
  const m = REASON_SPEAKER_QUESTION.exec(interrogativePart(question));
  const subject = m?.[1] ?? m?.[3];
  return subject === undefined || PRONOUN_SUBJECT.test(subject) || CLAUSE_OPENER.test(subject) ? undefined : subject;
}

/**
 * A word that opens a clause of its own inside what would be the subject: "why did the yen weaken as analysts expect?"
 * asks why the yen fell, not for the analysts' reason, and "the yen weaken as analysts" is no one.
 */
const CLAUSE_OPENER = /\b(?:as|than|because|while|when|whenever|after|before|if|unless|since|though|although|until)\b/;

/** How many words from a verb of speech its speaker may stand: "Trade Minister Hiroshige Seko told", "trade and industry minister Yoji Muto said". */
export const SPEAKER_REACH = 4;
const SPEECH_VERB = new RegExp(String.raw`^(?:${SPEECH_VERBS})$`);
/** Verbs after which news names the speaker: "…," said Kent Bacus. ("According to Seko" is read apart: it is no verb of speech.) */
const SPEAKER_FOLLOWS = /^(?:said|says|added|adds)$/;

const SPEAKING_PRONOUN = /^(?:he|she|they)$/i;

/**
 * Whether a sentence reports the words of whom `isSubject` tells by a word of theirs: one within `SPEAKER_REACH` words
 * before a verb of speech ("Trade Minister Hiroshige Seko told", "trade and industry minister Yoji Muto said"), or after
 * "said" or "according to". With `pronounsToo` (the sentence before names them), "he", "she" or "they" count as theirs:
 * "He said that the US has an unbelievably big trade imbalance with Japan."
 */
export function voices(sentence: string, isSubject: (word: string) => boolean, pronounsToo = false): boolean {
  const words = sentence.split(/[^\p{L}\p{N}'’.&-]+/u).filter(Boolean);
  const isSpeaker = (w: string) => (pronounsToo && SPEAKING_PRONOUN.test(w)) || isSubject(w);
  return words.some((w, i) => {
    const verb = w.toLowerCase();
    // "According to Seko": no verb of speech, but the speaker follows it as after "said".
    if (verb === 'according' && words[i + 1]?.toLowerCase() === 'to') return words.slice(i + 2, i + 2 + SPEAKER_REACH).some(isSpeaker);
    if (!SPEECH_VERB.test(verb)) return false;
    const before = words.slice(Math.max(0, i - SPEAKER_REACH), i);
    const after = SPEAKER_FOLLOWS.test(verb) ? words.slice(i + 1, i + 1 + SPEAKER_REACH) : [];
    return [...before, ...after].some(isSpeaker);
  });
}

/**
 * A name speaking in a sentence: "Seko said", "Trade Minister Hiroshige Seko told a news conference", "The group's
 * president, Vince Peterson, told…", "Cody Lusk, president of …, earlier called…", "Tai has repeatedly said"; "said
 * Seko"; "according to Seko".
 * Not a pronoun ("he told Axios": the name there is the listener), nor a name spoken to or of. What follows the name is
 * only looked ahead at, so an opening that is no one ("On Tuesday, Amari told…", "However, Tanaka said…") leaves the
 * name after it to be read.
 */
const NAME_SPEAKS = new RegExp(
  String.raw`(${NAME_WORDS})(?=(?:,[^,;“”"]{1,120}){0,2},?\s+(?:(?:has|have|had)\s+)?(?:(?:also|later|earlier|then|again|previously|separately|publicly|repeatedly|\p{Ll}+ly)\s+)?(?:${SPEECH_VERBS})\b)`,
  'gu',
);
/** "…, said Seko", "according to Seko", and "According to Seko, …" opening a sentence. */
const SPEAKS_NAME = new RegExp(String.raw`\b(?:said|says|added|adds|[Aa]ccording to)\s+(${NAME_WORDS})`, 'gu');
/** The passive, with the speaker as its agent: "the tariffs, announced by President Donald Trump on Wednesday, …". */
const SPOKEN_BY = new RegExp(String.raw`\b(?:${SPEECH_VERBS})\s+by\s+(${NAME_WORDS})`, 'gu');

/** Whether someone named speaks in a sentence: the answer to "who said that?". `isName` tells the articles' names, as for the person type. */
export function namesASpeaker(sentence: string, isName: (word: string) => boolean = () => false): boolean {
  return speakersIn(sentence, isName).length > 0;
}

/** The names that speak in a sentence, as it writes them ("Gil", "Trade Minister Hiroshige Seko"), in order. */
export function speakersIn(sentence: string, isName: (word: string) => boolean = () => false): string[] {
  return [NAME_SPEAKS, SPEAKS_NAME, SPOKEN_BY].flatMap((pattern) =>
    [...sentence.matchAll(pattern)].flatMap((m) => (m[1] !== undefined && !POSSESSIVE.test(m[1]) && holdsType(` ${m[1]}`, 'person', isName) ? [m[1]] : [])),
  );
}
const PLACE_QUESTION = /\bwhere(?:'s|’s|s)?\b/;
const REASON_QUESTION = /\bwhy\b|\bhow come\b|\bwhat for\b|\bfor what reason\b/;
/** Words English uses to give a cause or a purpose. */
const REASON_CUES = /\b(?:because|since|due to|owing to|as a result|result of|in order to|so that|so as to|for fear|aimed at|in a bid to|in an effort to|to (?:give|help|allow|ensure|avoid|protect|boost|reduce|cut|win|gain|secure|open|curb|prevent|keep|head off)|reasons?|motivated|driven by|given that|amid|after|worried|concerned|fears?|citing|cited|pointing (?:out|to)|arguing|argued|explaining (?:that|why)|on (?:the )?grounds|to reflect|(?:idea|aim|goal) (?:is|was) to|with the aim of|part of (?:a|an|its|the|their|his|her) (?:[\w-]+ ){0,2}(?:effort|push|drive|bid|plan|strategy|attempt) to|positions? (?:[\w.'’-]+ ){1,3}to|(?:that is|that's|this is) why|in response to|to make up for|based on|comes? as|came as)\b/i;
/**
 * Words that tie a fact to its cause or purpose; broader cues ("after", "amid") may only tell when. News copy also
 * names the purpose as such ("the idea is to…", "part of a broader effort to…", "the decision was based on…", "the deal
 * positions Lixil to ride…") or ties a cause to what follows with ", so the…", "that is why", "in response to".
 */
const CAUSE = /\b(?:because|due to|owing to|as a result|(?:the )?result of|in order to|so as to|so that|for fear|aimed at|in a bid to|in an effort to|driven by|given that|since (?:the|it|its|their|they|he|she|we)\b|would (?:allow|let|help|give|enable)|to (?:avoid|escape|protect|reduce|prevent|keep|win|secure|fend off|head off)|concern(?:s|ed)? (?:that|about|over)|fears? (?:that|of)|worr(?:y|ies|ied) (?:that|about)|to reflect|(?:the )?(?:idea|aim|goal|reason) (?:is|was|being) (?:to|that)\b|with the aim of|(?:is|was|are|were) part of (?:a|an|its|the|their|his|her) (?:[\w-]+ ){0,2}(?:effort|push|drive|bid|plan|strategy|attempt) to|positions? (?:[\w.'’-]+ ){1,3}to (?:ride|take|tap|benefit|capture|expand|compete|grow|win)|(?:that is|that's|which is|this is) why|in response to|to make up for|(?:decision|move|choice) (?:was|is) based on|,\s+so (?:the|it|its|they|their|he|she|we|that)|,\s+(?:warning (?:that|of|(?:it|they|this|that) would)|arguing that|explaining (?:that|why)|citing (?!(?:unnamed |anonymous )?(?:sources?|people|officials?|a source|a person|reports?)\b)))\b/i;

/** "Pence was due to leave Tokyo…": "due to" after a copula and before a verb tells what is scheduled, not a cause. */
const SCHEDULED = /\b((?:is|are|was|were|be|been|being)\s+(?:(?:also|now|not|still)\s+)?)due\s+to\s+(\p{L}+)/giu;
/** "…the first time the measure has been used since the pact took effect": after a perfect tense, or "ever", "since" tells from when, not why. */
const PERFECT_SINCE = /\b(?:has|have|had|hasn't|haven't|hadn't)\s+(?:[\p{L}-]+\s+){0,4}?since\b|\bever\s+since\b/giu;

/**
 * The sentence with the words that look like cause cues but tell time taken out: a schedule's "due to"
 * ("was due to leave", not "due to weak demand") and a perfect tense's "since" ("has been used since
 * the pact took effect", not "since the yen fell").
 */
function withoutTimeCues(sentence: string): string {
  return sentence
    .replace(SCHEDULED, (whole, before: string, word: string) => (isLemma(word.toLowerCase(), 'verb') ? `${before}scheduled ${word}` : whole))
    .replace(PERFECT_SINCE, (whole) => whole.replace(/since$/i, 'from'));
}

/**
 * Whether a sentence ties a fact to its cause or purpose in so many words: stricter than the
 * `reason` type, which also takes "after" or "amid". A follow-up "why?" prefers such a sentence.
 */
export function givesCause(sentence: string): boolean {
  return CAUSE.test(withoutTimeCues(sentence));
}

/** Modals of what would follow (a closed class): "…would be politically costly before the poll", "…could tie its hands". */
const CONSEQUENCE = /\b(which\s+)?(?:would|could|might)\b/gi;
/** Verbs that report what someone said or thought: the modal after one ("Trump said the levies would apply") is the speaker's future, not a consequence. */
const REPORTED = /\b(?:said|says|told|tells|added|adds|announced|promised|pledged|vowed|warned|expected|hoped|hopes|predicted|believed|believes)\b/i;

/**
 * Whether a sentence tells what would follow from something, a consequence or a prospect, which
 * is how news copy often gives the reason for a step without a cause word: "concessions to
 * American farmers would be politically costly before the poll" says why a deal waits for a vote.
 */
export function tellsConsequence(sentence: string): boolean {
  // "…, which would mean" tells a consequence even in reported speech.
  for (const m of sentence.matchAll(CONSEQUENCE)) if (m[1] !== undefined || !REPORTED.test(sentence.slice(0, m.index))) return true;
  return false;
}

/** A direct quotation of some length: "“Scope clause has not relaxed as anticipated,” … said". */
const DIRECT_QUOTATION = /[“"][^”"]{12,}[”"]/;
/** "…," he said: a quotation whose speaker is a pronoun. */
const PRONOUN_SAYS = /\b(?:he|she|they)\s+(?:also\s+)?(?:said|says|added|told|wrote)\b|\b(?:said|says|added)\s+(?:he|she)\b/i;

/**
 * Whether a sentence quotes someone in their own words, named ("…," Daikin Chairman Noriyuki
 * Inoue said) or as "he"/"she": news copy gives the reason for a step in the words of whoever took
 * it, after the sentence that reports the step, with no cue word ("The market environment … has
 * grown increasingly severe," Fujifilm said).
 */
export function quotesSpeaker(sentence: string, isName: (word: string) => boolean = () => false): boolean {
  return DIRECT_QUOTATION.test(sentence) && (PRONOUN_SAYS.test(sentence) || speakersIn(sentence, isName).length > 0);
}

/** Whether a sentence quotes, in their own words, a speaker whose name holds one of `terms` (index terms of the question). */
export function quotesSpeakerOf(sentence: string, terms: ReadonlySet<string>, isName: (word: string) => boolean = () => false): boolean {
  return DIRECT_QUOTATION.test(sentence) && speakersIn(sentence, isName).some((name) => analyze(name).some((t) => terms.has(t)));
}

/** English auxiliaries, which open a yes/no question and follow a "when" that asks. */
export const AUXILIARIES = 'is|are|was|were|will|would|do|does|did|can|could|should|has|have|had|may|might|must|shall';
/** An auxiliary that opens a yes/no question: "will…", "did…", "doesn't…". */
const YES_NO_OPENER = new RegExp(String.raw`^(?:@\S+\s+)?(?:${AUXILIARIES})(?:n't)?\b`);
/**
 * A polite request that holds the question it asks: "can you tell me when the talks start?", "could u
 * let me know who…", "do you know how much…". The auxiliary asks nothing of its own; the question
 * word after it asks, as in "when do the talks start?".
 */
const EMBEDDING_OPENER =
  /^(?:@\S+\s+)?(?:(?:can|could|would|will)\s+(?:you|u|ya)\s+(?:please\s+|pls\s+)?(?:tell|show|explain\s+to|let)\s+(?:me|us)(?:\s+know)?|(?:do|does|did)\s+(?:you|u|anyone|anybody)\s+know)\s+(?=(?:who|whom|whose|what|when|where|why|how|which)\b)/;

/**
 * A request for several things by their noun, which asks what "which" does: "list the four forums under the
 * partnership" asks "which four forums…", "name some japanese automakers in mexico" "which japanese automakers…",
 * "give me the companies that…" "which companies that…". Only at the opening of a clause, and only before a noun
 * phrase in the plural or with a count (`asWhichQuestion`): "name of the ceo?", "give me a break" and "list price of
 * the order" ask for no list.
 */
const LIST_REQUEST =
  /^(?:@\S+\s+)?(?:(?:please|pls|plz|can\s+(?:you|u)|could\s+(?:you|u))\s+)*(list|name|(?:give|show)(?=\s+(?:me|us)\b))(?:\s+(?:me|us))?\s+(?:(?:a\s+list\s+of|a\s+few|all|some|the)\s+)*(?=[a-z])(?!(?:of|it|that|this|them|a|an)\b)/;

/** A clause that requests a list (`LIST_REQUEST`) as the "which" question it asks, or the clause unchanged. */
function asWhichQuestion(clause: string): string {
  const request = LIST_REQUEST.exec(clause);
  if (!request) return clause;
  const asked = `which ${clause.slice(request[0].length)}`;
  return COUNT_ASKED.test(asked) || isPluralOrUnknownPlural(phraseEnd(wordsAfterWhichOrWhat(asked))) ? asked : clause;
}

/** The verbs of the question's requests for a list by its noun: "list" in "list the four forums…". */
function listRequestVerbs(question: string): string[] {
  return clausesOf(question).flatMap((clause) => (asWhichQuestion(clause) === clause ? [] : [LIST_REQUEST.exec(clause)![1]!]));
}

/**
 * Whether every clause of the question asks yes or no ("did washington take the safeguard to the wto?"): what it asks is
 * whether something is so, which quotes that hold all its words may neither confirm nor deny.
 */
export function asksYesOrNo(question: string): boolean {
  // A heading before a colon ("may 2019 talks: did japan agree?") names what is asked about and asks nothing.
  const clauses = clausesOf(question).filter((clause) => /\p{L}/u.test(clause) && !HEADING.test(clause));
  return clauses.length > 0 && clauses.every(opensYesNo);
}

/** "may 2019 tariff talks", "may 15 meeting": the month before a number, not the auxiliary. */
const MONTH_MAY = /^(?:@\S+\s+)?may\s+\d/;

/** Whether a clause opens with an auxiliary that asks yes or no: "did japan agree", not "may 2019 talks". */
function opensYesNo(clause: string): boolean {
  return YES_NO_OPENER.test(clause) && !MONTH_MAY.test(clause);
}

/** A clause that ends in a colon: a heading for the question after it. */
const HEADING = /:$/;

/**
 * A clause joined by "and" (or "but", "or") that is only a question word, with a preposition before it: "did japan raise
 * the tariff, and by how much?", "was the deal signed, and when?", "who signed it and when?", "and if so, why?". The
 * words before it (at least two) are the question it asks of; the joined question word is the last one asked.
 */
const JOINED_QUESTION_WORD =
  /^(\S+(?:\s+\S+)+?),?\s+(?:and|but|or)\s+(?:if\s+so,?\s+)?((?:(?:by|at|for|from|in|on|to|since|until|till|with)\s+)?(?:how\s+(?:much|many|long|often|far|soon)|when|where|why|who|whom|what|which|how))\s*([?!.]*)$/;

/**
 * A question joined by a bare question word, as two clauses: the first, and the question word asked of it. After a yes/no
 * clause the question word asks that clause's question ("was the deal signed, and when?" asks "when was the deal
 * signed?"); after a clause with a question word of its own it stands alone ("who signed it and when?": "when?").
 */
function splitJoinedQuestionWord(clause: string): string[] {
  const joined = JOINED_QUESTION_WORD.exec(clause);
  if (!joined) return [clause];
  const [, first, word, end] = joined as unknown as [string, string, string, string];
  const head = first.replace(/^@\S+\s+/, '').replace(/,$/, '');
  return [first, opensYesNo(head) ? `${word} ${head}${end}` : `${word}${end}`];
}

/** The clauses of a question, lower-cased, without a polite request that holds a question (`EMBEDDING_OPENER`). */
function clausesOf(question: string): string[] {
  return question
    .toLowerCase()
    .replace(/[’]/g, "'")
    // Chat drops the apostrophe: "whats the premium" asks what "what's the premium" asks.
    .replace(/\bwhats\b/g, "what's")
    // A full stop ends a clause, but not the one in "u.s." or "u.k."; a colon ends a heading.
    .split(/(?<=[?!;:])\s+|(?<=[^.\s]{2}\.)\s+/)
    .map((clause) => clause.trim().replace(EMBEDDING_OPENER, ''))
    .flatMap(splitJoinedQuestionWord);
}

/** The last clause of a question when it is a bare question word joined to it (`JOINED_QUESTION_WORD`): "when?" in "who signed it and when?". */
function joinedQuestionWord(question: string): string | undefined {
  const clauses = clausesOf(question);
  const last = clauses[clauses.length - 1];
  return clauses.length > 1 && last !== undefined && /^[a-z\s]+[?!.]*$/.test(last) && JOINED_QUESTION_WORD.test(question.toLowerCase().trim()) ? last : undefined;
}

/**
 * The question lower-cased, without its yes/no clauses: in "will north korea come up when pence
 * visits tokyo?" or "do they see eye to eye on where trade should go?", "when" and "where" join a
 * clause to the question and ask for no date or place. A clause asks yes or no when it opens with an
 * auxiliary; the other clauses ("…? what did lighthizer say") keep their question words. With `keepYesNo`, the yes/no
 * clauses are kept too, for readings that ask what a yes/no question is about ("did congress actually pass the tax?").
 */
export function interrogativePart(question: string, keepYesNo = false): string {
  return clausesOf(question)
    .map(asWhichQuestion)
    .filter((clause) => keepYesNo || !opensYesNo(clause))
    .join(' ');
}

/** Words of a price, an outlay or earnings: "how much is daikin paying", "what will a ploom cost", "what's it worth", "how much did softbank invest", "how much profit did it make", "how much is that in dollars". */
const PRICE_ASKED = /\b(?:pay|pays|paid|paying|cost|costs|costing|worth|fetch|fetched|spend|spends|spent|spending|invest|invests|invested|investing|investments?|price|priced|valued|valuation|revenues?|profits?|earn|earns|earned|earnings|income|in\s+(?:yen|(?:(?:u\.s\.|us|american)\s+)?dollars|euros?|yuan|won))\b/;
/**
 * Takings ("how much did the store take in", "how much did corn liquor bring in"), unless "how much" names goods, which
 * are brought in as imports: "how much us beef does japan bring in" asks for tonnes.
 */
const TAKINGS_ASKED = /\b(?:take|takes|took|bring|brings|brought)\s+in\b/;
const GOODS_MEASURED = /\bhow much\s+(?!(?:is|are|was|were|will|would|do|does|did|has|have|had|can|could|might|should|money|cash|revenue|income|profit|sales|in)\b)[a-z]/;
/** Measures a price question may ask for that are not sums of money: "what premium is it paying", "what tariff do cars pay", "how much of a stake", and a change or a comparison, often a percentage or a multiple ("how much did profit fall", "how much would the levy raise borrowing costs", "how much pricier is japanese rice than the world price"). A price per share and a share price are sums. */
const OTHER_MEASURE_ASKED = /\b(?:premium|percent|percentage|rate|rates|tariffs?|dut(?:y|ies)|levy|levies|margin|multiple|times|stake|(?<!\bper\s+)shares?\b(?!\s+prices?\b)|interest|fall|fell|fallen|drop|dropped|rise|rose|risen|grow|grew|grown|jump|jumped|climb|climbed|decline|declined|increase|increased|slump|slumped|shrink|shrank|raise|raises|raised|lift|lifts|lifted|boost|boosts|boosted|bump|bumps|bumped|reduce|reduces|reduced|trim|trims|trimmed|slash|slashes|slashed|pricier|cheaper|costlier|dearer|expensive|higher|lower)\b/;
/** A levy or a rate, which is no measure asked for when it is what costs: "how much will the tariffs cost toyota" asks for the sum, not the rate. */
const LEVY_OR_RATE = /\b(?:rate|rates|tariffs?|dut(?:y|ies)|levy|levies)\b/g;
const COSTS = /\bcost(?:s|ing)?\b/;

/** Whether a price question asks for a measure other than a sum of money. */
function otherMeasureAsked(q: string): boolean {
  return OTHER_MEASURE_ASKED.test(COSTS.test(q) ? q.replace(LEVY_OR_RATE, ' ') : q);
}

/**
 * A sum of money: "$2.5 billion", "US$5", "350 billion yen", "14.1 billion U.S. dollars", "2 billion USD", "several
 * trillions of yen", "12 cents", "€40". A figure is read from its first digit only, as `FIGURE` is, so a long run of
 * digits costs linear time. Not a year before a word ("in 2019 yen weakness", "which in 2012 won"), nor a figure's
 * trailing comma ("In 2019, dollars…"), nor pounds of goods ("300 pounds of beef", "86,000 pounds (39,000 kg)"); "won"
 * is Korea's only after a word of scale or a figure in thousands ("1 trillion won", "5,000 won"), as "52 won seats" is
 * the verb.
 */
const MONEY =
  /[$€£¥]\s?\d|(?<![\d,.])\b(?!(?:19|20)\d\d\s+[a-z])\d(?:[\d,.]*\d)?\s*(?:(?:thousand|million|billion|trillion|bn|mn|m|tn)\s+)?(?:yen|(?:(?:u\.s\.|us|american|australian|canadian|hong\s+kong|singapore|taiwan)\s+)?dollars?|euros?|pounds?(?!\s+of\b|\s*\(\d)|cents?|yuan|usd|jpy|eur)\b|(?<![\d,.])\b(?:\d(?:[\d,.]*\d)?\s*(?:thousand|million|billion|trillion|bn|mn|m|tn)|\d{1,3}(?:,\d{3})+)\s+won\b|\b(?:millions?|billions?|trillions?)\s+of\s+(?:yen|dollars|euros)\b/i;

/** Every sum of money a sentence names. */
const MONEY_ALL = new RegExp(MONEY.source, 'gi');
/**
 * A sentence that names this many sums of money gives the parts of a whole, as a list does: "a $25 million fine, a
 * $125 million fund … and an $850 million fund", for "break down takata's $1bn penalty". News names two sums to compare
 * them ("offered $1 billion … countered with $1.4 billion").
 */
const SUMS_IN_A_LIST = 3;

/** WordNet noun sorts and the answer they ask for after "which" or "what". */
const SORT_TYPES: Readonly<Record<string, AnswerType>> = { person: 'person', time: 'date', location: 'place', quantity: 'quantity' };

/** The answer type a question asks for, or undefined for why/how/what-about questions, which any sentence may answer. */
export function questionType(question: string): AnswerType | undefined {
  // "Who signed it and when?": the question word joined last asks for the answer's type.
  const q = joinedQuestionWord(question) ?? interrogativePart(question);
  if (BREAKDOWN_ASKED.test(q)) return 'list';
  const type = sortAsked(q);
  // "How much is daikin paying?", "what will it cost?" ask for a sum of money; "what premium is it paying?" for a measure.
  if (type === 'quantity' && (PRICE_ASKED.test(q) || (TAKINGS_ASKED.test(q) && !GOODS_MEASURED.test(q))) && !otherMeasureAsked(q)) return 'money';
  if (type !== 'person') return type;
  // "Who replaced Seko?", "which minister succeeded Aso?" ask for the person who followed another;
  // "who said that?", "who spoke for IBM?" for the one who spoke.
  return SUCCESSION_QUESTION.test(q) || REPLACEMENT_QUESTION.test(q) ? 'successor' : SPEAKER_QUESTION.test(q) ? 'speaker' : type;
}

/**
 * A request for the parts of something, which a list answers: "break down the skyteam offer for me", "pls break it
 * down", "what's the breakdown of the penalty", "itemize the costs". Not "why did the talks break down?" nor "what
 * caused the breakdown of the talks?": the request opens the message.
 */
const BREAKDOWN_ASKED =
  /^(?:@\S+\s+)?(?:please\s+|pls\s+)?(?:break\s+(?:(?:it|that|this|them)\s+)?down|itemi[sz]e|(?:what(?:'s|\s+is|\s+was)|give\s+(?:me|us)|show\s+(?:me|us))\s+(?:the|a)\s+breakdown)\b/;

/** Question words and the sort of answer each asks for; where two start at the same word, the first listed ("how many times a" before "how many"). */
const QUESTION_WORDS: readonly (readonly [RegExp, AnswerType])[] = [
  [DURATION_QUESTION, 'duration'],
  [FREQUENCY_QUESTION, 'frequency'],
  [AGE_QUESTION, 'age'],
  [COUNT_QUESTION, 'count'],
  [QUANTITY_QUESTION, 'quantity'],
  [DATE_QUESTION, 'date'],
  [PERSON_QUESTION, 'person'],
  [PLACE_QUESTION, 'place'],
  [REASON_QUESTION, 'reason'],
];

/** A "when" or "where" clause that opens a question without an auxiliary ("when abe visited, how many…"): it sets the scene, and a question word after it asks. */
const SCENE_CLAUSE = new RegExp(String.raw`^(?:@\S+\s+)?(when|where)\s+(?!(?:${AUXILIARIES}|exactly|else)\b)[^?]*?(?=\b(?:how|who|whom|whose|what|which|why|where|when)\b)`);

/**
 * "What is the defense budget paying for?", "what's the fund investing in?": the noun past the copula is the subject of a
 * verb in the progressive, and "what" its object, not its amount. Not "what is the deficit running at?", which asks one.
 */
const ASKS_OBJECT = /^what(?:['’]s|\s+(?:is|are|was|were))\s+(?:[a-z0-9'’.-]+\s+){1,7}?[a-z]{2,}ing\s+(?:for|in|into|on|with|from|to\s+buy)\W*$/;

/** A question that ends asking what something is about: "what was the vote about?". */
const ASKS_ABOUT = /\babout\W*$/;

/** A count of two or more right after "which" or "what": "which two democrats", "what three cities". */
const COUNT_ASKED = /\b(?:which|what)\s+(?:two|three|four|five|six|seven|eight|nine|ten|both|several)\b/;

/** Answer types that names give: people and organisations, places. */
const NAMED_TYPES: ReadonlySet<AnswerType> = new Set(['person', 'place', 'city']);

/**
 * Whether a question asks for several of the people, organisations or places it types by a "which/what X": X in
 * the plural ("which banks", "which korean chipmakers", "which japanese trading companies", "which states"), or a
 * count before it ("which two democrats"). One name does not answer it: "In July Berkshire agreed to buy…" does not
 * say which trading houses Buffett bought into, nor does one of the banks say which banks.
 */
export function severalAsked(question: string): boolean {
  const q = interrogativePart(question);
  if (questionWordAsked(q) !== undefined) return false;
  const type = headAsked(q, headOfWhichOrWhat(q));
  if (type === undefined || !NAMED_TYPES.has(type)) return false;
  return COUNT_ASKED.test(q) || isPluralOrUnknownPlural(phraseEnd(wordsAfterWhichOrWhat(q)));
}

/**
 * The last word of the noun phrase after "which": up to a function word or a past form, but through a word in
 * "-ing" that modifies the noun ("which japanese trading companies did…", "which shipping cos got…").
 */
function phraseEnd(words: readonly string[]): string {
  let end = '';
  for (const word of words) {
    const w = word.replace(/'s$/, '');
    if (!w || STOP_WORDS.has(w) || /ed$/.test(w) || (!/ing$/.test(w) && isIrregularVerbForm(w))) break;
    end = w;
  }
  return end;
}

/** A plural, or a word no dictionary knows that ends as one ("chipmakers"). */
function isPluralOrUnknownPlural(word: string): boolean {
  return isPlural(word) || (/[^s]s$/.test(word) && !isEnglishWord(word));
}

/**
 * Nouns for a field of activity, which WordNet files first as a region ("area", "field"): in questions about trade
 * news, "what research areas does the partnership cover", "which areas did they haggle over" ask for subjects.
 */
const SUBJECT_NOUNS: ReadonlySet<string> = new Set(['area', 'field', 'domain', 'sphere', 'realm']);

/** The sort of answer a lower-cased question without its yes/no clauses asks for. */
function sortAsked(q: string): AnswerType | undefined {
  const byWord = questionWordAsked(q);
  if (byWord) return byWord;
  return headAsked(q, headOfWhichOrWhat(q));
}

/**
 * The noun of "which X" / "what X" in a lower-cased question, or a possessive right after the question word. In "which
 * japanese warship did…" the head is the last noun of the words after the question word, up to the first function word
 * or inflected verb ("did", "cleared"): WordNet says which words are nouns.
 */
function headOfWhichOrWhat(q: string): string {
  const words = wordsAfterWhichOrWhat(q);
  return possessor(q, words) ?? headNoun(words);
}

/** The sort of answer a question word asks for ("who", "how many"), the first in the question; undefined when none does. */
function questionWordAsked(q: string): AnswerType | undefined {
  // The question word that comes first asks: "who was the minister when the deal was signed?" asks who.
  let asked: { type: AnswerType; at: number } | undefined;
  // "when abe visited, how many holes did they play": a when/where clause with no auxiliary after it only sets the scene.
  const scene = SCENE_CLAUSE.exec(q)?.[0].length ?? 0;
  for (const [pattern, type] of QUESTION_WORDS) {
    let at = q.search(pattern);
    if (at >= 0 && at < scene) {
      const later = q.slice(scene).search(pattern);
      at = later >= 0 ? scene + later : -1;
    }
    if (at >= 0 && (asked === undefined || at < asked.at)) asked = { type, at };
  }
  return asked?.type;
}

/** The sort of answer "which/what X" asks for, by its head noun X (`headOfWhichOrWhat`). */
function headAsked(q: string, head: string): AnswerType | undefined {
  const words = wordsAfterWhichOrWhat(q);
  // "what was japan's trade surplus…": past the copula and the determiner, a noun for an amount asks
  // for one. Other sorts are read only right after the question word: WordNet's first sense of a
  // noun further on is too often another ("parts" is a region). "What was the vote about?" asks what it was about.
  const amount = ASKS_ABOUT.test(q) || ASKS_OBJECT.test(q) || COUNT_ASKED.test(q) ? undefined : [head, headNoun(pastCopulaAndDeterminers(words))].find(isAmountNoun);
  if (amount !== undefined) return amount === 'number' || amount === 'count' ? 'count' : 'quantity';
  if (LOCALITY_NOUNS.has(head) || LOCALITY_NOUNS.has(lemmatizer.noun(head))) return 'city';
  if (REGION_NOUNS.has(lemmatizer.noun(head))) return 'city';
  // "which minerals does the deal cover" asks for several of them, named together in a series; so do "which areas".
  const sort = SUBJECT_NOUNS.has(lemmatizer.noun(head)) ? '' : nounSort(head);
  const sorted = SORT_TYPES[sort];
  if (COUNT_ASKED.test(q) && sorted !== 'person' && sorted !== 'place') return 'list';
  return sorted ?? (isPlural(head) ? 'list' : undefined);
}

/**
 * Nouns for anyone at all, which name no office: "who is the guy who…"; and for the holder of any office, which name
 * none in particular: "who is the japanese official who…" is answered by "Farm Minister Taku Eto".
 */
const ANYONE: ReadonlySet<string> = new Set(['person', 'guy', 'man', 'woman', 'one', 'someone', 'somebody', 'anyone', 'anybody', 'people', 'individual', 'fellow', 'dude', 'lady', 'official', 'officeholder']);

/** Whether a noun, or its singular, names anyone at all and no office nor sort of people: "official", "guys". */
export function namesAnyone(noun: string): boolean {
  return ANYONE.has(noun) || ANYONE.has(lemmatizer.noun(noun));
}

/**
 * "Who is/was X", and X to come: "who will be", "who'll be", "who's going to be", "who is set to become", "who became".
 * The words after it are where the office is named. What is to come says "be" or "become": after "who will host…" or
 * "who's going to host…" the noun is a verb ("host", "judge", "sponsor"), and in "who will the president nominate…?"
 * the president is who nominates, not the office asked for.
 */
const OFFICE_QUESTION =
  /\bwho(?:(?:'s|s|\s+(?:is|was))(?:\s+(?:going\s+to|gonna|set\s+to|expected\s+to|slated\s+to|due\s+to|likely\s+to|about\s+to|to)\s+(?:be|become))?|(?:'ll|\s+(?:will|would))\s+(?:be|become)|\s+(?:became|becomes))\s+(?:now\s+|currently\s+)?(.*)$/;

/** The head noun after "who is the…" ("guy" in "who's the apple commission guy quoted…"), whatever sort it is. */
function personNounAsked(question: string): string | undefined {
  const m = OFFICE_QUESTION.exec(withoutPunctuation(interrogativePart(question)));
  if (!m) return undefined;
  return headNoun(pastCopulaAndDeterminers(m[1]!.split(/\s+/).filter(Boolean))) || undefined;
}

/**
 * The office a "who" question asks the holder of, as written: "ceo" in "who is aig's ceo?", "president" in "who was
 * mitsubishi estate's president when…", "minister" in "who's the japanese farm minister who…". A singular noun WordNet
 * files as a person, after "who" and a copula, a determiner and a possessor; not a name ("who is taro aso?") nor a
 * plural ("who are the owners…", which companies answer as well as people).
 */
export function officeAsked(question: string): string | undefined {
  const head = personNounAsked(question);
  return head && !namesAnyone(head) && !isPlural(head) && nounSort(head) === 'person' ? head : undefined;
}

/**
 * Whose office a question asks the holder of, as written before it with "'s": "biogen" in "who is biogen's ceo?", "mitsubishi
 * estate" is read only by its last word ("estate's president"), which is enough to find it in a passage. Undefined when the
 * office has no possessor ("who's the japanese farm minister…").
 */
export function officeOwner(question: string, office: string): string | undefined {
  // `interrogativePart` lower-cases the question and writes its apostrophes straight.
  const words = interrogativePart(question).split(/[^a-z0-9'&.-]+/).filter(Boolean);
  const at = words.indexOf(office);
  // The possessor stands right before the office or before a few words that qualify it ("aig's new ceo", "nissan's then president").
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    const m = /^(.+?)'s$/.exec(words[i]!);
    if (m) return m[1];
  }
  return undefined;
}

/** How many words after the office a relative pronoun may stand and still open a clause about its holder: "the japanese farm minister who…". */
const RELATIVE_REACH = 2;

/** Nouns of a time that "that" may point to: "that year", "that summer". */
const TIME_NOUNS: ReadonlySet<string> = new Set(['year', 'month', 'week', 'day', 'time', 'morning', 'afternoon', 'evening', 'night', 'spring', 'summer', 'fall', 'autumn', 'winter', 'quarter', 'season']);

/**
 * Whether a question for the holder of an office (`officeAsked`) also says what that person did, in a relative clause
 * after the office: "who's the tokyo govt spokesman that called the metals tariffs regrettable?", "who's the us steel ceo
 * who said mills could close?". A quote may tell the act under another title ("Chief Cabinet Secretary Yoshimasa
 * Hayashi"); "who is biogen's ceo?" or "who was nissan's president when fraser spoke?" name nothing but the office.
 */
export function identifiedByAct(question: string, office: string): boolean {
  const words = interrogativePart(question).split(/[^a-z0-9']+/).filter(Boolean);
  const at = words.indexOf(office);
  if (at < 0) return false;
  // "That" before a time is a determiner: "who was toyota's president that year" says when, not what the holder did.
  const opensClause = (w: string, i: number) => w === 'who' || w === 'whom' || (w === 'that' && !TIME_NOUNS.has(words[at + 2 + i] ?? ''));
  return words.slice(at + 1, at + 1 + RELATIVE_REACH).some(opensClause);
}

/** Whether a noun is written in the plural ("sectors", "minerals"): WordNet's morphology gives it another base form. */
function isPlural(noun: string): boolean {
  return noun !== '' && lemmatizer.noun(noun) !== noun;
}

/** Up to seven words after "which" or "what" in a lower-cased question: where its head noun is. A dotted acronym ("u.s.") is one word. */
function wordsAfterWhichOrWhat(q: string): string[] {
  // "which other asian exporters…": "other" asks for more of the sort the noun after it names.
  const words = /\b(?:which|what)(?:'s)?\s+(?:other\s+)?((?:(?:(?:[a-z]\.){2,}|[a-z'-]+)\s*){1,7})/.exec(q)?.[1]?.split(/\s+/) ?? [];
  return presentVerbFirst(words) ? [] : withoutModifyingParticiple(words);
}

/**
 * Words that open a verb's object, not a noun's modifier: "what makes the store…", "what keeps them…". Not "that":
 * "what tariffs that japan cut" asks for tariffs.
 */
const OBJECT_OPENERS: ReadonlySet<string> = new Set('the a an its their his her our it them him us me you'.split(' '));

/**
 * Whether the words open with a verb in the present, third person, and its object: "what makes the store different",
 * "what drives the yen lower" ask what does something, not for makes or drives, though "makes" is a noun too. Before an
 * auxiliary it is the noun: "what plans does toyota have"; a copula or an auxiliary is no such verb ("what is the…").
 */
function presentVerbFirst(words: readonly string[]): boolean {
  const [first = '', next = ''] = words;
  return /[^s]s$/.test(first) && !STOP_WORDS.has(first) && !AUXILIARY.has(lemmatizer.verb(first)) && isInflectedVerb(first) && OBJECT_OPENERS.has(next);
}

/** Determiners, after which a participle before a noun modifies it: "the operating margin", not "was running ana". */
const DETERMINERS: ReadonlySet<string> = new Set('the a an its their his her our this that these those'.split(' '));

/**
 * The words without a participle that opens their noun phrase, right after the question word or a determiner, before a
 * noun: "what operating margin…", "what's the operating margin…" ask for a margin, though "operating" is a verb form,
 * which ends a noun phrase elsewhere (`headNoun`). Not after a copula: "what was driving…" asks what drove.
 */
function withoutModifyingParticiple(words: readonly string[]): string[] {
  const k = words.findIndex((w) => !COPULA_OR_DETERMINER.has(w));
  const next = words[k + 1] ?? '';
  const modifies = k >= 0 && (k === 0 || DETERMINERS.has(words[k - 1]!)) && /ing$/.test(words[k]!) && !STOP_WORDS.has(next) && nounSort(next) !== '';
  return modifies ? [...words.slice(0, k), ...words.slice(k + 1)] : [...words];
}

/**
 * "which president's administration…" asks which president: a possessive right after the question
 * word is what it asks about, whatever it owns. Not after "what's": "what's japan's tariff on wine"
 * asks what the tariff is, not which place.
 */
function possessor(q: string, words: readonly string[]): string | undefined {
  if (/\b(?:which|what)'s\s/.test(q)) return undefined;
  const first = /^([a-z-]+)'s?$/.exec(words[0] ?? '')?.[1];
  return first && nounSort(first) ? first : undefined;
}

/**
 * Adverbs of time that follow a noun phrase, not part of it: "which automaker first put down roots…", "which bank
 * originally owned…". WordNet also files "first" and "last" as nouns.
 */
const ADVERBS_AFTER_NOUN: ReadonlySet<string> = new Set(['first', 'last', 'originally', 'initially', 'recently', 'already', 'still', 'ever', 'never', 'once', 'later', 'earlier']);

/** Words after a particle that make it a preposition of place or time: "which steel plant out in ohio", "which deal back in 2019", "models out of japan". */
const AFTER_PARTICLE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'of', 'at']);

/**
 * Whether the i-th word, `w`, is the verb of a phrasal verb ("put down roots", "set up rapidus", "move over to ntt data"):
 * a verb form a particle follows. Not a plural noun, the head of the phrase ("how many auto jobs over the next five
 * years"), nor before a particle that a preposition follows ("which steel plant out in ohio").
 */
function phrasalVerbAt(words: readonly string[], i: number, w: string): boolean {
  return PHRASAL_PARTICLES.has(words[i + 1] ?? '') && !AFTER_PARTICLE_PREPOSITIONS.has(words[i + 2] ?? '') && !isPlural(w) && isVerbForm(w);
}

/**
 * The last noun of the words, up to the first function word or inflected verb ("did", "cleared", "shot"), or, once a
 * noun is read, up to an adverb of time or the verb of a phrasal verb ("which automaker first put down roots", "which
 * companies set up rapidus", "which toyota exec put out the statement": WordNet knows "first", "put" and "set" as nouns
 * too). A verb form before a determiner ("which country chairs the g7 platform") was measured as the end too and not
 * kept: it answered an out-of-scope question whose misread focus had declined it (docs/quality.md). It also ends before a
 * plain present-tense verb that agrees with a plural noun ("how many people work at…", `presentVerbAt`), and reads past
 * "more" or "additional" before any noun ("how many more tons").
 */
export function headNoun(words: readonly string[]): string {
  let head = '';
  for (const [i, word] of words.entries()) {
    const w = word.replace(/'s$/, '');
    if (head === '' && MORE_OF.has(w)) continue;
    if (!w || STOP_WORDS.has(w) || INFLECTED_VERB.test(w) || isIrregularVerbForm(w)) break;
    if (head !== '' && (ADVERBS_AFTER_NOUN.has(w) || phrasalVerbAt(words, i, w) || presentVerbAt(words, i, w, head))) break;
    if (nounSort(w)) head = w;
  }
  return head;
}

/** Words before a noun that ask for more of it, not what it is: "how many more tons", "how much additional aid". */
const MORE_OF: ReadonlySet<string> = new Set(['more', 'fewer', 'less', 'additional', 'extra']);

/** Auxiliaries and copulas, after which a word that is a noun and a verb is still a noun: "how much sales tax does…". */
const AUXILIARY: ReadonlySet<string> = new Set([...AUXILIARIES.split('|'), 'be', 'been']);

/** Nouns that are plural without an "s" and so take a verb's base form: "people work". English grammar, not any article's words. */
const PLURAL_WITHOUT_S: ReadonlySet<string> = new Set(['people', 'police', 'cattle', 'personnel', 'livestock']);

/**
 * Whether the i-th word, `w`, is the plain present-tense verb of the noun phrase whose head so far is `head`: the base
 * form of a verb ("work", "call", "hit") right after a plural head, with which it agrees, and before a function word
 * other than an auxiliary ("how many people work at the plant", "how many container ships call at us ports"). Before a
 * content word or an auxiliary, a word that is a noun too is still part of the phrase ("how many sales tax cuts", "how
 * much sales tax does…"), and after a singular head it is one ("how much steel trade with…"). A noun for a person heads
 * the phrase, whatever verb it is too: chat writes a possessive without its apostrophe ("who was japans minister when…").
 */
function presentVerbAt(words: readonly string[], i: number, w: string, head: string): boolean {
  const next = words[i + 1] ?? '';
  const plural = isPlural(head) || PLURAL_WITHOUT_S.has(head);
  const afterHead = words[i - 1]?.replace(/'s$/, '') === head;
  return plural && afterHead && lemmatizer.verb(w) === w && isVerbForm(w) && STOP_WORDS.has(next) && !AUXILIARY.has(next) && nounSort(w) !== 'person';
}

/** A lower-cased question without its punctuation, but for the dots of an acronym ("u.s.", "e.u."), which stays one word. */
export function withoutPunctuation(q: string): string {
  return q.replace(/(?<![a-z0-9])(?:[a-z]\.){2,}|[?!.,;:]/g, (m) => (m.length > 1 ? m : ' '));
}

/** Words between "what" and the noun phrase it asks about: "what was the…", "what are its…". */
const COPULA_OR_DETERMINER: ReadonlySet<string> = new Set('is was are were be the a an its their his her our this that these those'.split(' '));

/** The words from the first that is neither a copula nor a determiner: the noun phrase of "what was the…", "who is its…". */
export function pastCopulaAndDeterminers(words: readonly string[]): string[] {
  const start = words.findIndex((w) => !COPULA_OR_DETERMINER.has(w));
  return start < 0 ? [] : words.slice(start);
}
/**
 * Nouns that ask for a share as a piece of the whole, as chat writes it ("what slice of us steel
 * imports", "what sliver of the buyer", "what chunk of the world economy"): they name the sort of
 * answer, a share, and news never writes them for one, so they are not searched for.
 */
const SHARE_WORDS = ['slice', 'sliver', 'chunk', 'fraction'];
/**
 * Nouns whose value is an amount in economic news, though WordNet files them as attributes or
 * possessions: "what was the deficit" asks for a figure. English, not any article's words.
 */
const AMOUNT_NOUNS: ReadonlySet<string> = new Set([
  ...'deficit surplus rate price cost share total figure amount number value size gdp output budget sum volume percentage proportion margin gap count fee quota growth premium vote tally'.split(' '),
  ...SHARE_WORDS,
]);

/** Whether a noun asks for an amount in economic news ("deficit", "rates"). */
export function isAmountNoun(noun: string): boolean {
  return AMOUNT_NOUNS.has(noun) || (!NOT_AMOUNTS_IN_PLURAL.has(noun) && AMOUNT_NOUNS.has(lemmatizer.noun(noun)));
}
/**
 * Plurals that name other things: "what values does the pact protect", "what gaps remain", "what shares did it buy", "what counts as";
 * and pieces of a whole in the plural, which ask which pieces ("what chunks of the agreement remain unsigned"), not how big one is.
 */
const NOT_AMOUNTS_IN_PLURAL: ReadonlySet<string> = new Set(['values', 'gaps', 'shares', 'counts', ...SHARE_WORDS.map((w) => `${w}s`)]);

/** Whether a noun only names the sort of answer wanted: a person, a place, a time or an amount ("minister", "port", "year"). */
export function isSortNoun(noun: string): boolean {
  return SORT_TYPES[nounSort(noun)] !== undefined;
}

/**
 * The noun of "which city?", "what share?" when it only names the sort of answer wanted (a place,
 * a person, a time, an amount), not what the question is about ("which tariffs" is about tariffs).
 */
export function sortNoun(question: string): string | undefined {
  const q = interrogativePart(question);
  const words = wordsAfterWhichOrWhat(q);
  const head = possessor(q, words) ?? headNoun(words);
  return head && (isAmountNoun(head) || SORT_TYPES[nounSort(head)] !== undefined) ? head : undefined;
}

/**
 * The share word a question asks with, in either number: right after "what" or "which" ("what slice of", "what chunks of
 * the deal") or past the copula and determiners ("what's the slice of", "what is japan's slice of"), where `sortAsked`
 * reads a noun for an amount.
 */
function shareWordAsked(question: string): string | undefined {
  const q = interrogativePart(question);
  const words = wordsAfterWhichOrWhat(q);
  return [possessor(q, words) ?? headNoun(words), headNoun(pastCopulaAndDeterminers(words))].find((w) => w !== '' && SHARE_WORDS.includes(lemmatizer.noun(w)));
}

/**
 * Nouns that only name the sort of time or place asked for ("what day", "which city"). Not every
 * noun WordNet files as a time or a place: "what deadline", "which stage" say what is asked about.
 */
const TIME_OR_PLACE_NOUNS: ReadonlySet<string> = new Set(['day', 'date', 'year', 'month', 'week', 'time', 'place', 'location', ...LOCALITY_NOUNS]);

/**
 * The words of a question that only say what sort of answer it wants, and so are not searched for:
 * the adjective of "how long", the noun of "what day" or "which city".
 */
export function typeWords(question: string): string[] {
  const q = question.toLowerCase();
  const adjectives = [...[...q.matchAll(TYPE_ADJECTIVE)].map((m) => m[1]!), ...[...q.matchAll(TIME_BOUND_ASKED)].map((m) => m[1]!), ...[...q.matchAll(HEDGE_ASKED)].map((m) => m[1]!), ...degreeAdverbs(q)];
  const noun = sortNoun(question);
  // A piece of a whole is chat's word in either number, though only "what slice" asks for an amount: "what chunks of the deal" asks
  // which pieces, and no article writes "chunks" for them either.
  const share = shareWordAsked(question);
  const words = noun !== undefined && TIME_OR_PLACE_NOUNS.has(lemmatizer.noun(noun)) ? [...adjectives, noun] : share !== undefined ? [...adjectives, share] : adjectives;
  // "who spoke for IBM?", "who said that?": the speaker type asks for someone speaking, so the plain verb of speech is
  // no topic ("Speaking at the meeting, Trump said…" is not about IBM). Verbs that say how ("warned", "announced") are.
  // Only the verb "who" is the subject of: "spoke" in "tell me who spoke for IBM", not "tell"; none in "who warned that
  // Japan would say no?".
  const verb = SPEAKER_QUESTION.exec(interrogativePart(question))?.[1];
  const said = verb !== undefined && PLAIN_SPEECH.test(verb) ? [...words, verb] : words;
  // "who's the us wheat associates guy who warned…": the guy is whoever is named; no article calls anyone that.
  const who = personNounAsked(question);
  const named = who !== undefined && PLAIN_PERSON.has(who) ? [...said, who] : said;
  // "break down the offer", "list the forums": the request says what sort of answer is wanted, not what about.
  const requested = [...named, ...listRequestVerbs(question)];
  return BREAKDOWN_ASKED.test(interrogativePart(question)) ? [...requested, 'break', 'breakdown', 'itemize'] : requested;
}

/**
 * Nouns a "who" question asks with that say only "a person", as chat does; not "man" or "woman" ("the first woman to
 * chair…"), nor "fellow", a title news gives ("a senior fellow at the Peterson Institute").
 */
const PLAIN_PERSON: ReadonlySet<string> = new Set(['guy', 'dude', 'chap', 'bloke', 'person', 'individual']);

/** The verbs that only say someone spoke, in the forms a "who…" question uses. */
const PLAIN_SPEECH = /^(?:said|says|say|told|tells|tell|spoke|speaks|speak)$/;

/** A verb form that ends a noun phrase: "cleared", "playing". */
export const INFLECTED_VERB = /(?:ed|ing)$/;

/**
 * An irregular past form of a verb ("shot", "led", "rose", "saw"), from WordNet's exception list:
 * after the noun phrase of "which japanese official shot down…" it is the verb, though WordNet
 * also knows "shot" as a noun.
 */
function isIrregularVerbForm(word: string): boolean {
  return exceptionBases(word, 'verb')?.some((base) => base !== word) ?? false;
}

/** One thing of a series: one to three words of up to 30 characters, the first starting with a letter ("lithium", "South Korea", "machine tools"). */
const SERIES_ITEM = String.raw`\p{L}[^\s,;:.!?]{0,30}(?: [^\s,;:.!?]{1,30}){0,2}`;
/**
 * Three to thirteen things named in a series, the last after "and" or "or": "lithium, nickel, cobalt
 * and manganese", "Argentina, Australia, Brazil, and Canada". Not clauses set off by commas ("He
 * said, however, that…") nor a date ("On May 1, 2019, and again…"). The series starts a word and
 * its parts are bounded, so no input makes the search slower than linear.
 */
const SERIES = new RegExp(String.raw`(?<![^\s(“"])${SERIES_ITEM}, ${SERIES_ITEM}(?:, ${SERIES_ITEM}){0,10},? (?:and|or) \p{L}`, 'u');
const YEAR = /\b(?:1[89]|20)\d\d\b/;
/** A number written out before a hyphen, as the first part of a compound that counts its last: "a four-day visit", "a two-year term". */
const NUMBER_COMPOUND = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)(?=-\p{L})/iu;
/** A number written out as a count ("sixteen holes", "two billion"), not as part of a compound ("four-day visit"). */
const NUMBER_WORD = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half|quarter)\b(?![-‑])/i;
/** A day of a month ("April 9", "Jan. 20", "9 April") or a year written alone ("in 2019"): numbers that tell when, not how much. */
const DAY_OF_MONTH = new RegExp(String.raw`\b(?:${MONTHS}|${MONTH_SHORT_FORMS})\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTHS})\b`, 'g');
const YEAR_ALONE = /(?<![$€£¥\d.,])\b(?:1[89]|20)\d\d\b(?!\s*(?:%|percent|per cent|billion|million|trillion|thousand|tons?|yen|dollars|cars|vehicles|units))/g;
/** A number that labels a thing: "Section 232", "Article 5", "Phase 2", "Group of 20". */
const LABEL_NUMBER = /\b(?:Section|Sec\.|Article|Art\.|No\.|Nos\.|Phase|Group of|Title|Chapter)\s+\d+\b/g;
/**
 * The sentence without the numbers that tell when or label a thing, each replaced by a space, or by `blank` where
 * character offsets must hold (`typedSpans`).
 */
function withoutDatesAndLabels(sentence: string, blank: (matched: string) => string = () => ' '): string {
  return sentence.replace(DAY_OF_MONTH, blank).replace(YEAR_ALONE, blank).replace(LABEL_NUMBER, blank);
}
/** A number standing as a figure ("$2.5 billion", "30%", "1,800", "5bn", "$5B"), not a digit in a name ("5G", "G20", "F-35", "2+2"). */
const FIGURE = /(?<![\p{L}\d+-])\d[\d,.]*(?:(?:bn|Bn|BN|mn|tn|m|M|k|K|b|B)\b|(?![\p{L}\d+]))/u;
/** A measure written in words: a share ("half", "a quarter", "two-thirds"), a scale ("two billion", "hundreds of") or a multiple ("five to seven times the world price", not "met three times"). */
const SCALE_WORD = /\b(?:half|halves|quarters?|thirds|fifths|tenths|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|double|doubled|twice|triple|tripled)\b(?!\s+down\b)|\b(?:a|one)[\s-]+(?:third|fifth|tenth)\b(?:\s+of\b|(?<=-\w+))|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\s+(?:percent|per cent|percentage points?)\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\s+times\s+(?:the|as|more|higher|larger|bigger|greater|that|its|their|what)\b/i;
/** A length of time: "180 days", "two hours and 40 minutes", "two and a half hours", "half an hour", "a month", "a four-year term", or "until"/"as long as" a condition. A figure is read from its first digit, so a long run of digits and commas is scanned once, not once per digit. */
const DURATION = /\b(?:(?<![\d,.])\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred|several|few|couple of|half an?)(?:\s+and\s+a\s+half)?[\s-]+(?:(?:more|full|extra|additional)\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b(?!\s+ago)|\buntil\b|\bas long as\b/i;
/** An end that a period runs through: "to remain in effect through 1965", "through April 16". */
const THROUGH_END = new RegExp(String.raw`\bthrough\s+(?:(?:the\s+)?end\s+of\s+)?(?:fiscal\s+)?(?:(?:1[89]|20)\d\d\b|(?:${MONTHS})\b)`);
/** What gives a length of time: a span, or the end a period runs through. `holdsType` and `typedSpans` read the same list. */
const DURATION_PATTERNS: readonly RegExp[] = [DURATION, THROUGH_END];
/**
 * An age: "Saji, 68, said", "the 64-year-old", "aged 70", "at the age of 59", "a century-old brand". Not a founding year:
 * "Suntory was founded in 1899" does not say how old its chairman is, nor a count after a comma ("On Monday, 12,000 workers").
 */
const AGE =
  /\b\d{1,3}[\s-]years?[\s-]old\b|\b(?:aged|age|ages)\s+(?:of\s+)?\d{1,3}\b|\p{Lu}[\p{L}'’-]+,\s+\d{2},(?!\d)|\b(?:century|centuries|decades?)[\s-]old\b/u;
/** How often: "every two years", "each month", "twice a year", "three times a week", "annually", "biennial". */
const FREQUENCY =
  /\b(?:every|each)\s+(?:(?:\d[\d,.]*|other|two|three|four|five|six|seven|eight|nine|ten|twelve|few|several)\s+)?(?:days?|weeks?|months?|quarters?|years?|decades?|sessions?|rounds?|spring|summer|autumn|fall|winter)\b(?!['’]s|\s+of\b)|\b(?:once|twice|(?:\d+|three|four|five|six|several|many) times)\s+(?:a|an|per|each|every)\b|\b(?:daily|weekly|fortnightly|monthly|quarterly|yearly|annually|biennially|biennial|regularly|periodically)\b|\b(?:annual|biannual) (?:review|meeting|summit|talks|report)s?\b/i;
/** A capitalised word after the first: in news copy, a name, a title, a place or a month. */
const CAPITALISED_INSIDE = /(?<=\s)\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)*/gu;

/**
 * Month and weekday names (capitalised, so the verb "may" is not a month), a month's short form
 * before a full stop or a number ("Jan. 20", "Oct 2017", not "Mar-a-Lago" or "Jun Azumi"), words
 * for days relative to the article's, a time of day ("6:30 a.m.", "noon"), which "what time"
 * asks for, a decade ("in the 1980s", "the '90s"), and a time limit or a time ahead ("within 180 days",
 * "in about six months", "by the end of the year", "in the first half"), which "by when" and "when is it
 * expected to…" ask for.
 */
const DATE_WORDS = new RegExp(
  String.raw`\b(?:1[89]|20)\d0['’]?s\b|['’]\d0s\b|\b(?:within|in\s+(?:about|around|roughly|another))\s+(?:\d[\d,]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+few|several)\s+(?:days?|weeks?|months?|years?)\b(?!\s+of\b)|\b(?:${MONTHS}|${WEEKDAYS})\b|\b(?:${MONTH_SHORT_FORMS})(?:\.|\s+\d)|\b(?:yesterday|today|tomorrow|ago)\b|\b(?:last|next|this|that) (?:week|month|year|spring|summer|autumn|fall|winter)\b|\b\d{1,2}\/\d{1,2}\b|\b\d{1,2}(?::\d{2})?\s?(?:[ap]\.m\.|[AP]M\b|[ap]m\b)|\b(?:noon|midnight)\b|\b(?:end|middle|start|beginning)\s+of\s+(?:the|this|next)\s+(?:year|month|week|quarter|decade)\b|\b(?:year|month|quarter)[\s-]end\b|\b(?:first|second|third|fourth|final)\s+(?:half|quarter)\b`,
);

/** Sentences tagged for people and places are kept: tagging costs about a millisecond a sentence, and the same passages come back. */
export const SENTENCE_TYPE_CACHE_SIZE = 5000;
const tagCache = new LRUCache<string, Tags>({ max: SENTENCE_TYPE_CACHE_SIZE });

/** What the tagger found in a sentence: someone named, a place, and a place that is not a country. */
interface Tags {
  person: boolean;
  place: boolean;
  locality: boolean;
  /** The capitalised texts the tagger read as people or organisations, as places, and as places within a country: where names are counted. */
  personTexts: readonly string[];
  /** The capitalised texts it read as people, and every text it read as an organisation: `peopleIn` tells the two apart. */
  peopleTexts: readonly string[];
  organizationTexts: readonly string[];
  placeTexts: readonly string[];
  localityTexts: readonly string[];
}

/**
 * compromise, loaded the first time a sentence is tagged: importing it unpacks its lexicon, about
 * 0.45 s, which was a fifth of the bot's start-up. Only people and places questions need it.
 */
let nlp: typeof nlpType | undefined;
const tagger = (): typeof nlpType => (nlp ??= createRequire(import.meta.url)('compromise') as typeof nlpType);

/**
 * Whether a word, however it is cased, is the name of a place: a country, a region or a city ("malaysia", "uk",
 * "ohio", "kyoto"), from compromise's lexicon. WordNet also files common nouns as locations ("see", "middle",
 * "town"), which are no names. Loads the tagger, so it is asked only of words no article uses.
 */
export function namesAPlace(word: string): boolean {
  return wordTag(word, '#Place');
}

/** Whether a capitalised word is a first name in compromise's lexicon ("Robert", "Katherine"; not "Representative"). Loads the tagger. */
export function isFirstName(word: string): boolean {
  return wordTag(word, '#FirstName');
}

/** Words already looked up in the tagger's lexicon, with the answer: a long question with many unknown words asked the tagger for each, every time. */
export const WORD_TAG_CACHE_SIZE = 10_000;
const wordTagCache = new LRUCache<string, boolean>({ max: WORD_TAG_CACHE_SIZE });

function wordTag(word: string, tag: '#Place' | '#FirstName'): boolean {
  const key = `${tag} ${word}`;
  let found = wordTagCache.get(key);
  if (found === undefined) wordTagCache.set(key, (found = tagger()(word).has(tag)));
  return found;
}

/** People, organisations and places, from compromise's tagger; only asked for when a question wants one. */
function tagged(sentence: string): Tags {
  let tags = tagCache.get(sentence);
  if (!tags) {
    const doc = tagger()(sentence);
    // English writes names with a capital: the tagger also takes a lower-case verb for one ("drew swift criticism").
    const isCapitalised = (text: string) => /^\P{L}*\p{Lu}/u.test(text);
    const texts = (view: { out: (format: 'array') => unknown }) => view.out('array') as string[];
    const capitalised = (view: { out: (format: 'array') => unknown }) => texts(view).filter(isCapitalised);
    const places = doc.places();
    const peopleTexts = capitalised(doc.people());
    const organizationTexts = texts(doc.organizations());
    const personTexts = [...peopleTexts, ...organizationTexts.filter(isCapitalised)];
    const placeTexts = capitalised(places);
    // A place the tagger does not file as a country: a city, a state, a region ("Tokyo", "Washington", "DC"),
    // and not a country's or a bloc's initials, which it leaves unfiled ("(US)", "UK").
    const localityTexts = capitalised(places.not('#Country')).filter((text) => !COUNTRY_INITIALS.has(text.replace(/[^\p{L}]/gu, '')));
    tags = { person: personTexts.length > 0, place: placeTexts.length > 0, locality: localityTexts.length > 0, personTexts, peopleTexts, organizationTexts, placeTexts, localityTexts };
    tagCache.set(sentence, tags);
  }
  return tags;
}

/** The people a sentence names: whom the tagger finds, and a name opening it that the person type takes for someone. */
export function peopleIn(sentence: string, isName: (word: string) => boolean = () => false): string[] {
  const { peopleTexts: people, organizationTexts } = tagged(sentence);
  const orgs = new Set(organizationTexts.flatMap((t) => t.split(/\s+/)).map((w) => w.replace(/[^\p{L}]/gu, '').toLowerCase()));
  const opening = new RegExp(String.raw`^(${NAME_WORDS}),`, 'u').exec(sentence)?.[1];
  const named = opening !== undefined && holdsType(` ${opening}`, 'person', isName) ? [opening] : [];
  return [...people, ...named].filter((p) => !p.split(/\s+/).every((w) => orgs.has(w.replace(/[^\p{L}]/gu, '').toLowerCase())));
}

/** Initials of countries and blocs, which the tagger leaves unfiled among places: they answer no "which city?". */
const COUNTRY_INITIALS: ReadonlySet<string> = new Set(['US', 'USA', 'UK', 'EU', 'UAE', 'PRC', 'ROK', 'DPRK']);

/** WordNet sorts of capitalised words that name no one: "Tokyo", "May". */
const NOT_PEOPLE: ReadonlySet<string> = new Set(['location', 'time']);

/**
 * Whether a sentence holds the answer type asked for. Cheap patterns first; the tagger only for
 * people and places. `answering` is the part that may give the answer: the sentence without the
 * people and numbers the question itself names ("who took over after Motegi?" is not answered by
 * Motegi), while a succession is told by the whole sentence ("replacing Taro Kono").
 */
export function holdsType(sentence: string, type: AnswerType, isName: (word: string) => boolean = () => false, answering = sentence): boolean {
  if (answering !== sentence) return type === 'successor' ? tellsOfSuccession(sentence, isName) && holdsType(answering, 'person', isName) : holdsType(answering, type, isName);
  switch (type) {
    case 'count':
      return FIGURE.test(sentence) || NUMBER_WORD.test(sentence);
    case 'quantity':
      return FIGURE.test(withoutDatesAndLabels(sentence)) || SCALE_WORD.test(sentence);
    case 'money':
      return MONEY.test(sentence);
    case 'date':
      return YEAR.test(sentence) || DATE_WORDS.test(sentence);
    case 'frequency':
      return FREQUENCY.test(sentence);
    case 'duration':
      return DURATION_PATTERNS.some((p) => p.test(sentence));
    case 'age':
      return AGE.test(sentence);
    case 'reason':
      return REASON_CUES.test(withoutTimeCues(sentence));
    case 'person':
      // compromise misses many non-Western names ("Toshimitsu Motegi"), so a capitalised word that
      // is no English word also counts as a name; "Minister", "Tokyo" and "May" are English words.
      // So does a word the articles use as a name that the dictionary knows only as a thing, not a
      // place or a time: "Pence" (pennies), "Trump" (a card).
      return (
        [...sentence.matchAll(CAPITALISED_INSIDE)].some((m) => {
          const w = m[0].toLowerCase();
          const sort = nounSort(w);
          // A word WordNet knows as no noun names no one when it opens a longer name ("United States"); alone it is a surname ("Blunt said").
          const opensName = /^\s+\p{Lu}/u.test(sentence.slice(m.index + m[0].length));
          return !isEnglishWord(w) || (isName(w) && (sort !== '' || !opensName) && !NOT_PEOPLE.has(sort));
        }) || tagged(sentence).person
      );
    case 'successor':
      return tellsOfSuccession(sentence, isName) && holdsType(sentence, 'person', isName);
    case 'speaker':
      return namesASpeaker(sentence, isName);
    case 'place':
      return tagged(sentence).place;
    case 'city':
      return tagged(sentence).locality;
    case 'list':
      return SERIES.test(sentence) || (sentence.match(MONEY_ALL) ?? []).length >= SUMS_IN_A_LIST;
  }
}

/** A run of capitalised words, "&" within ("Mitsui & Co."), as news writes a name. Each word is bounded, so the search is linear. */
const NAME_SPAN = /\p{Lu}[\p{L}\p{N}'’.&-]{0,30}(?:\s+(?:&\s+)?\p{Lu}[\p{L}\p{N}'’.&-]{0,30})*/gu;

/**
 * The names of the sort asked for that a sentence gives, distinct, lower-cased: each a run of capitalised words that
 * the tagger reads as someone or an organisation ("Berkshire Hathaway", "Samsung Electronics"), or that holds a word
 * no dictionary knows ("Itochu Corp.", "SK Hynix"); for a place, one the tagger reads as a place ("New Zealand"), and
 * for a city or a state, as one within a country ("Washington", "Oregon"). Not a function word opening the sentence
 * ("The", "But"). A possessive is the name ("IBM's" is "ibm").
 */
export function namesIn(sentence: string, type: AnswerType): string[] {
  const tags = tagged(sentence);
  const texts = (type === 'city' ? tags.localityTexts : isPlaceType(type) ? tags.placeTexts : tags.personTexts).map((t) => t.replace(/[,;:!?]+$/u, ''));
  const found = new Set<string>();
  for (const m of sentence.matchAll(NAME_SPAN)) {
    const span = m[0].replace(/^(\S+)\s+/u, (whole: string, first: string) => (STOP_WORDS.has(first.toLowerCase()) ? '' : whole)).replace(/[.,]+$/u, '');
    if (STOP_WORDS.has(span.toLowerCase())) continue;
    const taggedName = texts.some((t) => t.includes(span) || span.includes(t));
    const unknownWord = () => !isPlaceType(type) && span.split(/\s+/).some((w) => /^\p{Lu}\p{Ll}/u.test(w) && !isEnglishWord(w.replace(/['’]s?$/u, '').toLowerCase()));
    // "IBM" and "IBM's" are one name.
    if (taggedName || unknownWord()) found.add(span.toLowerCase().replace(/['’]s?$/u, ''));
  }
  return [...found];
}

/**
 * The names a sentence gives of things other than people: organisations, brands, products ("Hitachi Ltd.", "NARS",
 * "Drunk Elephant"), as `namesIn` finds them, distinct ("IBM" and "IBM's" are one), without those the tagger reads as people
 * and without a compound of dictionary words ("American-style").
 */
export function thingsNamedIn(sentence: string): string[] {
  // "IBM" and "IBM's" are one name.
  const bare = (name: string) => name.toLowerCase().replace(/[,;:!?]+$/u, '').replace(/['’]s?$/u, '');
  const people = tagged(sentence).peopleTexts.map(bare);
  const things = namesIn(sentence, 'person')
    .map(bare)
    .filter((name) => !people.some((p) => p.includes(name) || name.includes(p)) && !(name.includes('-') && name.split('-').every((w) => isEnglishWord(w))));
  return [...new Set(things)];
}

/** Sorts of noun (WordNet's) whose things have names: organisations and bodies ("companies", "insurers", "clubs"), people. */
const NAMED_SORTS: ReadonlySet<string> = new Set(['group', 'person']);

/**
 * Whether the "which/what X" of a question asks for things that have names, which a sentence may give without a series
 * ("Hitachi Ltd. and Mitsubishi Electric Corp."): X names an organisation or a body, people, or is itself a kind of name
 * ("brands"). Not "what farm concessions", "what research areas": those are told in words, not names.
 */
export function namedThingsAsked(question: string): boolean {
  const head = headOfWhichOrWhat(interrogativePart(question));
  return head !== '' && (NAMED_SORTS.has(nounSort(head)) || lookup(head).some((e) => e.hypernyms.includes('name')));
}

/** How many names a sentence must give to answer a question for several (`severalAsked`). */
export const SEVERAL_NAMES = 2;

/**
 * Whether a sentence gives several names of the sort asked for (`namesIn`). Countries act as exporters, buyers and allies
 * do, so for people and organisations, several places count too: "which other asian exporters has washington pressed…" is
 * answered by "…restraints on South Korea, Taiwan and Hong Kong".
 */
export function namesSeveral(sentence: string, type: AnswerType, least = SEVERAL_NAMES): boolean {
  return namesIn(sentence, type).length >= least || (type === 'person' && namesIn(sentence, 'place').length >= least);
}

/** The patterns that find a date's or a figure's value in a sentence, and whether each reads the sentence without its days and labels (as `holdsType` does). */
const VALUE_PATTERNS: Partial<Record<AnswerType, readonly (readonly [RegExp, boolean])[]>> = {
  count: [[FIGURE, false], [NUMBER_WORD, false]],
  quantity: [[FIGURE, true], [SCALE_WORD, false]],
  money: [[MONEY, false]],
  date: [[YEAR, false], [DATE_WORDS, false]],
  duration: DURATION_PATTERNS.map((p) => [p, false] as const),
  frequency: [[FREQUENCY, false]],
  age: [[AGE, false]],
};

/** Blanks out what a pattern matched, keeping every other character where it was. */
const blank = (matched: string) => ' '.repeat(matched.length);

/**
 * Where a sentence gives a date or a figure of the type asked for, as [start, end) character offsets, found with the
 * patterns `holdsType` tests; undefined for a type whose answer no pattern places (a person, a place, a reason).
 */
export function typedSpans(sentence: string, type: AnswerType): [number, number][] | undefined {
  const patterns = VALUE_PATTERNS[type];
  if (!patterns) return undefined;
  const undated = withoutDatesAndLabels(sentence, blank);
  return patterns.flatMap(([pattern, clean]) =>
    [...(clean ? undated : sentence).matchAll(new RegExp(pattern.source, `${pattern.flags}g`))].map((m): [number, number] => [m.index, m.index + m[0].length]),
  );
}

/**
 * Where a sentence gives a figure, as [start, end) character offsets: a number in digits or in words ("eight", "40",
 * "1.5 million"), leaving out those that tell when or label a thing ("in 2019", "April 9", "Section 232").
 */
export function figureSpans(sentence: string): [number, number][] {
  const undated = withoutDatesAndLabels(sentence, blank);
  // A comma or full stop that ends the figure's digits is the sentence's: "Chubachi, 57, an executive…".
  return [FIGURE, NUMBER_WORD, NUMBER_COMPOUND].flatMap((pattern) =>
    [...undated.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))].map((m): [number, number] => [m.index, m.index + m[0].replace(/[,.]+$/, '').length]),
  );
}

/** An exchange rate, which news gives as a price ("110 yen to the dollar"), not as a share of a whole. */
const EXCHANGE_RATE = /\b(?:exchange|currency|(?:dollar|yen|euro|yuan)(?:[ -](?:dollar|yen|euro|yuan))?)\s+rates?\b/;

/** Nouns for a measure given as a share of a whole: an interest rate, a margin, a market share. English, not any article's words. */
const RATE_NOUNS: ReadonlySet<string> = new Set(['rate', 'margin', 'percentage', 'percent', 'proportion', 'ratio', 'yield', 'share']);

/**
 * Whether a question asks for a rate or a share ("what interest rate will daikin pay", "what operating margin does dell
 * services make", "what's its market share"): its "which/what" noun, or the noun past the copula and determiners, is one
 * (`RATE_NOUNS`), in the singular ("what shares did it buy" asks which).
 */
export function rateAsked(question: string): boolean {
  const q = withoutPunctuation(interrogativePart(question));
  if (ASKS_ABOUT.test(q) || ASKS_OBJECT.test(q) || COUNT_ASKED.test(q) || EXCHANGE_RATE.test(q)) return false;
  const words = wordsAfterWhichOrWhat(q);
  return [headNoun(words), headNoun(pastCopulaAndDeterminers(words))].some((w) => RATE_NOUNS.has(w));
}

/** A share of a whole as news writes it: "2.5%", "3 percent", "50 basis points", "a third", "half". */
const SHARE_VALUE = /\d\s*%|\b(?:percent|per\s+cent|percentage\s+points?|basis\s+points?|bps)\b|\b(?:half|thirds?|quarters?|fifths?|tenths?)\b/i;

/** Whether a sentence gives a share of a whole (`SHARE_VALUE`), as a rate asked for must be (`rateAsked`). */
export function givesShare(sentence: string): boolean {
  return SHARE_VALUE.test(sentence);
}

/** Verbs of a price's change, in the forms a "how much did…" question asks with: "how much did takeda stock drop". */
const PRICE_MOVE = String.raw`(?:drop|fall|rise|jump|move|gain|slump|surge|climb|tumble|plunge|soar|sink|slide|rally|sag|dip|lose|add|rebound|recover|react)`;
/**
 * "how much did lixil shares move", "how much did the tokyo stock market climb": a share price or an index, and how it
 * changed. A market is the stock market only bare or so named: "how much did the export market add to gdp" asks a sum.
 */
const MOVE_QUESTION = new RegExp(String.raw`\bhow\s+much\s+(?:did|does|do|has|have|had|will|would)\b.*\b(?:stocks?|shares|share\s+price|stock\s+price|(?:the|stock|equity)\s+market|index|nikkei|topix)\s+${PRICE_MOVE}\b`);

/**
 * Whether a question asks how much a share price or a stock index moved ("how much did softbank stock jump by the lunch
 * break"): news gives that as a percent, in points or as a price ("13.7 percent", "to 5,843 yen"), never as a sum in
 * millions, which is a deal's or a company's size.
 */
export function priceMoveAsked(question: string): boolean {
  return MOVE_QUESTION.test(withoutPunctuation(interrogativePart(question)));
}

/** A price's move as news gives it: a share (`SHARE_VALUE`), points, or a price that no "million" scales ("$25", "5,843 yen", "40 cents"). */
const MOVE_VALUE = new RegExp(
  String.raw`${SHARE_VALUE.source}|\bpoints?\b|[$€£¥]\s?\d[\d,.]*(?![\d,.]|\s*(?:thousand|million|billion|trillion|bn|mn|tn|m|b)\b)|(?<![\d,.])\d[\d,.]*\s+(?:yen|cents?)\b`,
  'i',
);

/** Whether a sentence gives a price's move (`MOVE_VALUE`), as a question for one must be answered (`priceMoveAsked`). */
export function givesMove(sentence: string): boolean {
  return MOVE_VALUE.test(sentence);
}

/**
 * "how much is a costco membership", "how much does a one-day ticket cost", "what will a ploom device cost": the price of
 * one thing. With "do" or "will" the verb must be "cost": "how much did a consortium pay for the stake" asks what a buyer
 * paid, a sum in millions.
 */
const UNIT_PRICE_QUESTION = /\b(?:how\s+much|what)\s+(?:(?:is|was)\s+(?:a|an|one)\s|(?:does|do|did|will|would)\s+(?:a|an|one)\s+(?:\S+\s+){1,6}?cost\b)/;

/**
 * Whether a question asks what one thing costs (`UNIT_PRICE_QUESTION`; compose reads it only when an amount is asked): news gives
 * that as a price ("$26,500 a year", "about 120 yen"), not as a sum in millions, which is a market's or a deal's size.
 */
export function unitPriceAsked(question: string): boolean {
  return UNIT_PRICE_QUESTION.test(withoutPunctuation(interrogativePart(question)));
}

/** A price that no "million" scales: "$25", "5,843 yen", "40 cents". */
const UNSCALED_PRICE = new RegExp(
  String.raw`[$€£¥]\s?\d[\d,.]*(?![\d,.]|\s*(?:thousand|million|billion|trillion|bn|mn|tn|m|b)\b)|(?<![\d,.])\d[\d,.]*\s+(?:yen|dollars?|euros?|cents?)\b`,
  'i',
);

/** Whether a sentence gives a price of one thing (`UNSCALED_PRICE`), as a question for one must be answered (`unitPriceAsked`). */
export function givesUnitPrice(sentence: string): boolean {
  return UNSCALED_PRICE.test(sentence);
}
