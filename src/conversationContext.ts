/**
 * What a conversation is about: the articles its answers quoted. A follow-up that leans on the
 * conversation ("why?", "when was that?", "and Abe?") is about what was just said, so it is first
 * answered from those articles (the passages quoted and the rest of the same articles); only when
 * nothing there holds it is the whole corpus searched. "Tell me more" reads on in the article
 * after the sentences already quoted.
 */
import { LRUCache } from 'lru-cache';
import { balancedQuotes, DEFAULT_MAX_ANSWER_CHARS, DEFAULT_MAX_SENTENCES, isFurniture, type ComposeOptions } from './compose.ts';
import { quotable } from './dateline.ts';
import { analyze } from './analyze.ts';
import { passagesOfArticle, sentencesOf } from './passageTerms.ts';
import { givesCause, holdsType, peopleIn, quotesSpeaker, speakersIn, SPEECH_VERBS, tellsConsequence, tellsFormerState, type AnswerType } from './answerTypes.ts';
import { coverageOf, termCredit, type AnalyzedQuery, type QueryTerm, type RankedPassage, type RankOptions } from './rank.ts';
import type { SearchIndex } from './searchIndex.ts';
import type { AnswerSentence, Citation, Passage } from './types.ts';

/** Articles quoted by earlier turns weigh this share for each turn further back than the last. */
export const EARLIER_TURN_WEIGHT = 0.8;
/** A sentence holding the sort of answer asked for (a reason for "why", a date for "when") earns this much more. */
export const TYPE_BONUS = 0.3;
/** A sentence at or beside one the last answer quoted earns up to this much more, less the further away it is. */
export const NEAR_BONUS = 0.3;
/** A sentence in which a person or party the follow-up names speaks, or is the subject, earns this much more. */
export const AGENT_BONUS = 0.3;
/**
 * A sentence the last answer quoted counts this share of the question it holds when the follow-up asks
 * for no sort of answer ("what was their argument?", "how did Abe respond to it?"): it holds the earlier
 * question's words in full, but the user has read it. A follow-up that asks for a date, a person or a
 * reason may be answered by it ("when was that?"), and keeps it whole.
 */
export const REPEATED_SENTENCE_SHARE = 0.5;
/** How much the whole passage's coverage of the question counts beside its best sentence. */
export const PASSAGE_SHARE = 0.5;

/** The articles of a conversation, each with how recently it was quoted (1 for the last answer), and what the last answer quoted. */
export interface ConversationScope {
  articles: ReadonlyMap<string, number>;
  /** The sentences the last answer quoted. */
  quoted: readonly string[];
  /** The passages the last answer quoted. */
  passages: readonly Passage[];
}

/** The conversation's scope from the passages each earlier turn quoted, oldest first; the last turn weighs most. */
export function conversationScope(index: SearchIndex, turns: readonly (readonly string[])[], quoted: readonly string[]): ConversationScope {
  const articles = new Map<string, number>();
  turns.forEach((passageIds, i) => {
    const weight = EARLIER_TURN_WEIGHT ** (turns.length - 1 - i);
    for (const id of passageIds) {
      const articleId = index.passages.get(id)?.articleId;
      if (articleId && (articles.get(articleId) ?? 0) < weight) articles.set(articleId, weight);
    }
  });
  const passages = (turns.at(-1) ?? []).flatMap((id) => index.passages.get(id) ?? []);
  return { articles, quoted, passages };
}

const SPEECH = `(?:${SPEECH_VERBS})`;
/**
 * A run of capitalised words, as news copy names a sentence's subject: "Economy Minister Toshimitsu Motegi". At most six words
 * of at most 31 letters: unbounded, a long run of capitals with no verb of speaking after it ("ABCD ABCD …") was
 * read again from each of its letters, and a follow-up in an article with 40,000 such characters took 3 s.
 */
const NAME_RUN = String.raw`\p{Lu}[\p{L}'’.-]{0,30}(?:\s+\p{Lu}[\p{L}'’.-]{0,30}){0,5}`;
/** "…,” he said": a speaker named only as "he" or "she". */
const PRONOUN_SPEAKER = new RegExp(String.raw`\b(?:he|she)\s+(?:also\s+)?${SPEECH}\b|\b(?:said|says|added|adds)\s+(?:he|she)\b`, 'i');

