/**
 * Chooses the sentences to quote and numbers their sources. Sentences are ranked one by one, with
 * their passage's rank as context: a sentence earns the question terms it holds, and more when it
 * holds the sort of answer asked for (a date for "when", a number for "how many"). Datelines are
 * cut from the front of a quote, page furniture (captions, photo credits, reporting credits) is
 * never quoted, a quote always has balanced quotation marks, and only the articles quoted are cited.
 */
import { LRUCache } from 'lru-cache';
import { datedByArticle, namesATime, withRelativeYears } from './articleDates.ts';
import { analyze, CARDINAL_WORDS, termKey } from './analyze.ts';
import { isEnglishWord } from './lexical/wordnet.ts';
import { nameKey } from './names.ts';
import { rivalledPairs } from './namePairs.ts';
import { givesAName, givesCause, givesMove, givesShare, givesUnitPrice, priceMoveAsked, rateAsked, unitPriceAsked, headNoun, withoutPunctuation, holdsType, interrogativePart, identifiedByAct, namingAsked, isPlaceType, FIGURE_TYPES, namedThingsAsked, namesSeveral, SEVERAL_NAMES, thingsNamedIn, officeAsked, officeOwner, severalAsked, quotesSpeaker, quotesSpeakerOf, reasonSpeaker, speechSubject, tellsConsequence, typedSpans, voices, type AnswerType } from './answerTypes.ts';
import { asksComparison, comparedSides, comparedValueType, distinctValues, noneOf, valuesIn } from './comparison.ts';
import { fullNameNotes } from './fullNames.ts';
import { countsOtherThing } from './countedValues.ts';
import { toldAsToCome } from './outcome.ts';
import { copulaSubject, questionFocus } from './focus.ts';
import { formatDate, resolveRelativeDate } from './dates.ts';
import type { PreparedQuestion } from './question.ts';
import { idf, isSpecific, termCredit, type AnalyzedQuery, type QueryTerm, type RankedPassage } from './rank.ts';
import { frameTerms } from './frames.ts';
import { HEAD_WORDS, leadingWord } from './leading.ts';
import { PASSAGE_CACHE_SIZE, passageAfter, passagesOfArticle, sentencesOf, termsOfPassage } from './passageTerms.ts';
import { datelinePlace, quotable } from './dateline.ts';
import type { SearchIndex } from './searchIndex.ts';
import { COUNT, NON_NEGATIVE, SHARE, type OptionRules } from './options.ts';
import type { AnswerSentence, Citation } from './types.ts';
import { askedTimes, atAnotherTime, type TimesByKind } from './timeQualifiers.ts';
import { asksWhatIsToCome, withoutPastDates } from './futureDates.ts';

/** How many of the best passages sentences are drawn from. */
export const DEFAULT_PASSAGES_TO_READ = 4;
/** At most this many sentences are quoted. */
export const DEFAULT_MAX_SENTENCES = 3;
/** A further sentence is quoted only if it scores at least this share of the best one. */
export const DEFAULT_EXTRA_SENTENCE_RATIO = 0.6;
/** Quoted sentences together stay under this many characters, so answers stay short. */
export const DEFAULT_MAX_ANSWER_CHARS = 900;
/** How much the passage's rank counts beside the sentence's own match (0..1). */
export const PASSAGE_PRIOR = 0.5;
/**
 * A sentence is read with the one before it: "However, he stressed that the talks would be a
 * first step" answers a question about the spokesman named in the sentence before. Terms of the
 * previous sentence earn this share of their weight.
 */
export const CONTEXT_CREDIT = 0;
/**
 * A sentence that points back to the one before ("It is to be developed by SB Energy…" after "…the
 * Ohio plant would generate 9.2 gigawatts…", "His ruling coalition lost its majority…" after "The
 * deal lands at a shaky moment for Ishiba") is about what that sentence names: the question terms
 * it lacks and the sentence before holds earn this share of their weight. Such a sentence is
 * quoted only with the one it points to. Measured 0.15–0.35 alike.
 */
export const POINTING_BACK_CREDIT = 0.25;
/** "Tell me more" reads on in the passages just quoted: their unquoted sentences get this extra weight. */
export const CONTINUATION_BONUS = 0.3;
/**
 * A reason is told next to the claim it explains, often in the paragraph after it: "…Mnuchin … said that Washington
 * wants a clause against competitive currency devaluation…" / "Japanese officials worry that such a clause could tie
 * their hands…". That paragraph shares few of the question's words, so it ranks low or not at all. For a "why" asked
 * on its own, the passage after each of this many best passages (same article and section) is read as well, scored
 * as their continuation (with their rank), and its sentences are quoted only when they give a reason. Reading on after
 * the best two gives the same answers; the passage before, or the passage after promoted in the ranking instead, lost
 * as many answers as they gained (docs/quality.md).
 */
export const REASON_PASSAGES_READ_ON = 1;
/**
 * A "why" asked on its own also reads every other passage of the best passage's article that gives a cause in so
 * many words ("Washington needed the two allies because their companies make equipment that does not rely on U.S.
 * technology", four paragraphs down from the claim and sharing two of the question's words), scored at this share
 * of the best passage's score; only its sentences that give a cause are candidates. The article that tells the claim
 * is the one likeliest to tell its cause. At 1 or 0.8 of the score it displaced right reasons more often; at 0.6 it
 * reached fewer (docs/quality.md).
 */
export const REASON_ARTICLE_SHARE = 0.7;
/**
 * How many passages after the ones read (`DEFAULT_PASSAGES_TO_READ`) a comparison also reads, using from them only a
 * sentence that gives a value for each side (`COMPARISON_BONUS`): the two values are rarely both in the best passages.
 */
export const COMPARISON_PASSAGES_READ = 2;
/**
 * "biden vs kishida on the nippon steel deal", "how do trump and tokyo describe the 550bn differently": when the quotes
 * name one side only (or neither), a sentence that names a side they lack is quoted if it scores at least this share of
 * the lead; of those, the one that names most of both sides' words ("Trump has said…, while Tokyo says…"). What each side
 * said is often told apart, and the sentence naming the other side shares fewer of the question's words. Measured
 * 0.25–0.4 alike; 0.55 reaches neither item it gains.
 */
export const SIDE_SENTENCE_SHARE = 0.4;
/**
 * For a question asked on its own that asks for a sort of answer (a date, a figure, a name; not "why"), a lower passage of
 * the best passage's own article counts its score over the best one's raised to this power, so that it counts for a little
 * more: the value asked for often stands in a paragraph that shares fewer of the question's words than the one telling the
 * story around it ("The stock fell 5,000 yen, or 17.7 percent…" for "how much did nintendo stock drop on monday after the
 * pokemon go warning"). Another article's passage is not raised: its value answers another story's question.
 */
export const TYPED_PASSAGE_RANK_EXPONENT = 0.85;
/**
 * For a question asked on its own for a date or a figure, the passages of the best passage's own article ranked below the
 * ones read (`DEFAULT_PASSAGES_TO_READ`), down to this place in the ranking, are read too, for a sentence that gives the
 * value asked for and writes a question word: the value often stands in a paragraph that shares fewer of the question's
 * words than those telling the story around it ("Sumitomo Bank's plan to pay $500 million for a 12.5 percent stake in
 * Goldman…" ranked fifth for "how much $$ is sumitomo putting into goldman"). Such a sentence counts for the answer's
 * confidence only when it leads: quoted beside another lead, its value may be the story's other figure ("…agreed to sell
 * the regional banking franchise … for about $8 billion" for "how big a loss is mufg booking on the union bank sale").
 * Measured 5–16 alike.
 */
export const TYPED_PASSAGES_REACH = 8;
/** Extra weight for a sentence that holds the answer type the question asks for. */
export const ANSWER_TYPE_BONUS = 0.15;
/**
 * A sentence earns `ANSWER_TYPE_BONUS`, and may lead for the sort of answer it gives, only when it writes itself a question
 * word whose weight is at least this share of the weight of a word no passage has: not only "Japan" or "U.S.", which a
 * corpus about their trade weighs next to nothing. "He pressed the Japanese for wider access for American farm goods…"
 * names a place but writes nothing of "where was butz talking when he called it a mistake" (the "he" it only inherits),
 * and had been quoted before "…Butz said in a speech at the Japan National Press Club". A share, not a weight, so that a
 * corpus of two articles, whose words all weigh little, asks no more of a sentence than a big one. Measured 0.06–0.13
 * alike; 0.2 loses d038, whose date sentence writes only "economic" of "when did the second round of the us-japan
 * economic dialogue take place?".
 */
export const MIN_TYPED_TERM_SHARE = 0.1;
/**
 * Extra weight, for a question that asks what someone said ("what did japan's trade minister say after biden nixed the us
 * steel sale", `speechSubject`), for a sentence in which they speak (`voices`): "In Tokyo, trade and industry minister Yoji
 * Muto said on Saturday that the decision was "difficult to understand and regrettable."" shares fewer of the question's
 * words than "Some of Biden's own senior advisers had reportedly urged him…". Only the subject's words of some weight
 * count (`MIN_TYPED_TERM_SHARE`: not "Japan" of "japan's trade minister"), and the people the articles give its title.
 * Measured 0.25–0.3 alike; 0.15–0.2 gain one item less; letting such a sentence lead as a typed one does (0.1–0.2),
 * at the cost of right answers' certainty (d024 0.946 → 0.85). The same for a "why" asked on its own for the reason someone
 * gives (`reasonSpeaker`: "why does nippon steel's president think buying us steel makes sense" is answered by "…Nippon
 * Steel President Eiji Hashimoto said the acquisition was important for Japan's economic security…"); counting such a
 * sentence as giving the reason as well lost h8q003.
 */
