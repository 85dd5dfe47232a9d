/**
 * Follow-up questions: "and Aso?", "what about autos?", "when was that?", "why?", "who said that?",
 * "tell me more". A question that leans on the conversation is read together with the question
 * before it; one that stands alone is read alone, so history never changes its answer.
 */
import { analyze } from './analyze.ts';
import { AUXILIARIES, INFLECTED_VERB, sortNoun, SPEECH_VERBS, typeWords } from './answerTypes.ts';
import { isLemma } from './lexical/extract.ts';
import { isEnglishWord, isVerbForm, nounSort } from './lexical/wordnet.ts';
import { lemmatizer } from './lexical/morphy.ts';
import { patternForm, withoutAcronymDots } from './question.ts';
import { CONCRETE_SORTS, isSpecific, type AnalyzedQuery, type QueryTerm } from './rank.ts';
import { STOP_WORDS } from './stopWords.ts';

/** At most this many earlier turns are read. */
export const MAX_HISTORY_TURNS = 6;
/** Terms carried over from the earlier question weigh this share of their weight beside the follow-up's own. */
export const HISTORY_TERM_WEIGHT = 0.5;
/** Terms of the earlier question are placed after the follow-up's own, this far apart, so proximity never pairs the two. */
const CARRIED_POSITION_OFFSET = 1000;

/** "tell me more", "more", "go on", "what else?", "anything else from her?": the next-best sentences for the same question. */
const MORE = /^(?:(?:tell|show|give)\s+me\s+more|more|go\s+on|continue|keep\s+going|what\s+else|anything\s+else|more\s+please|say\s+more|and\s+more)(?:\s+(?:please|(?:on|about|from)\s+(?:that|it|him|her|them|this|these|those)))?$/;
/** Openings that continue the last question: "and Aso?", "what about autos?", "how about the EU?". */
const CONTINUES = /^(?:and|but|also|so|or)\b|^(?:what|how)\s+about\b|^what\s+of\b|^anything\s+(?:else\s+)?(?:on|about|regarding|from|by|for)\b/;
/**
 * Words that point back at something said before; "that" only where it cannot open a clause ("…that time", "to that",
 * "that?", "that company now?"); "this", "these" and "those" not before a word of time, which says when from now ("this
 * year", "this fiscal year", "all those years"). Personal pronouns are read by `pronounPointsBack`.
 */
const POINTS_BACK =
  /\b(?:this|those|these)\b(?!\s+(?:fiscal|fy|(?:[a-z]+\s+)?(?:year|years|month|months|week|weeks|quarter|quarters|season|spring|summer|fall|autumn|winter|time|morning|afternoon|evening|century|decade)\b))|\b(?:then|the time|the year before)\b|\bthat$|\bthat\s+[a-z]+(?:\s+(?:now|then|today|currently|anymore|again))?$|\bthere$|\bthat\s+(?:time|day|week|month|year|round|meeting|summit|visit|trip|session)\b|\b(?:to|about|on|with|of|for|from|by|after|before|against|over|at|like)\s+that\b|\b(?:does|did|do|is|was|were|would|will|can|could|has|had|should|might)\s+that\b/;

/** Question words, which name no antecedent. */
const OWN_QUESTION_WORD = /^(?:who|whom|whose|what|whats|which|when|where|why|how)$/;
/** Personal pronouns, which point back at someone or something named before: in the conversation, or in the question itself. */
const PERSONAL_PRONOUN = /^(?:he|she|it|they|them|him|her|his|its|their|hes|shes)$/;
/** Possessives, which name their possessor as the question's subject does ("did ustr put out its objectives"). */
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'its', 'their', 'her']);
/** Subject pronouns, which open a clause of their own ("…when it filed", "…said they weren't"). */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'hes', 'shes']);
/**
 * Words after which a subject pronoun opens a clause about what the question has named: subordinators and verbs of
 * saying ("how much debt did westinghouse have when it filed", "which central banks said they weren't…"). Not verbs of
 * thinking: "why does tokyo think it should have been exempt?" is about the exemption just discussed.
 */
