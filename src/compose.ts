/** Chooses the sentences to quote from the best passages and numbers their sources. */
import { formatDate, resolveRelativeDate } from './dates.ts';
import type { PreparedQuestion } from './question.ts';
import type { AnalyzedQuery, RankedPassage } from './rank.ts';
import { sentencesOf } from './passageTerms.ts';
import type { SearchIndex } from './searchIndex.ts';
import type { AnswerSentence, Citation } from './types.ts';

/** How many of the best passages sentences are drawn from. */
export const DEFAULT_PASSAGES_TO_READ = 3;
/** At most this many sentences are quoted. */
export const DEFAULT_MAX_SENTENCES = 3;
/** A further sentence is quoted only if it scores at least this share of the best one. */
export const DEFAULT_EXTRA_SENTENCE_RATIO = 0.6;
/** Quoted sentences together stay under this many characters, so answers stay short. */
export const DEFAULT_MAX_ANSWER_CHARS = 900;
/** At most this many sources are listed. */
export const DEFAULT_MAX_CITATIONS = 3;
/** How much the passage's rank counts beside the sentence's own match (0..1). */
export const PASSAGE_PRIOR = 0.5;
/** Extra weight for a sentence that holds what the question type asks for (a date, a number, a name). */
export const INTENT_BONUS = 0.15;

export interface ComposeOptions {
  /** Default `DEFAULT_PASSAGES_TO_READ`. */
  passagesToRead?: number;
  /** Default `DEFAULT_MAX_SENTENCES`. */
  maxSentences?: number;
  /** Default `DEFAULT_EXTRA_SENTENCE_RATIO`. */
  extraSentenceRatio?: number;
  /** Default `DEFAULT_MAX_ANSWER_CHARS`. */
  maxAnswerChars?: number;
  /** Default `DEFAULT_MAX_CITATIONS`. */
  maxCitations?: number;
}

export interface Composition {
  sentences: AnswerSentence[];
  citations: Citation[];
  notes: string[];
  /** Whether the quoted sentences hold what the question type asks for (a number for "how many"). */
  answerTypeFound: boolean;
}

interface Candidate {
  text: string;
  /** Position of its passage in the ranking. */
  rank: number;
  /** Position within its passage. */
  order: number;
  score: number;
  /** The query terms it contains. */
  terms: Set<string>;
}

const DATE_WORDS = /\b(?:19|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow|ago)\b|\b(?:last|next|this) (?:week|month|year)\b/i;
const QUANTITY_WORDS = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million|billion|trillion|half|quarter|third|percent)\b/i;
const NAME = /\b\p{Lu}\p{Ll}+(?: \p{Lu}\.?)? \p{Lu}\p{Ll}+/u;