/** A sentence of an article as a follow-up reads it. */
interface ContextSentence {
  passage: Passage;
  text: string;
  /** Its terms, with those of its speaker when it names them only as "he" or "she". */
  terms: ReadonlySet<string>;
  /** The terms of whoever speaks in it ("aso"), named there or, for "he said", in the sentence before. */
  speakers: ReadonlySet<string>;
  /** The terms of the name the sentence opens with, its subject: "Japan, though, wants…", "For Japan, concessions…". */
  subjects: ReadonlySet<string>;
}
/** A name opening a sentence, after a connective at most: the sentence's subject ("Japan, though, wants…", "For Japan, concessions…"). */
const SUBJECT = new RegExp(String.raw`^(?:(?:For|But|And|Meanwhile|However|Instead|Still|Yet),?\s+)?(${NAME_RUN})(?=[\s,’'])`, 'u');

/** Articles whose sentences are kept as a follow-up reads them, per index: bounded, like the passage analyses they hold. */
export const CONTEXT_CACHE_ARTICLES = 200;
const contextCache = new WeakMap<SearchIndex, LRUCache<string, ContextSentence[]>>();

/**
 * An article's sentences in reading order, each with who speaks in it: "Aso said…" is Aso
 * speaking, and so is the "“We start from cooperation,” he said" after it, which also counts as
 * naming him.
 */
export function sentencesInContext(index: SearchIndex, articleId: string): readonly ContextSentence[] {
  let byArticle = contextCache.get(index);
  if (!byArticle) contextCache.set(index, (byArticle = new LRUCache<string, ContextSentence[]>({ max: CONTEXT_CACHE_ARTICLES })));
  const cached = byArticle.get(articleId);
  if (cached) return cached;
  const out: ContextSentence[] = [];
  for (const passage of passagesOfArticle(index, articleId)) {
    for (const s of sentencesOf(passage)) {
      const named = speakersIn(s.text, index.names.isName).flatMap((name) => analyze(name));
      const before = out.at(-1);
      const speakers = new Set(named.length > 0 ? named : before && PRONOUN_SPEAKER.test(s.text) ? before.speakers : []);
      const subject = SUBJECT.exec(quotable(s.text));
      const subjects = new Set(subject ? analyze(subject[1]!) : []);
      out.push({ passage, text: s.text, terms: speakers.size > 0 ? new Set([...s.terms, ...speakers]) : s.terms, speakers, subjects });
    }
  }
  byArticle.set(articleId, out);
  return out;
}

/**
 * The people the last answer named, as terms: whom a follow-up's "he" or "she" stands for ("who runs that firm?" /
 * "what did he say about the deal?"). Those who speak in its quotes, and those its quotes name: whom the tagger finds
 * ("The firm, led by Rodger Krouse and Marc Leder, …") and a person a quote opens with ("Takeshi Niinami, chairman of …").
 */
export function referentsOf(index: SearchIndex, scope: ConversationScope): Set<string> {
  const { isName } = index.names;
  const out = new Set<string>();
  for (const articleId of scope.articles.keys()) {
    for (const s of sentencesInContext(index, articleId)) {
      if (!isIn(s.text, scope.quoted)) continue;
      for (const t of s.speakers) out.add(t);
      for (const name of peopleIn(s.text, isName)) for (const t of analyze(name)) out.add(t);
    }
  }
  return out;
}

/** Whether a sentence of an article is one of the quoted texts (quotes drop datelines and may join sentences). */
const isIn = (sentence: string, quoted: readonly string[]) => {
  const q = quotable(sentence);
  return q.length > 0 && quoted.some((s) => s.includes(q));
};

/**
 * The passages of the conversation's articles ranked for a follow-up: each by its best sentence
 * (the share of the question it holds, more if it holds the sort of answer asked for, more the
 * nearer it stands to what the last answer quoted: "why?" is answered beside the claim) and by the
 * passage's own coverage, weighted by how recently its article was quoted.
 */