const CLAUSE_OPENER = new RegExp(String.raw`^(?:${SPEECH_VERBS}|when|whenever|after|before|b4|because|since|if|once|while|as|until|unless|whether|though|although|explain|explained)$`);

/**
 * Whether a personal pronoun of the question points back at the conversation. One that follows what the question itself
 * names refers to that: a possessive after a name ("when did aduhelm get its approval", "how did blinken rank the economies
 * in his remarks"), and a subject pronoun opening a clause after a name or a noun ("how much debt did westinghouse have when
 * it filed", "which japanese official said he passed…"). Any other ("what did he say?", "why does japan want it?") does.
 */
function pronounPointsBack(text: string, query: AnalyzedQuery): boolean {
  const names = new Set(query.terms.filter((t) => t.name).map((t) => t.term));
  const words = text.split(' ');
  return words.some((w, i) => {
    if (!PERSONAL_PRONOUN.test(w)) return false;
    const before = words.slice(0, i);
    const named = before.some((b) => analyze(b).some((t) => names.has(t)));
    const noun = named || before.some((b) => !OWN_QUESTION_WORD.test(b) && nounSort(b) !== '' && analyze(b).length > 0);
    if (POSSESSIVE_PRONOUNS.has(w) && noun) return false;
    return !(SUBJECT_PRONOUNS.has(w) && i > 0 && CLAUSE_OPENER.test(words[i - 1]!) && noun);
  });
}
/**
 * A reaction with nothing to react to: "how did Japanese officials respond?", "did Tokyo push back?".
 * Respond, react, reply to what? To what was just said.
 */
const REACTS = /\b(?:respond(?:ed|s|ing)?|react(?:ed|s|ing)?|repl(?:y|ied|ies|ying)|retaliat(?:e|ed|es|ing)|(?:push|pushed|pushing|hit|hitting|strike|struck) back|comment(?:ed|s|ing)?)$/;
/**
 * A phrase that opens with a preposition and a question word and has no verb is the rest of the last question, however many
 * words it names: "at what price per share?", "for what kind of beef?". With a verb it is a question of its own: "on what
 * date did trump sign the proclamation?", "by when does biden have to rule?", "by when'll the talks end?". Questions ask
 * with an auxiliary, so one says whether there is a verb; chat often leaves it out ("with whom abe discussed north korea?",
 * "in which year trump withdrew from the tpp?"), so does a word that can only be a verb (`onlyAVerb`).
 */
const PREPOSITION_AND_QUESTION_WORD = /^(?:at|in|on|for|from|with|by|to|about|of|over|under|since|until|during|after|before)\s+(?:what|which|how|whom|when|where)\b/;
const AUXILIARY = new RegExp(String.raw`\b(?:${AUXILIARIES}|be|been)(?:n'?t)?\b|\b(?:won'?t|can'?t|isnt|wasnt|didnt|doesnt)\b|'(?:ll|re|ve|d)\b`);
/** A word that is a verb's form and no noun or adjective: "discussed", "withdrew", "rely", not "price", "share" or "frozen". */
const onlyAVerb = (word: string): boolean => isVerbForm(word) && nounSort(word) === '' && !isLemma(word, 'adj');
/** "May" the month, not the auxiliary: after a preposition or word of time ("in may", "by may", "early may") or before a day or a year. */
const MONTH_MAY = /(?<=\b(?:in|since|until|till|by|from|of|before|after|during|early|mid|late)\s)may\b|\bmay(?=\s\d)/g;
const prepositionalFragment = (t: string): boolean =>
  PREPOSITION_AND_QUESTION_WORD.test(t) && !AUXILIARY.test(t.replace(MONTH_MAY, ' ')) && !t.split(' ').some(onlyAVerb);