function intentMatches(question: PreparedQuestion, sentence: string): boolean {
  const { intent } = question;
  return (
    (intent.when && DATE_WORDS.test(sentence)) ||
    (intent.quantity && QUANTITY_WORDS.test(sentence)) ||
    (intent.who && NAME.test(sentence))
  );
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

/** Quotes the best one to three sentences and cites each; `ranked` must not be empty. */
export function composeAnswer(
  index: SearchIndex,
  question: PreparedQuestion,
  query: AnalyzedQuery,
  ranked: RankedPassage[],
  options: ComposeOptions = {},
): Composition {
  const passagesToRead = options.passagesToRead ?? DEFAULT_PASSAGES_TO_READ;
  const maxSentences = options.maxSentences ?? DEFAULT_MAX_SENTENCES;
  const ratio = options.extraSentenceRatio ?? DEFAULT_EXTRA_SENTENCE_RATIO;
  const maxChars = options.maxAnswerChars ?? DEFAULT_MAX_ANSWER_CHARS;
  const maxCitations = options.maxCitations ?? DEFAULT_MAX_CITATIONS;

  const weight = new Map(query.terms.map((t) => [t.term, t.weight]));
  const total = query.terms.reduce((s, t) => s + t.weight, 0) || 1;
  const top = ranked.slice(0, passagesToRead);
  const best = top[0]?.score || 1;
  const byPassage: Candidate[][] = top.map((r, rank) =>
    sentencesOf(r.passage).map(({ text, terms: all }, order) => {
      const terms = new Set([...all].filter((t) => weight.has(t)));
      let covered = 0;
      for (const term of terms) covered += weight.get(term)!;
      const score = (1 - PASSAGE_PRIOR) * (covered / total) + PASSAGE_PRIOR * (r.score / best) + (intentMatches(question, text) ? INTENT_BONUS : 0);
      return { text, rank, order, score, terms };
    }),
  );
  const candidates = byPassage.flat().filter((c) => c.terms.size > 0);
  candidates.sort((a, b) => b.score - a.score || a.rank - b.rank || a.order - b.order);
  const lead = candidates[0] ?? byPassage[0]?.[0];
  if (!lead) return { sentences: [], citations: [], notes: [], answerTypeFound: false };

  const chosen: Candidate[] = [lead];
  let chars = lead.text.length;
  const add = (c: Candidate | undefined): boolean => {
    if (!c || chosen.length >= maxSentences || chosen.includes(c) || chars + c.text.length > maxChars) return false;
    chosen.push(c);
    chars += c.text.length;
    return true;
  };
  const covered = new Set(lead.terms);
  const addCovering = (c: Candidate) => {
    if (add(c)) for (const t of c.terms) covered.add(t);
  };
  const own = byPassage[lead.rank]!;
  const fresh = (c: Candidate) => c.score >= lead.score * ratio && (c.rank !== lead.rank || [...c.terms].some((t) => !covered.has(t)));
  // The best sentence that covers something the lead does not.
  const other = candidates.find((c) => c !== lead && fresh(c));
  if (other) addCovering(other);
  // News copy often answers in the sentence after the one that matches ("He said that…", "Japan rejected the idea but…").
  const next = own[lead.order + 1];
  if (next && next.terms.size > 0) addCovering(next);
  // A "when" question whose lead has no date may find it in the sentence before.
  const previous = own[lead.order - 1];
  if (question.intent.when && !DATE_WORDS.test(lead.text) && previous && DATE_WORDS.test(previous.text)) addCovering(previous);
  for (const c of candidates) if (fresh(c)) addCovering(c);
  // The lead's passage comes first, in reading order; other passages follow as ranked.
  const ordered = [...chosen].sort((a, b) => {
    const pa = a.rank === lead.rank ? -1 : a.rank;
    const pb = b.rank === lead.rank ? -1 : b.rank;
    return pa - pb || a.order - b.order;
  });

  // Number the sources by article: the lead sentence's article is [1], then the other articles as ranked.
  // Sentences quoted from two passages of one article share its number; the first quoted passage is cited.
  const cited: RankedPassage[] = [];
  const numberOfArticle = new Map<string, number>();
  const cite = (r: RankedPassage) => {
    if (numberOfArticle.has(r.passage.articleId)) return;
    cited.push(r);
    numberOfArticle.set(r.passage.articleId, cited.length);
  };
  cite(top[lead.rank]!);
  for (const c of ordered) cite(top[c.rank]!);
  for (const r of ranked) {
    if (cited.length >= maxCitations) break;
    cite(r);
  }
  const citations = cited.map((r, i) => citationOf(index, r, i + 1));
  const sentences = ordered.map((c) => ({ text: c.text, citation: numberOfArticle.get(top[c.rank]!.passage.articleId)! }));

  const notes: string[] = [];
  if (question.intent.author) {
    // The byline answers "who wrote": it is metadata, so it leads as a plain statement before the quotes.
    const article = index.articles.get(top[lead.rank]!.passage.articleId)!;
    sentences.unshift({
      text: article.author
        ? `"${article.title}" (${article.publisher}, ${formatDate(article.date)}) was written by ${article.author}.`
        : `"${article.title}" (${article.publisher}, ${formatDate(article.date)}) does not name its author.`,
      citation: 1,
    });
    sentences.splice(2);
  }
  if (question.intent.when) {
    const article = index.articles.get(top[lead.rank]!.passage.articleId)!;
    const resolved = ordered.filter((c) => c.rank === lead.rank).map((c) => resolveRelativeDate(c.text, article.date)).find(Boolean);
    notes.push(
      resolved
        ? `Source [1] is dated ${formatDate(article.date)}, so "${resolved.phrase}" there means ${resolved.meaning}.`
        : `Source [1] is dated ${formatDate(article.date)}.`,
    );
  }
  const answerTypeFound = !question.intent.quantity || ordered.some((c) => QUANTITY_WORDS.test(c.text));
  return { sentences, citations, notes, answerTypeFound };
}