export function rankWithin(
  index: SearchIndex,
  query: AnalyzedQuery,
  scope: ConversationScope,
  type: AnswerType | undefined,
  /** The follow-up's own topic words: a sentence holding none of them does not answer it. */
  own: readonly QueryTerm[] = [],
  options: RankOptions = {},
  /** Filled with each sentence's own score, as quoted, for choosing among a passage's sentences as they were ranked. */
  sentenceScores?: Map<string, number>,
  /**
   * Sentences that answered the question this one repeats for another party or time ("and for
   * Japan?" after "who signed … for the US?"): the last answer's quotes. They hold what the two
   * questions share, whatever words they say it in; the follow-up's own words they must hold.
   */
  answeredBefore: readonly string[] = [],
  /** "And before?": the follow-up asks the last question of the time before, told in a sentence of what was or changed. */
  asksBefore = false,
  /** Terms of whom the follow-up's "he" or "she" stands for (`referentsOf`): a sentence in which one of them speaks earns `AGENT_BONUS`. */
  referents: ReadonlySet<string> = new Set(),
  /**
   * Whether the follow-up asks for a figure the last question did not ask for ("how much did they put in?" after "which
   * companies set up rapidus?"): a sentence just quoted, which answered that question, then counts `REPEATED_SENTENCE_SHARE`
   * of the question it holds, though it may hold a figure of some sort.
   */
  asksNewFigure = false,
  /** Sentences that cannot answer the follow-up (`notAnswering`), as quoted: they do not rank their passage either. */
  excluded: ReadonlySet<string> = new Set(),
): RankedPassage[] {
  const total = query.terms.reduce((sum, t) => sum + t.weight, 0) || 1;
  const ownTerm = new Set(own.map((t) => t.term));
  const { isName } = index.names;
  const ranked: RankedPassage[] = [];
  for (const [articleId, weight] of scope.articles) {
    const passages = passagesOfArticle(index, articleId);
    const sentences = sentencesInContext(index, articleId);
    const quotedAt = sentences.flatMap((s, i) => (isIn(s.text, scope.quoted) ? [i] : []));
    const best = new Map<Passage, number>();
    sentences.forEach((s, i) => {
      const repeats = isIn(s.text, answeredBefore);
      const covered = query.terms.reduce((sum, t) => sum + (repeats && !ownTerm.has(t.term) ? 1 : termCredit(t, s.terms)) * t.weight, 0) / total;
      const distance = Math.min(...quotedAt.map((q) => Math.abs(q - i)));
      // A reason is often told in the sentence after the claim it explains, in words of its own: what the claim would cause or avoid.
      // A bare "why?" may be answered in the words of someone quoted: "“Scope clause has not relaxed as anticipated,” … said" after the cancelled order.
      // Not one just quoted: the user has read it, and it may be the claim itself.
      const explains = type === 'reason' && own.length === 0 && !quotedAt.includes(i) && s.speakers.size > 0 && quotesSpeaker(s.text, isName);
      const follows =
        (type === 'reason' && own.length === 0 && quotedAt.includes(i - 1) && !quotedAt.includes(i) && (givesCause(s.text) || tellsConsequence(s.text) || explains)) ||
        // So is the one who said it, in the sentence beside the quotes: "Japan reacted with dismay…" / "…," Seko told a news conference.
        (type === 'speaker' && own.length === 0 && distance === 1 && holdsType(s.text, type, isName));
      if ((covered <= 0 && !follows) || (own.length > 0 && !own.some((t) => s.terms.has(t.term)))) return;
      // A sentence that cannot be quoted for the follow-up ("who said that?" after a quote that names no one) does not rank its passage.
      if (excluded.has(quotable(s.text))) return;
      // A reason stated as what would follow ("…would be politically costly before the poll") counts as one with a looser cue word.
      const holds = type !== undefined && (holdsType(s.text, type) || (type === 'reason' && (tellsConsequence(s.text) || explains)));
      let typed = type === 'reason' && givesCause(s.text) ? TYPE_BONUS : holds ? TYPE_BONUS / 2 : 0;
      // A bare "why?" asks the cause of what was just said: a cause stated further away is more likely the cause of something else.
      if (type === 'reason' && own.length === 0 && !(distance <= 1)) typed /= 2;
      // A sentence just quoted answered the last question; it is nearest to the next one only if it also holds the sort of answer now asked for.
      const near = Number.isFinite(distance) ? NEAR_BONUS / (1 + Math.max(distance, typed > 0 ? 0 : 1)) : 0;
      // "And Aso's take?", "and what does Japan want?": a sentence in which whom the follow-up names speaks or is the subject.
      // "What did he say about the deal?": one in which whom "he" stands for speaks.
      const named = own.some((t) => t.name && (s.speakers.has(t.term) || s.subjects.has(t.term)));
      const acts = named || [...s.speakers].some((t) => referents.has(t)) ? AGENT_BONUS : 0;
      const former = asksBefore && (type === undefined || holds) && tellsFormerState(s.text) ? TYPE_BONUS : 0;
      // A follow-up that asks for no sort of answer ("what was their argument?"), or for a figure the last question did not ask
      // for, asks something the quotes just read did not say.
      const repeated = distance === 0 && (type === undefined || asksNewFigure) ? REPEATED_SENTENCE_SHARE : 1;
      const score = covered * repeated + near + typed + acts + former;
      sentenceScores?.set(quotable(s.text), weight * score);
      best.set(s.passage, Math.max(best.get(s.passage) ?? 0, score));
    });
    for (const passage of passages) {
      const sentence = best.get(passage);
      if (sentence === undefined) continue;
      const { coverage, matched } = coverageOf(index, query, passage, options);
      const score = weight * (PASSAGE_SHARE * coverage + sentence);
      ranked.push({ passage, score, retrieverScore: score, coverage, matched });
    }
  }
  return ranked.sort((a, b) => b.score - a.score || a.passage.id.localeCompare(b.passage.id));
}