/**
 * A fragment: a preposition or a question word with little after it ("at which meeting?", "which city?", "how big?"),
 * at most this many words. Every follow-up of the dialogue sets that only its form as a fragment marks as one is seven
 * words or fewer ("how much is the us putting in?"); a longer question that names one rare thing is a question of its own
 * ("how big does trump say the trade deficit w japan is"), which asked after an unrelated one was answered from its articles.
 */
export const FRAGMENT_MAX_WORDS = 8;
const FRAGMENT = /^(?:at|in|on|for|from|with|by|to|about|of|over|since|until|during|after|before|which|what|who|when|where|why|how)\b/;

/**
 * WordNet sorts of noun for dealings and holdings ("agriculture", "investment", "currency"): a
 * follow-up's topic when the word is only a noun. One that is also a verb or an adjective ("plan",
 * "help", "lying") is as often how the follow-up asks as what it asks about.
 */
const DEALINGS: ReadonlySet<string> = new Set(['act', 'possession']);

/**
 * Words before a noun that make it point back or ask for a sort of answer, not name a new topic:
 * "did those efforts work?" is about what was just said, "how much money…?" asks for an amount.
 */
const NOT_A_NEW_TOPIC_BEFORE: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'such', 'much', 'many']);

/**
 * Whether the word of a follow-up at `i` of its `words` names what it is about: a thing, unless it is the question's verb or
 * what it counts, or a dealing that no verb or adjective shares its form with. `names`: the question's terms for names.
 */
function namesTopic(words: readonly string[], i: number, names: ReadonlySet<string>): boolean {
  const word = words[i]!;
  const before = words[i - 1];
  const sort = nounSort(word);
  if (CONCRETE_SORTS.has(sort)) return !askedAsVerb(words, i, names) && !(before !== undefined && COUNTED_AFTER.has(before));
  return DEALINGS.has(sort) && !isVerbForm(word) && !isLemma(word, 'adj') && !(before !== undefined && NOT_A_NEW_TOPIC_BEFORE.has(before));
}

/** Auxiliaries that open a question and put its subject before the main verb: "does it open?", "did he see any catch?". */
const INVERTING_AUXILIARY = /^(?:(?:do|does|did|would|could|should|might|must)(?:nt)?|will|wont|can|cant|may|shall)$/;
/** Personal pronouns that stand as a subject. */
const SUBJECT_PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'you', 'i']);
/**
 * Words after which a noun is what is counted, the sort of answer asked for ("how many patients…", "how much steel…"):
 * the articles count it under other words ("about 100,000 individuals"), as for a dealing ("how much money…").
 */
const COUNTED_AFTER: ReadonlySet<string> = new Set(['much', 'many']);

/**
 * Whether a word stands as the main verb of a question put with an auxiliary before its subject, a pronoun or a name:
 * "open" in "when does it open?", "see" in "did he see any catch?", "let" in "will tokyo let foreigners buy it?". WordNet
 * knows each as a noun for a thing too (an open, the Holy See, a let in tennis), but there it says what is asked, not about what.
 */
function askedAsVerb(words: readonly string[], i: number, names: ReadonlySet<string>): boolean {
  const subject = words[i - 1];
  if (i < 2 || subject === undefined || !INVERTING_AUXILIARY.test(words[i - 2]!.replace("'", '')) || !isVerbForm(words[i]!)) return false;
  return SUBJECT_PERSONAL_PRONOUNS.has(subject) || analyze(subject).some((t) => names.has(t));
}

/** "and before?", "what about before the deal?", "and previously?": the last question, asked of the time before. */
const ASKS_BEFORE = /^(?:(?:and|but|so)\s+)?(?:(?:what|how)\s+about\s+)?(?:what\s+(?:was|were)\s+(?:it|they)\s+)?(?:before|beforehand|previously|formerly|prior)(?:\s+(?:that|then|it|this|(?:the|its|their)\s+[a-z-]+))?$/;

/** Whether a follow-up asks the last question of the time before ("and before?"). */
export function asksBefore(text: string): boolean {
  return ASKS_BEFORE.test(patternForm(text));
}