export const SPEAKER_BONUS = 0.25;
/**
 * Extra weight, for a question that asks what something is called (`namingAsked`: "whats the japanese term for these big
 * trading firms"), for a sentence that gives a name in so many words (`givesAName`): "Known in Japan as sogo shosha, or
 * general trading companies, the five…" over one that tells more of the firms. Such a sentence may lead as a typed one does.
 */
export const NAMING_BONUS = 0.15;
/**
 * Extra weight, for a question that sets two things side by side (comparison.ts), for a sentence that gives two values of
 * the sort compared besides the question's own: "SoftBank said it would put in at least $25 billion…, while Saudi Arabia's
 * Public Investment Fund pledged up to $45 billion" answers "softbank vs saudi arabia, how much is each putting in?", "Son
 * said the money would come from a $100 billion technology fund…" only half of it. Further sentences are measured against the
 * lead's score without it, so that a lead giving both values does not crowd out what would have been quoted beside it.
 * Measured 0.15–0.5: 0.15 gains three items, 0.25–0.5 four, 0.5 another four (and "dollar vs the yen", a pair, not two sides, loses certainty).
 */
export const COMPARISON_BONUS = 0.25;
/**
 * The words of the question's frame ("at the second economic dialogue in oct 2017", src/frames.ts)
 * earn this share of their weight when a sentence is chosen. They have found the passage (its rank
 * counts them fully, and so does the passage's share of each sentence's score), but the sentence
 * quoted must say what the question asks: "Japan agreed to streamline … testing procedures for US
 * auto exports", not "In the second round of bilateral economic dialogues…, Pence and Aso
 * emphasised cooperation". Measured 0–0.25 alike on the evaluation sets; 0.5 undoes the gain.
 */
export const FRAME_CREDIT = 0;
/**
 * The frame is discounted only when the rest of the question holds at least this share of its
 * weight: below it the core says little but the question word ("what did japan do at the g20?"),
 * and the frame is what the question is about. Measured 0–0.2 alike; 0.35 loses two items.
 */
export const MIN_CORE_SHARE = 0.1;

/**
 * A date or figure answers the question when it stands by the question's words: "Bridgestone will pay $80 a share",
 * "is to begin operating in 2025". One that no question word stands within this many words of is about something else
 * the sentence tells in passing ("…closed at 15,390 yen on Nasdaq Japan" for "how much did softbank put into nasdaq
 * japan?"): `Composition.typedNear` is then false, and answer.ts lowers confidence (`FAR_TYPED_VALUE_FACTOR`).
 */
export const TYPED_VALUE_REACH = 5;

export interface ComposeOptions {
  /** Default `DEFAULT_PASSAGES_TO_READ`. */
  passagesToRead?: number;
  /** Default `DEFAULT_MAX_SENTENCES`. */
  maxSentences?: number;
  /** Default `DEFAULT_EXTRA_SENTENCE_RATIO`. */
  extraSentenceRatio?: number;
  /** Default `DEFAULT_MAX_ANSWER_CHARS`. */
  maxAnswerChars?: number;
  /** Default `PASSAGE_PRIOR`. */
  passagePrior?: number;
  /** Default `ANSWER_TYPE_BONUS`. */
  answerTypeBonus?: number;
  /** Default `CONTEXT_CREDIT`. */
  contextCredit?: number;
}

/** What each `ComposeOptions` option may hold. */
export const COMPOSE_OPTION_RULES: OptionRules = {
  passagesToRead: COUNT,
  maxSentences: COUNT,
  extraSentenceRatio: SHARE,
  maxAnswerChars: COUNT,
  passagePrior: SHARE,
  answerTypeBonus: NON_NEGATIVE,
  contextCredit: SHARE,
};

/**
 * A sentence that puts its event at another month or day of the week than the question asks about (timeQualifiers.ts
 * `atAnotherTime`) counts at this share of its score, so that one telling of the time asked is preferred to it.
 */
export const CONFLICTING_TIME_SHARE = 0.8;

export interface Composition {
  sentences: AnswerSentence[];
  citations: Citation[];
  notes: string[];
  /** Whether the quoted sentences hold the answer type the question asks for (true when it asks for none). */
  answerTypeFound: boolean;
  /** Names and numbers of the question, other than countries and pacts, that neither the quotes nor the cited articles' titles mention. */
  missingNames: number;
  /** Countries, regions and pacts the question names (the vocabulary's names, WordNet's locations) that neither the quotes nor the titles mention, and pairs of them ("us-japan") the quotes rival with another ("EU-Japan"). */
  missingPlaces: number;
  /** Share of the question's weight that the leading quoted sentence holds by itself, 0..1. */
  leadCoverage: number;
  /** Whether the quoted sentences hold the question's focus (focus.ts), or a WordNet form of it; true when it has none. */
  focusFound: boolean;
  /** Whether the question's focus is a word no article uses, in any WordNet form: the articles never speak of the thing asked about. */
  focusUnknown: boolean;
  /**
   * The largest share of the question's weight, 0..1, that a quoted sentence holding the answer type writes itself,
   * leaving out a year or month its article's date gives (as passage coverage does); 0 when none holds it, and 1 when
   * the question asks for no type or who wrote (the byline, dated, answers it).
   */
  typedCoverage: number;
  /**
   * For a date or a figure asked for, whether a quoted sentence gives one with a question word within
   * `TYPED_VALUE_REACH` words of it (`valueNearQuestion`), other than the noun it counts or measures by (`countedNoun`);
   * true for other questions and when no quoted sentence gives one.
   */
  typedNear: boolean;
  /**
   * Whether every figure the quoted sentences give measures another thing than the question asks for: for "how many X",
   * each counts another thing than X (countedValues.ts `countsOtherThing`); for a rate or share (`rateAsked`), none is a
   * share of a whole; for a share price's move (`priceMoveAsked`), none is a percent, points or a price; for the price
   * of one thing (`unitPriceAsked`), none is a price that no "million" scales.
   */
  countsOther: boolean;
  /** The quoted sentences that give the sort of answer asked for, in the order quoted (empty when it asks for none). */
  valueSentences: string[];
  /**
   * For a date or a figure asked for, whether the first quoted sentence that gives one by a question word tells every such
   * value as planned, forecast or possible (`valuesToldAsPlanned`): "will produce about 10,000 cars a year".
   */
  typedPlanned: boolean;
  /**
   * For a person or a place asked for: the best share, among the quoted sentences that give one, of their passage's match
   * to the question against the best passage's (1 for a sentence of the best passage's own article).
   */
  namedStoryShare: number;
  /** For "why", whether a quoted sentence gives a reason in so many words or tells what would follow; true for other questions. */
  reasonGiven: boolean;
  /**
   * For "why", whether a quoted sentence that gives a reason also holds a word of the question: a cue in a sentence about
   * something else ("It was their fifth round together since Trump took office.") gives no reason for what was asked.
   * True for other questions.
   */
  reasonOnQuestion: boolean;
  /**
   * For a comparison that asks for values ("car tariff now vs after the order?"), whether the quotes give at least two
   * distinct values of that sort between them, one for each side; true for other questions.
   */
  bothCompared: boolean;
  /**
   * Whether the question asks for nothing but the holder of an office or the head of a body ("who is biogen's ceo?", "who
   * was nissan's president when fraser spoke?", "who runs the harbor association?"), not also for what that person did
   * (`identifiedByAct`): then only a quote that names the holder (`answerTypeFound`) answers it.
   */
  holderAsked: boolean;
  /**
   * Whether the leading sentence tells something the question asks about as still to come (outcome.ts `toldAsToCome`):
   * "Nintendo is due to report results for the April-June quarter on Wednesday."
   */
  leadToCome: boolean;
}

interface Candidate {
  text: string;
  /** Position of its passage in the ranking. */
  rank: number;
  /** Position within its passage. */
  order: number;
  score: number;
  /** Whether it gives a value for each side of a comparison (`COMPARISON_BONUS`), which its score holds. */
  comparesBoth: boolean;
  /** The query terms it holds. */
  terms: Set<string>;
  /** Every index term of the sentence, with the year and month its article's date gives when the question names a time. */
  all: ReadonlySet<string>;
  /** The index terms the sentence writes ("last year" counting as the year it stands for). */
  written: ReadonlySet<string>;
  /** Whether the conversation scored it (`rankWithin`): it may answer a follow-up though it shares no word with it. */
  scored: boolean;
  /** Whether it holds the answer type asked for; only worked out for a sentence that can be quoted. */
  hasType: boolean;
  /** Whether it holds the type, though perhaps one name where several are asked for (`severalAsked`): enough to be sure of the answer's form. */
  typedOnce: boolean;
  /** Whether it holds the type and writes a question word of some weight itself (`MIN_TYPED_TERM_SHARE`): it earns the type bonus and may lead for it. */
  typedAnswer: boolean;
  /** Whether the one the question asks about speaks in it, for "what did X say?" (`speechSubject`). */
  voiced: boolean;
  /** Whether it gives a name in so many words, for "what is X called?" (`namingAsked`), and writes a question word of some weight. */
  names: boolean;
  /** Whether it ends its passage. */
  last: boolean;
  /** Whether it earns question terms that only the sentence before holds, which it points back to (`POINTING_BACK_CREDIT`). */
  inherits: boolean;
  /** For a "why" asked on its own, a sentence of the best passage that gives a reason though it shares no word with the question. */
  bare: boolean;
  /** The place its dateline gives. */
  filedFrom: string | undefined;
}