/**
 * Sentences of the conversation's articles that cannot answer a follow-up: those that name none
 * of its own topic words ("and Japan's?" is not answered by a sentence about the US). As quoted,
 * so they can be left out of an answer. A sentence already quoted may answer again: "why?" is
 * often answered by the second half of what was just said.
 */
export function notAnswering(index: SearchIndex, scope: ConversationScope, own: readonly QueryTerm[], type?: AnswerType, asksBefore = false): Set<string> {
  const out = new Set<string>();
  const { isName } = index.names;
  for (const text of scope.quoted) {
    // "And before?" after quotes that tell only what is now: they answered the last question, not this one.
    // "Who said that?" after quotes that name no one: they have been read, and they cannot say who.
    const answered = (asksBefore && !tellsFormerState(text)) || ((type === 'person' || type === 'speaker') && !holdsType(text, type, isName));
    if (answered) out.add(quotable(text));
  }
  if (own.length === 0) return out;
  for (const articleId of scope.articles.keys()) {
    for (const s of sentencesInContext(index, articleId)) if (!own.some((t) => s.terms.has(t.term))) out.add(quotable(s.text));
  }
  return out;
}

/** Whether a passage is one the last answer quoted or stands next to one in the same article: the answer is "beside what was just said". */
export function besideQuoted(index: SearchIndex, scope: ConversationScope, passageId: string): boolean {
  const p = index.passages.get(passageId);
  return p !== undefined && scope.passages.some((q) => q.articleId === p.articleId && Math.abs(q.position - p.position) <= 1);
}

/**
 * Where "tell me more" reads on from in the article the last answer led with: after the sentence that answer led with,
 * its best, and the quoted sentences right after it (`'lead'`); or after the last sentence quoted (`'last'`), for an
 * answer that itself read on, whose quotes run in reading order past sentences it left out as off the subject.
 */
export type ReadOnFrom = 'lead' | 'last';

/**
 * "Tell me more": the sentences after the one the last answer led with (or after the last one it quoted, `from`), in the
 * article it led with, in reading order, skipping any already quoted: as many as an answer quotes (`maxSentences`, within
 * `maxAnswerChars`; defaults as for any answer). Undefined when the article has no more. An answer quotes its best sentence
 * first and may add one from further on in the article, or its opening; what comes next is what follows the best one, not
 * what follows the one furthest on, which would skip the paragraphs between.
 */