/** "And now?", "what about today?", "what is it now?": the last question, asked of the time of the newest article. */
const ASKS_NOW = /^(?:(?:and|but|so|ok)\s+)?(?:(?:what|how)\s+about\s+)?(?:(?:what|how\s+much|how\s+many|who)\s+(?:is|are)\s+(?:it|they|that|he|she)\s+)?(?:right\s+now|now|today|currently|these\s+days|at\s+present|nowadays)$/;

/** Whether a follow-up asks the last question of the present ("and now?"). */
export function asksNow(text: string): boolean {
  return ASKS_NOW.test(patternForm(text));
}

/** A question word of a follow-up's own (not the "what" of "what about…"), or an auxiliary opening it ("did he agree?"). */
const OWN_QUESTION = new RegExp(String.raw`\b(?:who|whom|whose|what|whats|which|when|where|why|how)\b(?!\s+(?:about|of)\b)|^(?:(?:and|but|so)\s+)?(?:${AUXILIARIES})(?:n't)?\b`);

/**
 * Whether a follow-up asks a question of its own ("what did he ask the americans for?", "did he agree?"), rather than
 * the last question again, of someone or something else ("anyone else?", "and for japan?", "what about aso?").
 */
export function asksOwnQuestion(text: string): boolean {
  return OWN_QUESTION.test(patternForm(text));
}

/** "He", "she" and their forms: someone named before, a person ("what did he say about the deal?"). */
const PERSON_PRONOUN = /\b(?:he|she|him|his|her|hers|hes|shes)\b/;

/** Whether a follow-up asks about someone it names only as "he" or "she". */
export function pointsToSomeone(text: string): boolean {
  return PERSON_PRONOUN.test(patternForm(text));
}

/** A question of one question word ("why?", "how come?", "since when?"): it asks about what was just said. */
const BARE_QUESTION = /^(?:why|how come|when|where|who|how|since when|until when|till when|what for)$/;

/**
 * Whether a message can only be answered from an earlier turn: "tell me more", "anything else?", "why?", "who said that?",
 * "when was that?". Asked with no conversation, it has nothing to lean on, and the user should hear that, not a guess.
 */
export function needsEarlierTurn(text: string, query: AnalyzedQuery): boolean {
  const t = patternForm(text);
  if (asksForMore(text) || BARE_QUESTION.test(t)) return true;
  return !query.terms.some((term) => term.known && isSpecific(term)) && (POINTS_BACK.test(t) || pronounPointsBack(t, query) || CONTINUES.test(t));
}

/**
 * The sort of the noun a request for more is about, "tell me more about the company" (`MORE_ABOUT`): '' when it asks
 * about no English noun, undefined when it is no such request.
 */
function sortAskedMoreAbout(t: string): string | undefined {
  const about = MORE_ABOUT.exec(t)?.[1];
  if (about === undefined) return undefined;
  return isEnglishWord(about) ? nounSort(about) : '';
}

/** Whether the message asks for more of the last answer. */
export function asksForMore(text: string): boolean {
  const t = patternForm(text);
  if (MORE.test(t)) return true;
  // "tell me more about the company": a definite one-word description of what was just discussed, not a new topic ("…about the tpp").
  // A thing of its own ("…about the beef", "…about the cars") is a topic; a person, group or place is how one refers back to a name.
  const sort = sortAskedMoreAbout(t);
  return sort !== undefined && sort !== '' && (!CONCRETE_SORTS.has(sort) || NAMED_SORTS.has(sort));
}

/**
 * Whether a request for more can only be about an earlier answer, with none to go on: "tell me more", "more about him", "tell
 * me more about the company" (how one refers back to a name). "Tell me more about the tariffs" or "more on the yen", which
 * `asksForMore` reads in a conversation as more of what was discussed, name a topic of their own as a first message.
 */