/** Page furniture: credits, captions, prompts. */
const FURNITURE = /^\(?(?:reporting|writing|editing|additional reporting|photo|file photo|image|picture|credit|source|read more|related|sign up|subscribe|click|follow us|copyright|©|our standards)\b/i;
/** Credit and rights lines wherever they start: "Associated Press writer Mari Yamaguchi contributed to this report." */
const CREDIT_LINE = /\b(?:contributed (?:reporting )?to this (?:report|story|article)|all rights reserved|may not be (?:published|reproduced), broadcast|(?:this|the) (?:story|article) (?:has been|was) (?:updated|corrected|refiled))\b/i;
const OPEN_QUOTES = /[“«]/g;
const CLOSE_QUOTES = /[”»]/g;
const STRAIGHT_QUOTES = /"/g;

/** Whether the quotation marks of a text are balanced. */
export function balancedQuotes(text: string): boolean {
  const open = text.match(OPEN_QUOTES)?.length ?? 0;
  const close = text.match(CLOSE_QUOTES)?.length ?? 0;
  const straight = text.match(STRAIGHT_QUOTES)?.length ?? 0;
  return open === close && straight % 2 === 0;
}

/** Page furniture or a fragment too short to quote: credits, captions, prompts. */
export function isFurniture(sentence: string): boolean {
  return FURNITURE.test(sentence) || CREDIT_LINE.test(sentence) || sentence.length < 15;
}

function citationOf(index: SearchIndex, ranked: RankedPassage, n: number): Citation {
  const article = index.articles.get(ranked.passage.articleId);
  if (!article) throw new Error(`passage ${ranked.passage.id}: article ${ranked.passage.articleId} is not in the index`);
  return {
    n,
    title: article.title,
    publisher: article.publisher,
    date: article.date,
    ...(article.url ? { url: article.url } : {}),
    passage: ranked.passage.text,
    score: Number(ranked.score.toFixed(4)),
    articleId: article.id,
    passageId: ranked.passage.id,
  };
}

interface Unit {
  text: string;
  terms: ReadonlySet<string>;
  /** The terms of the sentence before it in the passage. */
  before: ReadonlySet<string>;
  /** Whether it opens the passage. */
  first: boolean;
  /** Whether it ends the passage. */
  last: boolean;
  /** The place its dateline gives, cut from the quote: "Biarritz, France". */
  filedFrom: string | undefined;
  /** Whether it cannot be read without the sentence before it (`needsSentenceBefore`), which it follows in its passage. */
  pointsBack: boolean;
}

/** Passages whose quotable units are kept, as many as their analyses (`PASSAGE_CACHE_SIZE`): the same passages come back question after question. */
const unitCache = new LRUCache<RankedPassage['passage'], readonly Unit[]>({ max: PASSAGE_CACHE_SIZE });

/**
 * The passage's sentences as quotable units: a sentence whose quotation is left open is joined to
 * the ones after it until the quotation closes (a quote over several sentences), or dropped.
 */
function units(passage: RankedPassage['passage']): readonly Unit[] {
  let cached = unitCache.get(passage);
  if (!cached) unitCache.set(passage, (cached = unitsOf(passage)));
  return cached;
}

function unitsOf(passage: RankedPassage['passage']): Unit[] {
  const sentences = sentencesOf(passage);
  const out: Unit[] = [];
  // The sentence where the last unit kept starts: a unit points back only to the unit kept just before it.
  let lastStart = -1;
  for (let i = 0; i < sentences.length; i++) {
    let text = quotable(sentences[i]!.text);
    const terms = new Set(sentences[i]!.terms);
    let j = i;
    while (!balancedQuotes(text) && j + 1 < sentences.length && j - i < 2) {
      j += 1;
      text = `${text} ${sentences[j]!.text}`;
      for (const t of sentences[j]!.terms) terms.add(t);
    }
    if (balancedQuotes(text) && !isFurniture(text)) {
      out.push({
        text,
        terms,
        before: sentences[i - 1]?.terms ?? new Set(),
        first: i === 0,
        last: j === sentences.length - 1,
        filedFrom: datelinePlace(sentences[i]!.text),
        pointsBack: lastStart === i - 1 && needsSentenceBefore(text),
      });
      lastStart = i;
    }
  }
  return out;
}

/**
 * A sentence that points back to the one before: it opens (after a connective at most) with a
 * pronoun, a demonstrative or possessive, or "the" and a common noun ("The group's president,
 * Vince Peterson, told…", "He said…", "The deal was forged…"), or is a quotation a pronoun speaks.
 */
const BACK_WORDS = 'he she it they we this that these those his her its their such both'
  .split(' ')
  .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join('|');
const CONNECTIVE = String.raw`(?:(?:But|And|Yet|Still|However|Meanwhile|Instead|Also|So|Now),?\s+)?`;
const QUOTE_SPOKEN_BY_PRONOUN = String.raw`^[“"][^”"]*[,.!?][”"]\s+(?:he|she|they)\s+\p{Ll}+`;
/**
 * A subject pronoun after a short fronted phrase of time, frequency or circumstance with no comma:
 * "Every two years they will review…", "In return it gets…". Not "Trump called it…": the phrase must open with a preposition or a word of time.
 */
const SHORT_FRONTED_PRONOUN =
  /^(?:Every|Each|In|On|At|For|After|Before|Within|By|Under|Over|Since|Once|Then|Later|Soon|Next|Last|Earlier|Eventually|Together|Otherwise)(?:\s+[\p{Ll}\d]+){0,3}\s+(?:he|she|it|they|we)\s+\p{Ll}/u;
/** What follows an "it" that stands for no thing: "(it) is expected that…", "(it) was not clear whether…". */
const IMPERSONAL_AFTER_IT = String.raw`\s+(?:is|was|has been|had been|remains|remained|seems|seemed|appears|appeared)\s+(?:not\s+)?(?:\w+\s+)?(?:clear|unclear|expected|likely|unlikely|possible|impossible|hard|difficult|early|important|true|understood|believed|reported|thought|said|known)\b`;
const POINTS_BACK = new RegExp(String.raw`^${CONNECTIVE}(?:(?:${BACK_WORDS})\b|[Tt]he\s+\p{Ll})|${QUOTE_SPOKEN_BY_PRONOUN}`, 'u');
/** Points back with a pronoun or a demonstrative, not "the" and a noun: it goes on about the same speaker or thing. */
const POINTS_BACK_BY_PRONOUN = new RegExp(String.raw`^${CONNECTIVE}(?:${BACK_WORDS})\b|${QUOTE_SPOKEN_BY_PRONOUN}`, 'u');
/**
 * A pronoun that points forward, not back: the sentence names its subject after a comma ("Since he
 * took office, Trump has…", "After they met in Osaka, Abe and Trump…"), or "it" stands for no thing ("At the time it was not clear…").
 */
const POINTS_FORWARD = new RegExp(String.raw`,\s+\p{Lu}|\bit${IMPERSONAL_AFTER_IT}`, 'u');

/** Whether a sentence points back to the one before it; `byPronoun`: with a pronoun or demonstrative only. */
export function pointsBack(sentence: string, byPronoun = false): boolean {
  return (byPronoun ? POINTS_BACK_BY_PRONOUN : POINTS_BACK).test(sentence) || (SHORT_FRONTED_PRONOUN.test(sentence) && !POINTS_FORWARD.test(sentence));
}

const NUMBER_WORD = /^\p{N}/u;
/**
 * "Those" and "these" point back to what the sentence before said ("the "FFR" talks, after the
 * first letters of those words"), so a lead that holds one is quoted with that sentence.
 */
const BACK_REFERENCE = /\b(?:those|these)\b/i;
/** A subject pronoun after a fronted phrase: "Known formally as the Agreement on…, it entered into force…". */
const FRONTED_PRONOUN_SUBJECT = /^[^,]{1,80},\s+(?:it|they|he|she)\s/u;
/** A fronted clause with a subject of its own, which may be the pronoun's: "If Japan decides…, it will…", "When Abe met Trump, he said…". */
const FRONTED_CLAUSE_WITH_NAME = /^(?:If|When|Whenever|While|After|Before|Because|Although|Though|Once|As|Since|Unless|Until|Whereas)\s[^,]{0,80}?\p{Lu}/u;
/** "It" that stands for no thing ("It is expected that…", "It was not clear whether…"), and "this"/"that" naming a time ("That same day, …"). */
const NO_ANTECEDENT = new RegExp(
  String.raw`^(?:It${IMPERSONAL_AFTER_IT}|(?:This|That|These|Those)\s+(?:same\s+)?(?:week|month|year|day|morning|afternoon|evening|night|time|spring|summer|autumn|fall|winter|weekend)\b)`,
  'u',
);

/**
 * Whether a lead cannot be read without the sentence before it: it holds "those" or "these", or
 * its subject is a pronoun or demonstrative ("It has argued that…", "“…,” he said", "Known
 * formally as…, it entered into force…"). Quoted alone, "it" names nothing. Not when the pronoun's
 * antecedent is in the sentence itself ("If Japan decides…, it will…") or there is none ("It is
 * expected that…", "That same day, …").
 */
export function needsSentenceBefore(sentence: string): boolean {
  if (BACK_REFERENCE.test(sentence)) return true;
  if (NO_ANTECEDENT.test(sentence)) return false;
  return pointsBack(sentence, true) || (FRONTED_PRONOUN_SUBJECT.test(sentence) && !FRONTED_CLAUSE_WITH_NAME.test(sentence));
}
/** A sentence of at most this many words says little but that what follows is about its subject: "Steel buyers were less pleased." */
export const ANNOUNCING_SENTENCE_WORDS = 6;

/** Whether a sentence only announces the next one: a short statement, not a quotation or a question. */
function announces(sentence: string): boolean {
  return sentence.split(/\s+/).length <= ANNOUNCING_SENTENCE_WORDS && /\.$/.test(sentence) && !/["“”]/.test(sentence);
}

const CAPITALISED_SPAN = /\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*/gu;
const NUMBER_TOKEN = /\p{N}[\p{N},.]*\p{N}|\p{N}/gu;
const CARDINAL_WORD = new RegExp(String.raw`\b(?:${CARDINAL_WORDS.join('|')})\b`, 'gi');

/**
 * The question's own people and numbers ("Motegi", "2019"): a sentence that repeats them does not
 * give the person or number the question asks for ("who took over after Motegi?").
 */
function questionMentions(index: SearchIndex, query: AnalyzedQuery): ReadonlySet<string> {
  return new Set(query.terms.filter((t) => /^\p{N}/u.test(t.term) || (t.name && (index.roles.isHolder(t.term) || !isEnglishWord(t.term)))).map((t) => t.term));
}

/**
 * The sentence without the names (whole, "Economy Minister Toshimitsu Motegi") and numbers the question itself mentions,
 * in figures or in words: "seven trips" is the "7 trips" of "how many officials went on the 7 trips?", as it is for search.
 */
export function withoutMentions(sentence: string, mentions: ReadonlySet<string>): string {
  if (mentions.size === 0) return sentence;
  return sentence
    .replace(CAPITALISED_SPAN, (span) => (span.split(/\s+/).some((w) => mentions.has(nameKey(w))) ? ' ' : span))
    .replace(NUMBER_TOKEN, (n) => (mentions.has(termKey(n)) ? ' ' : n))
    .replace(CARDINAL_WORD, (w) => (mentions.has(termKey(w.toLowerCase())) ? ' ' : w));
}

/** Words that make a title another, lesser or past office: a vice president is not the president. */
const LESSER_OFFICE: ReadonlySet<string> = new Set(['vice', 'deputy', 'assistant', 'associate', 'former', 'ex']);
/** Words that put a whole title in the past, read this many words back: "former Acme president". */
const PAST_OFFICE: ReadonlySet<string> = new Set(['former', 'ex', 'then']);
const FORMER_REACH = 4;
/**
 * Titles of the head of a government or of its ministry, which head what the question asks about only when one of
 * its words stands this many words before them: "Japanese Prime Minister", "Trade Minister", "Commerce Secretary"
 * for "who heads the trade ministry?". A prime minister named in passing ("Prime Minister Fumio Kishida, the host")
 * runs no platform the G7 set up.
 */
const GOVERNMENT_HEAD_WORDS: ReadonlySet<string> = new Set(['minister', 'premier', 'secretary']);
const GOVERNMENT_REACH = 2;
/** How many words from a title or a verb of heading the name it tells of may stand: "Den Fujita, who heads…", "led by trade envoy Stuart Eizenstat". */
const HEAD_NAME_REACH = 4;

/**
 * Whether the sentence gives a date or a figure of the type asked for with a question word within `reach` words of it
 * (`TYPED_VALUE_REACH`); true for a type whose values no pattern places. Words are read as search reads them ("paying"
 * is the "pay" asked about), and the question's own numbers ("the 2,300 comments") are no value of it.
 */
export function valueNearQuestion(sentence: string, answerType: AnswerType, terms: readonly QueryTerm[], mentions: ReadonlySet<string>, reach = TYPED_VALUE_REACH): boolean {
  const near = valuesNearQuestion(sentence, answerType, terms, mentions, reach);
  return near === undefined || near.length > 0;
}

/** The index term of the noun a "how many/much" question counts or measures by ("tons" of "how many tons of us apples"), if any. */
export function countedNoun(question: string): string | undefined {
  const head = countedHead(question);
  return head === undefined ? undefined : analyze(head)[0];
}

/** Words that ask for a count of the noun after them: "how many tons", "what number of witnesses". */
const COUNT_OF = /\b(?:how\s+(?:many|much)|what(?:'s|\s+(?:is|was|are|were))?\s+(?:the\s+)?number\s+of)\s+(.*)$/;

/** A count or a tally of the noun before it, with up to two words before that noun: "what was the final vote count". */
const COUNT_AFTER = /\bwhat(?:'s|\s+(?:is|was|are|were|will\s+be))?\s+(?:the\s+|its\s+|their\s+)?(?:[a-z'-]+\s+){0,2}?([a-z'-]+)\s+(?:count|tally)\b/;

/**
 * The noun a "how many/much" or "what number of" question counts or measures by, as written ("tons" of "how many tons
 * of us apples"), or the noun a count asked for is of ("vote" of "the final vote count"), if any.
 */
export function countedHead(question: string): string | undefined {
  const q = withoutPunctuation(interrogativePart(question));
  const m = COUNT_OF.exec(q);
  if (m) {
    const head = headNoun(m[1]!.split(/\s+/).filter(Boolean));
    return head === '' ? undefined : head;
  }
  const before = COUNT_AFTER.exec(q)?.[1];
  return before !== undefined && headNoun([before]) === before ? before : undefined;
}

/**
 * How a clause tells its figure as planned, forecast or possible rather than done: a modal ("will produce about 10,000
 * cars a year", "could reach 10 million tons") or a verb or noun of intent before an infinitive ("plan to pay $500
 * million", "aims to cut"). Read from the clause's opening (after a comma, semicolon or colon) up to the value.
 */
const PLANNED_CLAUSE = /\b(?:will|would|could|might|shall)\b|\b(?:plans?|planned|planning|aims?|aimed|hopes?|hoped|intends?|intended|expects?|expected|seeks?|sought|set)\s+to\b/i;

/**
 * Whether every value of the type asked that stands by a question word (`valuesNearQuestion`) is told as planned
 * (`PLANNED_CLAUSE` in its clause); false when none stands by one.
 */
export function valuesToldAsPlanned(sentence: string, answerType: AnswerType, terms: readonly QueryTerm[], mentions: ReadonlySet<string>, reach = TYPED_VALUE_REACH): boolean {
  const near = valuesNearQuestion(sentence, answerType, terms, mentions, reach);
  if (!near || near.length === 0) return false;
  return near.every((start) => {
    const before = sentence.slice(0, start);
    const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
    return PLANNED_CLAUSE.test(clause);
  });
}

/** Where each value of the type asked that a question word stands within `reach` words of begins; undefined for a type no pattern places. */
function valuesNearQuestion(sentence: string, answerType: AnswerType, terms: readonly QueryTerm[], mentions: ReadonlySet<string>, reach: number): number[] | undefined {
  const spans = typedSpans(sentence, answerType);
  if (spans === undefined) return undefined;
  if (spans.length === 0) return [];
  // Each word is read once, and only a value and the words within reach of one are analysed: a quoted sentence may be a
  // table of thousands of figures, and comparing each word with each value took half a second for 40,000 characters.
  const covered = new Uint8Array(sentence.length);
  for (const [start, end] of spans) covered.fill(1, start, end);
  const words = [...sentence.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  const keys: (readonly string[] | undefined)[] = [];
  const keysOf = (i: number) => (keys[i] ??= analyze(words[i]!.text));
  const isValue = words.map((w, i) => covered.subarray(w.start, w.end).includes(1) && !(mentions.size > 0 && keysOf(i).some((k) => mentions.has(k))));
  // A word the question asks with earns credit for a term: the term itself or an alternative of some credit (`termCredit`).
  const asked = new Set(terms.flatMap((t) => [t.term, ...t.alternatives.filter((a) => a.credit > 0).map((a) => a.term)]));
  const near = (i: number) => {
    for (let j = Math.max(0, i - reach); j <= Math.min(words.length - 1, i + reach); j++) if (!isValue[j] && keysOf(j).some((k) => asked.has(k))) return true;
    return false;
  };
  // A value of several words ("$2.5 billion") is one value, told from its first word, if any word of it stands by the question's.
  const starts = new Set<number>();
  let first = 0;
  words.forEach((w, i) => {
    if (!isValue[i]) return;
    if (!isValue[i - 1]) first = w.start;
    if (near(i)) starts.add(first);
  });
  return [...starts];
}

/**
 * The passage after each of the first `count` of `best` in its article, in the same section and not among `best`,
 * scored as its continuation: with the better of its own score and the one it follows.
 */
function passagesAfterBest(index: SearchIndex, ranked: readonly RankedPassage[], best: readonly RankedPassage[], count: number): RankedPassage[] {
  const read = new Set(best.map((r) => r.passage.id));
  const out: RankedPassage[] = [];
  for (const r of best.slice(0, count)) {
    const following = passageAfter(index, r.passage);
    if (!following || following.section !== r.passage.section || read.has(following.id)) continue;
    read.add(following.id);
    const own = ranked.find((x) => x.passage.id === following.id);
    out.push({ passage: following, score: Math.max(own?.score ?? 0, r.score), retrieverScore: own?.retrieverScore ?? 0, coverage: own?.coverage ?? 0, matched: own?.matched ?? [] });
  }
  return out;
}

/**
 * The passages of the best passage's article not yet read that tie something to its cause in so many
 * words (`givesCause`), each scored at least at `share` of the best passage's score: only their
 * sentences that give a cause are quoted.
 */
function reasonPassagesOfArticle(index: SearchIndex, ranked: readonly RankedPassage[], read: readonly RankedPassage[], share = REASON_ARTICLE_SHARE): RankedPassage[] {
  const best = read[0];
  if (!best || share <= 0) return [];
  const seen = new Set(read.map((r) => r.passage.id));
  return passagesOfArticle(index, best.passage.articleId)
    .filter((p) => !seen.has(p.id) && units(p).some((u) => givesCause(u.text)))
    .map((p) => {
      const own = ranked.find((x) => x.passage.id === p.id);
      return { passage: p, score: Math.max(own?.score ?? 0, share * best.score), retrieverScore: own?.retrieverScore ?? 0, coverage: own?.coverage ?? 0, matched: own?.matched ?? [] };
    });
}

/** Quotes the best one to three sentences and cites each; `ranked` must not be empty. */
export function composeAnswer(
  index: SearchIndex,
  question: PreparedQuestion,
  query: AnalyzedQuery,
  ranked: RankedPassage[],
  answerType: AnswerType | undefined,
  options: ComposeOptions = {},
  /** Sentences already quoted in this conversation, for "tell me more". */
  exclude: ReadonlySet<string> = new Set(),
  /** Passages the last answer quoted: "tell me more" reads on in them first. */
  continueIn: ReadonlySet<string> = new Set(),
  /** Sentences already scored for this question (a follow-up, by `rankWithin`), as quoted: the score stands in for their share of the question. */
  sentenceScores?: ReadonlyMap<string, number>,
  /** Sentences the conversation has just shown (the last answer's, and earlier ones after "tell me more"): a lead that points back to one of them needs no repeat of it. */
  shown: readonly string[] = [],
): Composition {
  const passagesToRead = options.passagesToRead ?? DEFAULT_PASSAGES_TO_READ;
  const maxSentences = options.maxSentences ?? DEFAULT_MAX_SENTENCES;
  const ratio = options.extraSentenceRatio ?? DEFAULT_EXTRA_SENTENCE_RATIO;
  const maxChars = options.maxAnswerChars ?? DEFAULT_MAX_ANSWER_CHARS;
  const prior = options.passagePrior ?? PASSAGE_PRIOR;
  const typeBonus = options.answerTypeBonus ?? ANSWER_TYPE_BONUS;
  const contextCredit = options.contextCredit ?? CONTEXT_CREDIT;

  const fullTotal = query.terms.reduce((s, t) => s + t.weight, 0) || 1;
  // A name the articles use that no dictionary knows ("Kasumigaseki", "Biarritz") says which place or occasion, wherever it stands; "the White House" or "Tokyo" describe it.
  const identifies = (w: string) => !NUMBER_WORD.test(w) && !isEnglishWord(w) && index.names.isName(w);
  const frame = frameTerms(question.text, identifies);
  const coreWeight = query.terms.reduce((s, t) => s + (frame.has(t.term) ? 0 : t.weight), 0);
  const frameCredit = coreWeight >= MIN_CORE_SHARE * fullTotal ? FRAME_CREDIT : 1;
  const weightOf = (t: QueryTerm) => (frame.has(t.term) ? frameCredit * t.weight : t.weight);
  const total = query.terms.reduce((s, t) => s + weightOf(t), 0) || 1;
  const mentions = questionMentions(index, query);
  // "when will mhi finish liquidating the unit?": a date its article tells as past is another event's, so it gives no answer.
  const toComeAsked = answerType === 'date' && asksWhatIsToCome(question.text);
  const datedBy = (text: string, articleDate: string | undefined) => (toComeAsked ? withoutPastDates(text, articleDate) : text);
  const dateOf = (r: RankedPassage) => index.articles.get(r.passage.articleId)?.date;
  const answeringPart = (text: string, articleDate: string | undefined) => withoutMentions(datedBy(text, articleDate), mentions);
  // "which banks…", "which two democrats…": a sentence gives the type only with several names besides the question's own.
  const several = answerType !== undefined && severalAsked(question.text);
  const ownNames = several ? new Set([...mentions, ...query.terms.filter((t) => t.name).map((t) => t.term)]) : mentions;
  // "which two japanese companies…", "which us brands…", asked on its own: a list of things that have names may be given
  // without a series ("…employees of Hitachi Ltd. and Mitsubishi Electric Corp.", "…keep the NARS makeup brand and the Drunk
  // Elephant skin care line, as well as Clé de Peau Beauté…"), by two names besides the question's own.
  const namedList = answerType === 'list' && sentenceScores === undefined && exclude.size === 0 && namedThingsAsked(question.text);
  const listNames = namedList ? new Set([...mentions, ...query.terms.filter((t) => t.name).map((t) => t.term)]) : mentions;
  const { isName } = index.names;
  const bestPassages = ranked.slice(0, passagesToRead);
  // "Why", asked on its own: the passages after the best ones, where the reason for their claim is often told.
  const readOn = answerType === 'reason' && sentenceScores === undefined && exclude.size === 0 ? passagesAfterBest(index, ranked, bestPassages, REASON_PASSAGES_READ_ON) : [];
  // "X vs Y": the values compared, each side's.
  const comparedType = asksComparison(question.text) ? comparedValueType(answerType) : undefined;
  // "A vs B": the question's terms that name each side and not the other (`comparedSides`); none when a side names nothing of its own.
  const sideKeys = comparedSides(question.text, (w) => analyze(w).length === 0)?.map((words) => new Set(words.flatMap((w) => analyze(w))));
  const ownKeys = sideKeys?.map((keys, i) => [...keys].filter((k) => !sideKeys[1 - i]!.has(k)));
  const sideTerms = ownKeys?.every((keys) => keys.length > 0) ? ownKeys.map((keys) => query.terms.filter((t) => keys.includes(t.term))) : undefined;
  const namesSide = (c: Candidate, side: readonly QueryTerm[]) => side.some((t) => termCredit(t, c.all) > 0);
  // A comparison also reads the next passages down, but only for a sentence that gives both values.
  const comparing = comparedType !== undefined && sentenceScores === undefined && exclude.size === 0 ? ranked.slice(passagesToRead, passagesToRead + COMPARISON_PASSAGES_READ) : [];
  // "Why", asked on its own: the other passages of the best one's article that give a cause in so many words (`REASON_ARTICLE_SHARE`).
  const articleReasons = answerType === 'reason' && sentenceScores === undefined && exclude.size === 0 ? reasonPassagesOfArticle(index, ranked, [...bestPassages, ...readOn]) : [];
  // A sort of answer asked on its own: a lower passage of the best one's article may hold the value (`TYPED_PASSAGE_RANK_EXPONENT`).
  const rankExponent = answerType !== undefined && answerType !== 'reason' && sentenceScores === undefined && exclude.size === 0 && shown.length === 0 ? TYPED_PASSAGE_RANK_EXPONENT : 1;
  // A date or figure asked on its own (not a comparison, which reads on for itself): the best article's lower passages may hold it.
  const reaching = rankExponent !== 1 && FIGURE_TYPES.has(answerType!) && comparing.length === 0 ? ranked.slice(passagesToRead, TYPED_PASSAGES_REACH).filter((r) => r.passage.articleId === ranked[0]?.passage.articleId) : [];
  const top = [...bestPassages, ...readOn, ...articleReasons, ...comparing, ...reaching];
  const reachingIds = new Set(reaching.map((r) => r.passage.id));
  const bestArticle = top[0]?.passage.articleId;
  const explaining = new Set(readOn.map((r) => r.passage.id));
  const causing = new Set(articleReasons.map((r) => r.passage.id));
  const comparingIds = new Set(comparing.map((r) => r.passage.id));
  const best = top[0]?.score || 1;
  /** The least weight of a question word that a typed sentence must write itself (`MIN_TYPED_TERM_SHARE`). */
  const minTypedWeight = MIN_TYPED_TERM_SHARE * idf(Math.max(1, index.retriever.size), 0);
  const timeAsked = namesATime(query.terms);
  // "On Saturday, shortly after landing…" tells of another day than "the sunday he landed": passed over for a sentence that does not.
  const askedAt: TimesByKind = sentenceScores === undefined && exclude.size === 0 ? askedTimes(question.text) : new Map();
  // "Who is AIG's CEO?" is answered by a sentence that names someone with that title, not by any name beside the company's.
  const office = answerType === 'person' ? officeAsked(question.text) : undefined;
  const officeKeys = office === undefined ? undefined : new Set(analyze(office));
  const officeTerm = officeKeys && query.terms.find((t) => officeKeys.has(t.term));
  // "Who runs mazda?" names no title: any title of a head, or a verb of heading, beside a name answers it.
  const headed = answerType === 'person' && office === undefined && leadingWord(question.text, true) !== undefined;
  const holderAsked = headed || (office !== undefined && !identifiedByAct(question.text, office));
  // "Who is Biogen's CEO?" is not answered by "Xerox Chief Executive Jeff Jacobson": the office must be the possessor's, so the
  // article quoted must name the possessor (a specific name; "japan's prime minister" may be written "Prime Minister Abe"),
  // though the sentence may not ("The chipmaker … President Nobuo Hayasaka said").
  const owner = office === undefined ? undefined : officeOwner(question.text, office);
  const ownerTerms = owner === undefined ? [] : query.terms.filter((t) => t.name && isSpecific(t) && analyze(owner).includes(t.term));
  const questionTerms = new Set(query.terms.map((t) => t.term));
  // "What did japan's trade minister say…?": the minister's words, wherever the articles give them ("Seko said").
  // "Why does trump think…", asked on its own: the reason its subject gives, in a sentence in which it speaks (`reasonSpeaker`).
  const speaker = answerType === undefined ? speechSubject(question.text) : answerType === 'reason' && sentenceScores === undefined && exclude.size === 0 ? reasonSpeaker(question.text) : undefined;
  // "What's the japanese term for…?": a sentence that gives the name (`NAMING_BONUS`).
  const naming = answerType === undefined && namingAsked(question.text);
  const speakerTerms = new Set(speaker === undefined ? [] : analyze(speaker).filter((k) => questionTerms.has(k)));
  const subjectKeys = new Set(query.terms.filter((t) => speakerTerms.has(t.term) && t.weight >= minTypedWeight).map((t) => t.term));
  if (subjectKeys.size > 0) for (const r of index.roles.holders(speakerTerms)) subjectKeys.add(r.person);
  const isSubject = (word: string) => analyze(word).some((k) => subjectKeys.has(k));
  /** Whether a name other than the question's stands within reach of the i-th word: "Den Fujita, who heads…", not "the association would run out of money, analyst Den Fujita said". */
  const besideName = (text: string, i: number) => {
    const from = Math.max(0, i - HEAD_NAME_REACH);
    const near = text
      .split(/[^\p{L}'’]+/u)
      .slice(from, i + HEAD_NAME_REACH + 1)
      .map((w) => (analyze(w).some((t) => questionTerms.has(t)) ? 'x' : w))
      .join(' ');
    // A sentence capitalises its first word, so only a name opens it there.
    return from === 0 ? holdsType(near, 'person', isName) || opensWithName(near) : holdsType(` ${near}`, 'person', isName);
  };
  const officeWords = headed ? HEAD_WORDS : office === undefined ? undefined : new Set([office, `${office}s`]);
  /** The title as written, unless a "vice" or "deputy" the question does not have makes it another office ("an executive vice president"); else its forms ("chief executive" for "ceo"). */
  const asked = question.text.toLowerCase().replace(/-/g, ' ');
  const namesOffice = (c: Candidate) => {
    // Hyphens part words too: "Vice-President John Smith", "ex-president".
    const words = c.text.toLowerCase().split(/[^\p{L}'’]+/u);
    const ofQuestion = (i: number) => words.slice(Math.max(0, i - GOVERNMENT_REACH), i).some((w) => analyze(w).some((t) => questionTerms.has(t)));
    const at = words.flatMap((w, i) => (officeWords!.has(w) || (headed && GOVERNMENT_HEAD_WORDS.has(w) && ofQuestion(i)) ? [i] : []));
    // "Former" reaches past the office's own name: "former Acme president John Smith", "a former U.S. trade representative".
    const lesser = (i: number) => LESSER_OFFICE.has(words[i - 1] ?? '') || words.slice(Math.max(0, i - FORMER_REACH), i - 1).some((w) => PAST_OFFICE.has(w));
    if (at.length > 0) return at.some((i) => (!lesser(i) || asked.includes(`${words[i - 1]} ${words[i]}`)) && (!headed || besideName(c.text, i)));
    if (headed) return false;
    return officeTerm ? termCredit(officeTerm, c.all) > 0 : [...officeKeys!].every((k) => c.all.has(k));
  };
  // The person type reads names after a sentence's first word, which any sentence capitalises; "Suga became the first foreign leader…" opens with one.
  const opensWithName = (text: string) => {
    const first = /^\p{Lu}\p{Ll}[\p{L}'’-]*/u.exec(text)?.[0];
    return first !== undefined && !isEnglishWord(first.toLowerCase()) && isName(first);
  };
  /** A sentence that names someone with the office asked for. */
  const ownersArticles = new Map<string, boolean>();
  const ofOwner = (c: Candidate) => {
    if (ownerTerms.length === 0) return true;
    const article = top[c.rank]!.passage.articleId;
    let named = ownersArticles.get(article);
    if (named === undefined) ownersArticles.set(article, (named = passagesOfArticle(index, article).some((p) => ownerTerms.some((t) => termCredit(t, termsOfPassage(p)) > 0))));
    return named;
  };
  const holdsOffice = (c: Candidate) => namesOffice(c) && (c.hasType || opensWithName(c.text)) && ofOwner(c);
  /** The unit before the `order`-th of a passage, read on from the article's passage before when it opens its own. */
  const unitBefore = (r: RankedPassage, order: number): string | undefined => {
    if (order > 0) return units(r.passage)[order - 1]?.text;
    const earlier = passagesOfArticle(index, r.passage.articleId).filter((p) => p.position < r.passage.position).at(-1);
    return earlier && units(earlier).at(-1)?.text;
  };
  /**
   * A reason told in someone's own words. Asked alone ("why is fujifilm cutting 10k jobs at fuji xerox"), a quotation
   * of whom the question names ("…," Fujifilm said). After "why?", a quotation right after a sentence just shown, which it
   * explains ("…cancelled an order for 50 M90s…" / "“Scope clause has not relaxed as anticipated,” … said"), not one
   * already shown: the user has read it.
   */
  const explainsInOwnWords = (r: RankedPassage, order: number, text: string, inConversation: boolean): boolean => {
    if (!inConversation) return quotesSpeakerOf(text, questionTerms, isName);
    const before = unitBefore(r, order);
    return before !== undefined && shown.some((q) => q.includes(before)) && !shown.some((q) => q.includes(text)) && quotesSpeaker(text, isName);
  };
  // A "why" asked on its own reads the best passage for what gives a reason beside the claim (`bare`).
  const reasonBeside = answerType === 'reason' && sentenceScores === undefined && exclude.size === 0;
  const candidateOf = (r: RankedPassage, rank: number, { text, terms: own, before, last, filedFrom, pointsBack: back }: Unit, order: number): Candidate => {
    // "Japan exported 4.7 million vehicles last year" in a 2018 article holds the 2017 a question asks about.
    const date = index.articles.get(r.passage.articleId)?.date;
    const withYears = timeAsked ? withRelativeYears(own, query.terms, text, date) : own;
    // "in aug 2018": a sentence of an August 2018 article that writes no other year tells of then without writing it,
    // as its passage does for ranking (rank.ts `coverageOf`, `datedByArticle`). Another month or a "last year" does
    // not stop it, as for passages: leaving those sentences undated was measured and lost more than it gained.
    const all = timeAsked && date !== undefined ? new Set([...withYears, ...datedByArticle(query.terms, date, withYears)]) : withYears;
    const terms = new Set<string>();
    let covered = 0;
    let inherits = false;
    // "It is to be developed by SB Energy": what "it" stands for is in the sentence before.
    const fromBefore = back ? Math.max(contextCredit, POINTING_BACK_CREDIT) : contextCredit;
    let writesQuestion = false;
    for (const t of query.terms) {
      const credit = termCredit(t, all);
      if (credit > 0) terms.add(t.term);
      if (t.weight >= minTypedWeight && termCredit(t, withYears) > 0) writesQuestion = true;
      const inherited = fromBefore > 0 ? fromBefore * termCredit(t, before) : 0;
      if (back && credit === 0 && inherited > 0) inherits = true;
      covered += Math.max(credit, inherited) * weightOf(t);
    }
    // A follow-up's sentence counts at the better of its share of the question and its score within the conversation.
    const scored = sentenceScores?.get(text);
    // Typing may run the tagger, so it is done only for a sentence that can be quoted: one that holds a question term or that the conversation scored.
    // A dateline cut from a sentence ("BIARRITZ, France –") tells where the story was filed, not where what it reports
    // happens ("which cities will merrill's 31 offices be in?" was answered at 1 from a TOKYO dateline): a note gives it,
    // but it is no answer of its own.
    // News copy backs a claim with what follows it in the paragraph, in words of its own: "The United Steelworkers union …
    // has been skeptical of the government's assurances." / "…"Binding commitments are hard," McCall said." For a "why"
    // asked on its own, a sentence of the best passage that shares no word but gives a cause, a consequence or someone's
    // own words (`givesCause`, `tellsConsequence`, `quotesSpeaker`) is a candidate giving the reason. It never leads, nor
    // makes the answer surer (`reasonGiven`): it may back another claim of the paragraph.
    const bare = reasonBeside && rank === 0 && terms.size === 0 && !inherits && (givesCause(text) || tellsConsequence(text) || quotesSpeaker(text, isName));
    const typable = terms.size > 0 || inherits || scored !== undefined || bare;
    const typedOnce =
      bare ||
      typable &&
      answerType !== undefined &&
      // A reason is no name or number of the question's, so the whole sentence gives it: "The deal positions Lixil to ride…".
      (holdsType(text, answerType, isName, answerType === 'reason' ? text : answeringPart(text, date)) ||
        (namedList && thingsNamedIn(withoutMentions(text, listNames)).length >= SEVERAL_NAMES) ||
        (answerType === 'reason' && (sentenceScores === undefined || scored !== undefined) && explainsInOwnWords(r, order, text, sentenceScores !== undefined)));
    // For several people, the names are the type: countries named together answer "which exporters" though the tagger finds no one.
    const hasType = several ? typable && (typedOnce || answerType === 'person') && namesSeveral(withoutMentions(text, ownNames), answerType) : typedOnce;
    // A sentence the conversation scored stands in for its share of the question.
    const typedAnswer = hasType && (writesQuestion || scored !== undefined || bare);
    const voiced = subjectKeys.size > 0 && typable && voices(text, isSubject, [...subjectKeys].some((k) => before.has(k)));
    const names = naming && writesQuestion && givesAName(text);
    const continues = exclude.size > 0 && continueIn.has(r.passage.id);
    const comparesBoth = comparedType !== undefined && writesQuestion && distinctValues(withoutMentions(text, mentions), comparedType) >= 2;
    const share = Math.max(covered / total, scored ?? 0);
    const score = ((1 - prior) * share + prior * (r.score / best) ** (r.passage.articleId === bestArticle ? rankExponent : 1) + (typedAnswer ? typeBonus : 0) + (voiced ? SPEAKER_BONUS : 0) + (names ? NAMING_BONUS : 0) + (continues ? CONTINUATION_BONUS : 0) + (comparesBoth ? COMPARISON_BONUS : 0)) * (askedAt.size > 0 && atAnotherTime(askedAt, text, date) ? CONFLICTING_TIME_SHARE : 1);
    return { text, rank, order, score, comparesBoth, terms, all, written: withYears, hasType, typedOnce, typedAnswer, voiced, names, scored: scored !== undefined, last, inherits, filedFrom, bare };
  };
  const byPassage: Candidate[][] = top.map((r, rank) => units(r.passage).map((u, order) => candidateOf(r, rank, u, order)));
  /**
   * The sentence that continues the lead's passage in its article, quoted after the lead when it
   * points back, holds a question term and gives the sort of answer asked for: "…, according to
   * U.S. Wheat Associates." / "The group's president, Vince Peterson, told…". When the question
   * asks for no sort of answer ("how did the embassy characterize the talks?"), it must go on with
   * a pronoun: "However, he stressed that the Tokyo talks would be "a first step"" says what the
   * spokesman of the lead said; "The leaders spent…" may start something else. It opens the next
   * passage of the same section, so without this it is never read. For "why" only in a follow-up,
   * after the claim just quoted, and when it gives a cause or tells what would follow ("Abe's
   * party faces an election in July, … and concessions to American farmers would be politically
   * costly before the poll"): cue words alone may be about anything.
   */
  const continuation = (c: Candidate): Candidate | undefined => {
    const passage = top[c.rank]!.passage;
    const following = passageAfter(index, passage);
    if (!following || following.section !== passage.section) return undefined;
    const opening = units(following)[0];
    if (answerType === 'reason') {
      if (!opening?.first || !shown.some((q) => q.includes(c.text)) || sentenceScores?.get(opening.text) === undefined) return undefined;
      if (!givesCause(opening.text) && !tellsConsequence(opening.text)) return undefined;
      return candidateOf(top[c.rank]!, c.rank, opening, byPassage[c.rank]!.length);
    }
    // With no sort of answer to look for, only a sentence that goes on about the lead's speaker or subject ("However, he stressed…") continues it.
    if (!opening?.first || !pointsBack(opening.text, answerType === undefined)) return undefined;
    // Read as part of the lead's passage, after its last sentence; it is typed only if it holds a question term.
    const read = candidateOf(top[c.rank]!, c.rank, opening, byPassage[c.rank]!.length);
    return read.terms.size > 0 && (answerType === undefined || read.hasType) ? read : undefined;
  };
  // A passage can end mid-paragraph: when a sort of answer is asked for, the sentence that continues each passage read
  // ("Every two years they will review the agreement…") is a candidate too, read as part of it.
  // A passage reached for a value (`TYPED_PASSAGES_REACH`) that one read runs on into is read as that passage's continuation.
  const reached = (c: Candidate) => reachingIds.has(top[c.rank]!.passage.id);
  const readTexts = new Set(byPassage.flat().filter((c) => !reached(c)).map((c) => c.text));
  const continuations = answerType === undefined ? [] : byPassage.flatMap((list) => {
    const last = list.at(-1);
    const c = last?.last && !reached(last) ? continuation(last) : undefined;
    return c && !readTexts.has(c.text) ? [c] : [];
  });
  const continued = new Set(continuations.map((c) => c.text));
  const read = byPassage.flat().filter((c) => !reached(c) || !continued.has(c.text));
  // A passage read on for "why" is there only for the reason it may give, one reached for a value only for the value.
  const givesReason = (c: Candidate) => c.hasType || givesCause(c.text) || tellsConsequence(c.text);
  const candidates = [...read, ...continuations].filter(
    (c) =>
      (c.terms.size > 0 || c.inherits || c.scored || c.bare) &&
      !exclude.has(c.text) &&
      (!explaining.has(top[c.rank]!.passage.id) || givesReason(c)) &&
      (!causing.has(top[c.rank]!.passage.id) || givesCause(c.text)) &&
      (!comparingIds.has(top[c.rank]!.passage.id) || c.comparesBoth) &&
      (!reached(c) || c.typedAnswer),
  );
  candidates.sort((a, b) => b.score - a.score || a.rank - b.rank || a.order - b.order);
  // When the question asks for a date or an amount, the best sentence that gives one leads, if it is close to the best overall.
  const typed = typeBonus > 0 ? candidates.find((c) => (c.typedAnswer && !c.bare) || c.names) : undefined;
  const lead = typed && typed.score >= (candidates[0]?.score ?? 0) * ratio ? typed : candidates[0];
  if (!lead) return { sentences: [], citations: [], notes: [], answerTypeFound: false, namedStoryShare: 1, missingNames: 0, missingPlaces: 0, leadCoverage: 0, focusFound: false, focusUnknown: false, typedCoverage: 0, reasonGiven: false, reasonOnQuestion: false, bothCompared: false, typedNear: false, countsOther: false, typedPlanned: false, leadToCome: false, holderAsked, valueSentences: [] };

  const chosen: Candidate[] = [lead];
  let chars = lead.text.length;
  const covered = new Set(lead.terms);
  // A sentence inside a quotation that spans several is also a candidate of its own: never quote it twice.
  const quotedAlready = (c: Candidate) => chosen.some((x) => x.text.includes(c.text) || c.text.includes(x.text));
  // A sentence the conversation has just shown needs no repeat beside one that points back to it.
  const justShown = (c: Candidate) => shown.some((q) => q.includes(c.text));
  const previousOf = (c: Candidate) => byPassage[c.rank]!.find((x) => x.order === c.order - 1);
  /** `announced`: the sentence a short lead announces, quoted even where the conversation would leave it out. */
  const add = (c: Candidate | undefined, announced = false) => {
    if (!c || chosen.length >= maxSentences || quotedAlready(c) || (exclude.has(c.text) && !announced) || chars + c.text.length > maxChars) return;
    // A sentence chosen for what the sentence before it says ("It is to be developed by…") is quoted with that sentence, or not at all.
    const antecedent = c !== lead && c.inherits ? previousOf(c) : undefined;
    // A quotation over several sentences that ends with it holds both: it is quoted whole.
    if (antecedent?.text.includes(c.text)) return add(antecedent);
    if (antecedent && !quotedAlready(antecedent) && !justShown(antecedent) && !exclude.has(antecedent.text)) {
      if (needsSentenceBefore(antecedent.text) || chosen.length + 2 > maxSentences || chars + antecedent.text.length + c.text.length > maxChars) return;
      chosen.push(antecedent);
      chars += antecedent.text.length;
      for (const t of antecedent.terms) covered.add(t);
    }
    chosen.push(c);
    chars += c.text.length;
    for (const t of c.terms) covered.add(t);
  };
  // Against the lead's score without the comparison bonus: the bonus chooses the lead, not how many sentences stand beside it.
  const fresh = (c: Candidate) => c.score >= (lead.score - (lead.comparesBoth ? COMPARISON_BONUS : 0)) * ratio && (c.rank !== lead.rank || c.bare || [...c.terms].some((t) => !covered.has(t)));
  // A lead that points back ("after the first letters of those words", "It has argued…") is quoted with the sentence it points to.
  const previous = previousOf(lead);
  // Only a sentence that names its own subject helps; "who wrote" quotes the byline and the lead alone.
  const needsPrevious = previous !== undefined && !question.intent.author && needsSentenceBefore(lead.text);
  if (needsPrevious && !needsSentenceBefore(previous.text) && !justShown(previous)) add(previous);
  // News copy often answers in the sentence after the one that matches ("He said that…", "Japan rejected the idea but…").
  const next = byPassage[lead.rank]!.find((c) => c.order === lead.order + 1);
  // A lead too short to say more than what comes next ("Steel buyers were less pleased.") is quoted with it.
  if (next && announces(lead.text) && !justShown(next)) add(next, true);
  // "biden vs kishida on the deal": each side is quoted (`SIDE_SENTENCE_SHARE`).
  for (const side of sideTerms ?? []) {
    if (chosen.some((c) => namesSide(c, side))) continue;
    const naming = candidates.filter((c) => c !== lead && namesSide(c, side) && c.score >= lead.score * SIDE_SENTENCE_SHARE);
    const sidesNamed = (c: Candidate) => sideTerms!.flat().filter((t) => termCredit(t, c.all) > 0).length;
    add(naming.sort((a, b) => sidesNamed(b) - sidesNamed(a) || b.score - a.score)[0]);
  }
  // The best sentence that adds something the lead does not have.
  add(candidates.find((c) => c !== lead && fresh(c)));
  // The sentence after the lead that points back to it is quoted when it gives the sort of answer asked for: "It is to be developed by SB Energy…".
  // After "why?", the quotation right after the claim just shown is quoted with it though it shares no word: it explains the claim.
  if (next && (next.terms.size > 0 || (next.inherits && next.hasType) || (answerType === 'reason' && next.scored && next.hasType))) add(next);
  // A lead that says what happened without the sort of answer asked for is often followed by the particulars: "The deal set off
  // protests abroad last month." / "In Copenhagen, activists draped…", for "which cities saw protests". That sentence need share
  // no word with the question. Not for "why": cue words alone may be about anything.
  else if (next && answerType !== undefined && answerType !== 'reason' && sentenceScores === undefined && !lead.hasType && holdsType(next.text, answerType, isName, answeringPart(next.text, dateOf(top[next.rank]!)))) add(next);
  else if (!next && lead.last) add(continuation(lead));
  for (const c of candidates) if (fresh(c)) add(c);
  // The lead's passage comes first, in reading order; other passages follow as ranked.
  const ordered = [...chosen].sort((a, b) => {
    const pa = a.rank === lead.rank ? -1 : a.rank;
    const pb = b.rank === lead.rank ? -1 : b.rank;
    return pa - pb || a.order - b.order;
  });

  // Number the sources by article, in the order the quotes cite them; only articles quoted are listed.
  const cited: RankedPassage[] = [];
  const numberOfArticle = new Map<string, number>();
  for (const c of ordered) {
    const r = top[c.rank]!;
    if (numberOfArticle.has(r.passage.articleId)) continue;
    cited.push(r);
    numberOfArticle.set(r.passage.articleId, cited.length);
  }
  const citations = cited.map((r, i) => citationOf(index, r, i + 1));
  const sentences = ordered.map((c) => ({ text: c.text, citation: numberOfArticle.get(top[c.rank]!.passage.articleId)! }));

  const notes: string[] = [];
  const leadArticle = index.articles.get(top[lead.rank]!.passage.articleId)!;
  if (question.intent.author) {
    // The byline answers "who wrote": it is metadata, so it leads as a plain statement before the quotes.
    sentences.unshift({
      text: leadArticle.author
        ? `"${leadArticle.title}" (${leadArticle.publisher}, ${formatDate(leadArticle.date)}) was written by ${leadArticle.author}.`
        : `"${leadArticle.title}" (${leadArticle.publisher}, ${formatDate(leadArticle.date)}) does not name its author.`,
      citation: 1,
    });
    sentences.splice(2);
  }
  if (isPlaceType(answerType) && lead.filedFrom !== undefined) notes.push(`Source [1] was filed from ${lead.filedFrom}.`);
  if (answerType === 'date') {
    // The lead's own date first: a sentence quoted before it may name another day.
    const fromLead = [lead, ...ordered.filter((c) => c !== lead && c.rank === lead.rank)];
    const resolved = fromLead.map((c) => resolveRelativeDate(c.text, leadArticle.date)).find(Boolean);
    notes.push(
      resolved
        ? `Source [1] is dated ${formatDate(leadArticle.date)}, so "${resolved.phrase}" there means ${resolved.meaning}.`
        : `Source [1] is dated ${formatDate(leadArticle.date)}.`,
    );
  }
  // "…," Gil said: who that is, the article said in full further up.
  if (answerType === 'speaker') notes.push(...fullNameNotes(index, leadArticle.id, lead.text, question.text));
  // Many reasons are given without a cue word, and many lists one item to a sentence, so neither is doubted for lacking its form;
  // nor are several names given one to a sentence ("A bipartisan delegation of U.S. senators led by … Chuck Schumer").
  // A value from a passage reached only for it (`TYPED_PASSAGES_REACH`) counts for confidence only as the lead.
  const counted = (c: Candidate) => c === lead || !reached(c);
  const givesType = (c: Candidate) => counted(c) && (office === undefined && !headed ? c.typedOnce : holdsOffice(c));
  const answerTypeFound = answerType === undefined || answerType === 'reason' || answerType === 'list' || question.intent.author || ordered.some(givesType);
  const quoted = new Set([...ordered.flatMap((c) => [...c.all]), ...citations.flatMap((c) => analyze(c.title))]);
  // "in May 2019" is answered by a May 2019 article that never writes the year.
  if (namesATime(query.terms)) for (const t of citations.flatMap((c) => [...datedByArticle(query.terms, c.date, quoted)])) quoted.add(t);
  // Only a specific name counts: not "Japan" in a corpus about Japan.
  // The frame ("in the osaka talks", "at the g7") finds the passage: a passage quoted from that holds it answers in that frame.
  const framed = frame.size === 0 ? quoted : new Set([...quoted, ...chosen.flatMap((c) => [...termsOfPassage(top[c.rank]!.passage)].filter((t) => frame.has(t)))]);
  const missing = query.terms.filter((t) => t.name && isSpecific(t) && termCredit(t, framed) === 0);
  // A country or a pact the question names is what it is about: "a similar deal with the EU?" is not answered by the deal with Japan;
  // nor "the us-japan trade agreement" by quotes on the EU-Japan one.
  // A pair is rivalled only once: a side of it already missing from the quotes counts as that.
  const rivalled = rivalledPairs(question.text, [...ordered.map((c) => c.text), ...citations.map((c) => c.title)].join(' ')).filter(
    (pair) => !pair.some((side) => missing.some((t) => t.term === side)),
  ).length;
  const missingPlaces = missing.filter((t) => t.place).length + rivalled;
  // The byline answers "who wrote" by itself.
  // What the lead writes itself: a date its article gives ranks it, but does not make it certain.
  /** The weight of `terms` that a sentence writes itself. */
  const writtenWeight = (terms: readonly QueryTerm[], written: ReadonlySet<string>) => terms.reduce((sum, t) => sum + termCredit(t, written) * t.weight, 0);
  const leadCoverage = question.intent.author ? 1 : writtenWeight(query.terms, lead.written) / fullTotal;
  // A year or month the sentence's article date gives is left out, as passage coverage leaves it out (rank.ts `coverageOf`):
  // every sentence of that article has it alike, so it says nothing of whether this one is about the question.
  const typedShare = (c: Candidate) => {
    const own = query.terms.filter((t) => !c.all.has(t.term) || c.written.has(t.term));
    const ownTotal = own.reduce((s, t) => s + t.weight, 0);
    return ownTotal > 0 ? writtenWeight(own, c.written) / ownTotal : 1;
  };
  // A date or figure that only another article gives counts no more than that article's passage matches the question, as a
  // share of the best passage's match: the more articles, the likelier another story holds a value beside a few of the
  // question's words ("when did pokemon go launch in south korea" quoting the day North Korea launched a missile).
  const bestPassage = top[0];
  const storyShare = (c: Candidate) => {
    const r = top[c.rank]!;
    return !bestPassage || r.passage.articleId === bestArticle || bestPassage.coverage <= 0 ? 1 : Math.min(1, r.coverage / bestPassage.coverage);
  };
  const typedCoverage = answerType === undefined || question.intent.author ? 1 : Math.max(0, ...ordered.filter((c) => c.hasType && counted(c)).map((c) => typedShare(c) * storyShare(c)));
  // "how many aegis ashore batteries did japan agree to buy": quotes about the purchase that never name the batteries.
  const focus = questionFocus(question.text);
  const focusKey = focus === undefined ? undefined : analyze(focus)[0];
  const focusTerm = query.terms.find((t) => t.term === focusKey);
  const focusFound = !focusTerm || termCredit(focusTerm, new Set(ordered.flatMap((c) => [...c.all]))) > 0;
  // "when is the next olympics": what a date, place or person is asked of, when no article ever names it, is doubted as a focus is.
  const subject = focusTerm ? undefined : copulaSubject(question.text);
  const subjectKey = subject === undefined ? undefined : analyze(subject)[0];
  const subjectUnknown = query.terms.some((t) => t.term === subjectKey && !t.known);
  // Many reasons are given without a cue word, so none is doubted for lacking one; but only one that gives it is certain.
  const givingReason = answerType === 'reason' ? ordered.filter((c) => !c.bare && (c.hasType || givesCause(c.text) || tellsConsequence(c.text))) : [];
  const reasonGiven = answerType !== 'reason' || givingReason.length > 0;
  const reasonOnQuestion = answerType !== 'reason' || givingReason.some((c) => c.terms.size > 0 || c.scored);
  // "X vs Y" is answered by two values, in one sentence or in two.
  // A side may be none: "Japan charges no tariff on imported American-made cars, while the United States levies 2.5 percent…".
  const bothCompared = comparedType === undefined || new Set(ordered.flatMap((c) => [...valuesIn(withoutMentions(c.text, mentions), comparedType), ...noneOf(c.text, questionTerms)])).size >= 2;
  // "how much did softbank put into nasdaq japan?" is not answered by a share price that stands by none of its words.
  const typedQuoted = ordered.filter((c) => c.hasType && counted(c));
  // The noun counted or measured ("how many tons of us apples") stands by any value of its kind: it says which sort, not which thing.
  const countedKey = countedNoun(question.text);
  const whichTerms = countedKey === undefined ? query.terms : query.terms.filter((t) => t.term !== countedKey);
  const answering = answerType === undefined ? undefined : typedQuoted.find((c) => valueNearQuestion(datedBy(c.text, dateOf(top[c.rank]!)), answerType, whichTerms, mentions));
  const typedNear = answerType === undefined || typedQuoted.length === 0 || answering !== undefined;
  // "how many soviet subs…" is not answered by "…eight computer-controlled milling machines": each figure quoted counts another thing.
  const countedAsked = answerType === 'count' ? countedHead(question.text) : undefined;
  const countedAlternatives = new Set(query.terms.filter((t) => t.term === countedKey).flatMap((t) => t.alternatives.filter((a) => a.credit > 0).map((a) => a.term)));
  // Nor "what interest rate will daikin pay on the bonds?" by "…sell bonds worth about 50 billion yen": a rate is a share of a whole;
  // nor "how much is a costco membership" by "sales of $50 million": one thing's price is no sum in millions.
  const countsOther =
    typedQuoted.length > 0 &&
    ((countedAsked !== undefined && typedQuoted.every((c) => countsOtherThing(c.text, countedAsked, countedAlternatives))) ||
      (answerType === 'quantity' && rateAsked(question.text) && !typedQuoted.some((c) => givesShare(c.text))) ||
      (answerType === 'quantity' && priceMoveAsked(question.text) && !typedQuoted.some((c) => givesMove(c.text))) ||
      ((answerType === 'quantity' || answerType === 'money') && unitPriceAsked(question.text) && !typedQuoted.some((c) => givesUnitPrice(c.text))));
  // "how many cars did honda build in its first full year?" is not answered by "…will produce about 10,000 cars a year".
  const typedPlanned = answerType !== undefined && answering !== undefined && valuesToldAsPlanned(datedBy(answering.text, dateOf(top[answering.rank]!)), answerType, whichTerms, mentions);
  // Only the question's words other than names: "Trump" beside "next week" may be about anything he does.
  const unnamed = query.terms.filter((t) => !t.name);
  const leadToCome = toldAsToCome(
    lead.text,
    (words) => {
      const keys = new Set(analyze(words));
      return unnamed.some((t) => termCredit(t, keys) > 0);
    },
    new Set(unnamed.flatMap((t) => [t.term, ...t.alternatives.map((a) => a.term)])),
  );
  const named = ordered.filter(givesType);
  const namedStoryShare = named.length > 0 ? Math.max(...named.map(storyShare)) : 1;
  return { sentences, citations, notes, answerTypeFound, namedStoryShare, missingNames: missing.length - (missingPlaces - rivalled), missingPlaces, leadCoverage, focusFound, focusUnknown: (focusTerm !== undefined && !focusTerm.known) || subjectUnknown, typedCoverage, reasonGiven, reasonOnQuestion, bothCompared, typedNear, countsOther, typedPlanned, leadToCome, holderAsked, valueSentences: typedQuoted.map((c) => c.text) };
}