export function readOn(
  index: SearchIndex,
  last: { sentences: readonly AnswerSentence[]; citations: readonly Citation[] },
  quoted: ReadonlySet<string>,
  options: Pick<ComposeOptions, 'maxSentences' | 'maxAnswerChars'> = {},
  /** Whether a sentence is about the line of questions; the sentences after the last one quoted that are come first. Default: all are. */
  about?: (text: string) => boolean,
  from: ReadOnFrom = 'lead',
): { sentences: AnswerSentence[]; citations: Citation[] } | undefined {
  if (about) {
    // "More" on the CoRe partnership skips the paragraph on the summit's date and reads on where the partnership is.
    const onTopic = readOnFiltered(index, last, quoted, options, from, about);
    if (onTopic) return onTopic;
  }
  return readOnFiltered(index, last, quoted, options, from);
}

/** A sentence that opens with "It", "He", "She" or "They", or with "Its", "His", "Her" or "Their": it goes on about what the sentence before was about. */
const CONTINUES_SUBJECT = /^(?:It|He|She|They|Its|His|Her|Their)\b/;

function readOnFiltered(
  index: SearchIndex,
  last: { sentences: readonly AnswerSentence[]; citations: readonly Citation[] },
  quoted: ReadonlySet<string>,
  options: Pick<ComposeOptions, 'maxSentences' | 'maxAnswerChars'>,
  from: ReadOnFrom,
  about: (text: string) => boolean = () => true,
): { sentences: AnswerSentence[]; citations: Citation[] } | undefined {
  const maxSentences = options.maxSentences ?? DEFAULT_MAX_SENTENCES;
  const maxChars = options.maxAnswerChars ?? DEFAULT_MAX_ANSWER_CHARS;
  const lead = last.citations[0];
  if (!lead) return undefined;
  const fromLead = last.sentences.filter((s) => s.citation === lead.n).map((s) => s.text);
  const already = [...quoted, ...fromLead];
  const order = sentencesInContext(index, lead.articleId);
  let lastQuoted = -1;
  if (from === 'last') {
    order.forEach((s, i) => {
      if (isIn(s.text, fromLead)) lastQuoted = i;
    });
  } else {
    // The sentence the answer led with, and any quoted right after it: "more" goes on from there.
    lastQuoted = order.findIndex((s) => isIn(s.text, fromLead.slice(0, 1)));
    while (lastQuoted >= 0 && lastQuoted + 1 < order.length && isIn(order[lastQuoted + 1]!.text, fromLead)) lastQuoted++;
  }
  if (lastQuoted < 0) return undefined;
  // As in any answer, a quotation left open runs on into the sentences that close it.
  const next: { passage: Passage; text: string }[] = [];
  let chars = 0;
  /** Whether the sentence before, in the same paragraph, was about the line of questions: one opening with "it" or "he" goes on about the same. */
  let aboutBefore = false;
  for (let i = lastQuoted + 1; i < order.length && next.length < maxSentences; i++) {
    let text = quotable(order[i]!.text);
    let j = i;
    while (!balancedQuotes(text) && j + 1 < order.length && j - i < 2) text = `${text} ${order[++j]!.text}`;
    // The sentence right after the last one quoted, in its paragraph, goes on about it ("It drew more than 2,000 comments").
    // So does one whose subject is "it" or "he" after a sentence about the line of questions ("It has about 2,300 employees").
    const goesOn: boolean = (i === lastQuoted + 1 || (aboutBefore && CONTINUES_SUBJECT.test(text))) && order[i]!.passage.id === order[i - 1]!.passage.id;
    aboutBefore = goesOn || about(text);
    if (balancedQuotes(text) && !isFurniture(text) && !isIn(order[i]!.text, already) && (goesOn || about(text))) {
      // The first sentence is always given; later ones only while the answer stays within its length.
      if (next.length > 0 && chars + text.length > maxChars) break;
      next.push({ passage: order[i]!.passage, text });
      chars += text.length;
    }
    i = j;
  }
  if (next.length === 0) return undefined;
  const first = next[0]!.passage;
  const citation: Citation = { ...lead, n: 1, passage: first.text, passageId: first.id };
  return { sentences: next.map((s) => ({ text: s.text, citation: 1 })), citations: [citation] };
}