export function asksForMoreOfEarlier(text: string): boolean {
  const t = patternForm(text);
  return MORE.test(t) || NAMED_SORTS.has(sortAskedMoreAbout(t) ?? '');
}
/** Sorts of noun that a name is ("the company" for Acme, "the man" for Saji, "the country" for Japan). */
const NAMED_SORTS: ReadonlySet<string> = new Set(['person', 'group', 'location']);
/** "tell me more about the deal", "more on that company". */
const MORE_ABOUT = /^(?:(?:tell|show|give)\s+me\s+)?more\s+(?:about|on)\s+(?:the|this|that|these|those)\s+([a-z]+)(?:\s+please)?$/;

/** "that" and a noun phrase ending the question. */
const THAT_PHRASE = /\bthat\s+((?:[a-z]+\s+){1,2}[a-z]+)$/;
/** Words that make what follows "that" a clause ("said that japan would…"), not a noun phrase ("that first call"). */
const CLAUSE_MARKERS = new RegExp(`^(?:${AUXILIARIES}|be|been|being|i|you|he|she|it|we|they|not)$`);

/**
 * "Who made that first call?", "when did that new plant open": "that" and a noun phrase of two or three words ending the
 * question point back as "that company" does. Not a clause after "that" ("did pence say that japan should open"), which an
 * auxiliary or a pronoun marks, nor one whose words include a past form ("that prices rose").
 */
function thatPhrase(text: string): boolean {
  const words = THAT_PHRASE.exec(text)?.[1]?.split(' ');
  if (!words) return false;
  const last = words[words.length - 1]!;
  return words.every((w) => !CLAUSE_MARKERS.test(w) && !INFLECTED_VERB.test(w)) && nounSort(last) !== '';
}

/**
 * Whether a question leans on the one before: it continues it ("and…", "what about…"), has no
 * specific words of its own ("why?", "when was that?"), points back with a pronoun ("what's Tokyo
 * planning to do about it?"), reacts to nothing named ("how did Japanese officials respond?"), or is a fragment that says little else ("which city?").
 */
export function leansOnHistory(text: string, query: AnalyzedQuery): boolean {
  const t = patternForm(text);
  const own = query.terms.filter((t) => t.known && isSpecific(t)).length;
  return CONTINUES.test(t) || own === 0 || POINTS_BACK.test(t) || pronounPointsBack(t, query) || thatPhrase(t) || REACTS.test(t) || (own <= 1 && FRAGMENT.test(t) && t.split(' ').length <= FRAGMENT_MAX_WORDS) || prepositionalFragment(t);
}

/**
 * The follow-up read with the earlier question: its own terms at full weight, the earlier ones at
 * `HISTORY_TERM_WEIGHT`, and the earlier names dropped when the follow-up names someone else.
 */
export function withHistory(own: AnalyzedQuery, earlier: AnalyzedQuery, replaceNames = true): AnalyzedQuery {
  const ownTerms = new Set(own.terms.map((t) => t.term));
  // "and Aso?" after a question about Pence: a specific name of the follow-up's own replaces the earlier ones.
  const replacesName = replaceNames && own.terms.some((t) => t.name && isSpecific(t));
  const carried: QueryTerm[] = earlier.terms
    .filter((t) => !ownTerms.has(t.term) && !(replacesName && t.name && isSpecific(t)))
    .map((t) => ({ ...t, weight: t.weight * (own.terms.some((o) => o.known) ? HISTORY_TERM_WEIGHT : 1), position: t.position + CARRIED_POSITION_OFFSET }));
  return { terms: [...own.terms, ...carried], corrections: own.corrections };
}

/**
 * The follow-up's own words that say what it is about ("Aso" in "and Aso's take?", "farm goods"),
 * without the words that only ask for a sort of answer ("high" in "how high could they go?").
 * An answer to the follow-up must hold them.
 */
export function ownTopicTerms(text: string, query: AnalyzedQuery): QueryTerm[] {
  const sortWords = typeWordsOf(text);
  // Words that name things and dealings ("dealers", "beef", "agriculture"), not the verbs and adverbs around them ("go", "against").
  const names = new Set(query.terms.filter((t) => t.name).map((t) => t.term));
  const things = new Set(patternForm(text).split(' ').filter((_, i, words) => namesTopic(words, i, names)).flatMap((w) => analyze(w)));
  const topic = query.terms.filter((t) => t.known && !sortWords.has(t.term) && (t.name || things.has(t.term)));
  // "and Japan's?" after a question about the US: a common name is the topic when the follow-up has no rarer one.
  const specific = topic.filter(isSpecific);
  return specific.length > 0 || !CONTINUES.test(patternForm(text)) ? specific : topic;
}

/**
 * WordNet sorts of noun for what a follow-up may name that no article mentions: things and groups ("IMF", "delegation"),
 * dealings and holdings ("money"), amounts ("tons") and events ("olympics"). A noun of another sort, for a thought, a
 * saying, a state or a process ("rationale", "timeline", "reaction"), is as often how a follow-up asks about what it names.
 */
const THING_SORTS: ReadonlySet<string> = new Set([...CONCRETE_SORTS, ...DEALINGS, 'quantity', 'event']);

/** Articles, which no verb follows: a word of a verb's form after one is read as a noun ("the weather"). */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** A word of a follow-up that no article mentions: its index term and the word as the question writes it. */
export interface UnknownTopic {
  term: QueryTerm;
  word: string;
}

/**
 * The follow-up's words that name something no article mentions: a word WordNet does not know ("Lagarde", "OECD") or
 * knows only as a noun ("IMF", "olympics", "delegation"). "What does the IMF think of it?" asks about that thing, and
 * no quote of the conversation can say; an unknown verb or adjective ("who floated that?") is a paraphrase of what the
 * articles say in their own words. So is a noun that is not of a sort of thing (THING_SORTS) when another noun or name
 * of the follow-up is one the articles use: "what was Aso's reaction?" asks about Aso, "what was the reaction?" about a reaction.
 */
export function unknownTopics(text: string, query: AnalyzedQuery): UnknownTopic[] {
  const sortWords = typeWordsOf(text);
  // The words as written, an abbreviation with its dots ("I.M.F.", "U.K.") as one, without brackets or quotes ("(Lagarde)").
  const words = patternForm(withoutAcronymDots(text))
    .split(' ')
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  // A noun or a name the articles use ("Aso's", "tariffs"), not a verb or an adjective ("united" of "the United Kingdom").
  // A word every article uses ("Japan" in a corpus about Japan) says nothing of what is asked ("what about inflation in
  // Japan?"), unless what is asked is its own ("what was Washington's rationale?").
  const known = new Set(query.terms.filter((t) => t.known && !sortWords.has(t.term)).map((t) => t.term));
  const specific = new Set(query.terms.filter((t) => t.known && isSpecific(t)).map((t) => t.term));
  const namesKnown = words.some(
    (w) => (nounSort(w) !== '' || !isEnglishWord(w)) && analyze(w).some((term) => known.has(term) && (specific.has(term) || /['’]s$/.test(w))),
  );
  const namesAThing = (w: string) => {
    const sort = nounSort(w);
    return sort === '' || THING_SORTS.has(sort) || !namesKnown;
  };
  const named = new Map<string, string>();
  // A word between an article and a preposition, a function word or the end heads a noun phrase ("the weather in tokyo",
  // "the weather like in tokyo", "the weather there"), though WordNet also knows its form as a verb; not one before another
  // word ("the united kingdom"). No verb follows an article, but an
  // adjective may stand alone after one for something just said ("the latter", "the former", "the opposite"): a word WordNet
  // knows as an adjective and no verb stays one there.
  const headsAPhrase = (i: number) => ARTICLES.has(words[i - 1] ?? '') && (i === words.length - 1 || PREPOSITIONS.has(words[i + 1]!) || STOP_WORDS.has(words[i + 1]!));
  const noVerbOrAdjective = (w: string) => !isVerbForm(w) && !isLemma(lemmatizer.adjective(w), 'adj') && !isLemma(w, 'adv') && !isLemma(w, 'adj');
  const nounAfterArticle = (w: string, i: number) => headsAPhrase(i) && isVerbForm(w);
  for (const w of words.filter((w, i) => /^\p{L}/u.test(w) && !PREPOSITIONS.has(w) && (noVerbOrAdjective(w) || nounAfterArticle(w, i)) && namesAThing(w))) {
    for (const term of analyze(w)) if (!named.has(term)) named.set(term, w);
  }
  // "and on food and souvenirs?": a thing named beside one the articles use ("food") asks about both; what the articles say
  // of the one they use answers part of it, so the other is no reason to decline.
  const coordinated = (w: string) => {
    const i = words.indexOf(w);
    const besideKnown = (j: number) => words[j] !== undefined && analyze(words[j]).some((t) => known.has(t));
    const conjunction = (j: number) => words[j] === 'and' || words[j] === 'or';
    return (conjunction(i - 1) && besideKnown(i - 2)) || (conjunction(i + 1) && besideKnown(i + 2));
  };
  return query.terms
    .filter((t) => !t.known && !sortWords.has(t.term) && named.has(t.term) && !coordinated(named.get(t.term)!))
    .map((term) => ({ term, word: asWritten(text, named.get(term.term)!) }));
}

/**
 * Whether a question names a thing no article mentions: a word the index does not know that WordNet knows as a noun of
 * a sort of thing (`THING_SORTS`: "cup" in "who won the world cup?", "capital", "series") or does not know at all
 * ("nobel"). A question that does not point back by its form is then about that thing, and no quote of the conversation
 * can speak of it (`readInConversation` in answer.ts); an unknown verb or a word of another sort ("who is jetting
 * there?", "heading", "week") may be a paraphrase of what the articles say.
 */
export function namesUnknownThing(text: string, query: AnalyzedQuery): boolean {
  const unknown = new Set(query.terms.filter((t) => !t.known).map((t) => t.term));
  if (unknown.size === 0) return false;
  return patternForm(text)
    .split(' ')
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .some((w) => (!isEnglishWord(w) || (THING_SORTS.has(nounSort(w)) && !INFLECTED_VERB.test(w))) && analyze(w).some((t) => unknown.has(t)));
}

/** A word as the question writes it ("Lagarde", not "lagarde"; "I.M.F." with its dots), when it is there as a word of its own. */
function asWritten(text: string, word: string): string {
  const letters = [...word].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\.?');
  const found = new RegExp(`(?<![\\p{L}\\p{N}])${letters}\\.?(?![\\p{L}\\p{N}])`, 'iu').exec(text)?.[0];
  // A full stop after a word is the sentence's, unless the word is written with dots.
  return found === undefined ? word : /\..+\.$/.test(found) ? found : found.replace(/\.$/, '');
}

/** The words of a question that only ask for a sort of answer: "high" in "how high could they go?", "city" in "which city?". */
function typeWordsOf(text: string): ReadonlySet<string> {
  return new Set(analyze([...typeWords(text), sortNoun(text) ?? ''].join(' ')));
}

/**
 * The follow-up as read within the conversation's own articles: its words that say what it is
 * about, with every word of the earlier question; names are kept ("and Abe?" after "did Trump talk
 * about North Korea?" is still about North Korea), since the answer must hold the follow-up's own.
 */
export function withConversation(text: string, own: AnalyzedQuery, earlier: AnalyzedQuery): AnalyzedQuery {
  const sortWords = typeWordsOf(text);
  return withHistory({ ...own, terms: own.terms.filter((t) => !sortWords.has(t.term)) }, earlier, false);
}

/** Prepositions (a closed class): each opens a phrase that a contrast follow-up may replace ("for the US" → "and for Japan?"). */
const PREPOSITIONS: ReadonlySet<string> = new Set([
  'about', 'above', 'across', 'after', 'against', 'along', 'amid', 'among', 'around', 'as', 'at', 'before', 'behind', 'below', 'beside', 'between', 'beyond', 'by',
  'despite', 'during', 'for', 'from', 'in', 'inside', 'into', 'near', 'of', 'off', 'on', 'onto', 'over', 'past', 'per', 'since', 'than', 'through', 'throughout',
  'till', 'to', 'toward', 'towards', 'under', 'until', 'upon', 'versus', 'via', 'with', 'within', 'without',
]);
/** Determiners (a closed class), which a phrase may open with and which name nothing. */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my']);
/** Words that end a phrase of the earlier question: question words and auxiliaries start a clause. */
const CLAUSE_WORDS = new RegExp(`^(?:what|who|whom|whose|when|where|why|how|which|${AUXILIARIES}|be|been|and|or|but)$`);
/** How a contrast follow-up opens: "and…", "what about…", "how about…", "what of…". */
const CONTRAST_OPENING = /^(?:(?:and|but|also|or)\s+|(?:what|how)\s+about\s+|what\s+of\s+)/;

/**
 * A contrast follow-up rewritten as the question it stands for: "and for Japan?" after "who signed
 * the agreement for the US?" is "who signed the agreement for Japan?". The follow-up is a phrase
 * of names alone ("the US", "Japan's", "Abe"), after a preposition at most, and it replaces the
 * phrase of the earlier question it is parallel to: the one after the same preposition, or, with
 * none, the names of the same sort (a place for a place, anyone else for anyone else) outside any
 * prepositional phrase, the question's subject or object. The sort of answer asked stays the
 * same, the replaced names no longer count, the new ones do. Undefined when the follow-up is not
 * such a phrase or the earlier question has nothing parallel to it.
 */
export function contrastQuestion(followUp: string, own: AnalyzedQuery, earlier: string, before: AnalyzedQuery): string | undefined {
  const text = patternForm(followUp);
  const opening = CONTRAST_OPENING.exec(text);
  if (!opening) return undefined;
  const words = text.slice(opening[0].length).split(' ').filter((w) => w !== '');
  const preposition = words[0] !== undefined && PREPOSITIONS.has(words[0]) ? words[0] : undefined;
  const replacement = preposition ? words.slice(1) : words;
  const phrase = replacement.filter((w, i) => !(i === 0 && DETERMINERS.has(w)));
  // A name's sort: a place, a number, or anyone or anything else.
  const nameOf = (query: AnalyzedQuery) => (word: string) => {
    const terms = analyze(word);
    const found = query.terms.filter((t) => terms.includes(t.term));
    if (terms.length === 0 || found.length !== terms.length || !found.every((t) => t.name)) return undefined;
    return found.every((t) => t.place === true) ? 'place' : found.every((t) => /^\p{N}/u.test(t.term)) ? 'number' : 'other';
  };
  const ownName = nameOf(own);
  const named = phrase.map(ownName);
  if (phrase.length === 0 || named.some((n) => n === undefined)) return undefined;
  const sort = named.every((n) => n === named[0]) ? named[0] : undefined;
  if (sort === undefined) return undefined;
  // The earlier question's words, each with the preposition whose phrase it is in.
  const tokens = patternForm(earlier).split(' ');
  let openedBy: string | undefined;
  const within = tokens.map((w) => {
    if (PREPOSITIONS.has(w)) openedBy = w;
    else if (CLAUSE_WORDS.test(w)) openedBy = undefined;
    return openedBy;
  });
  const earlierName = nameOf(before);
  const parallel = (i: number) => {
    const n = earlierName(tokens[i]!);
    return n === sort && !PREPOSITIONS.has(tokens[i]!) && within[i] === preposition;
  };
  const replaced = tokens.map((_, i) => parallel(i));
  let first = replaced.indexOf(true);
  if (first < 0) return undefined;
  // The names replaced form one run, the first run of parallel names, with the determiner before it ("the US").
  let end = first;
  while (end + 1 < tokens.length && replaced[end + 1]) end++;
  if (first > 0 && DETERMINERS.has(tokens[first - 1]!)) first--;
  return [...tokens.slice(0, first), ...replacement, ...tokens.slice(end + 1)].join(' ');
}

