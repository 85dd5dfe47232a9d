/**
 * "What's the latest?", "any news on the steel deal?", "most recent updates on rice": recency is asked
 * of the articles' dates, not searched for. No article writes "latest", so searched for as a word it
 * declined the question people most often ask a news bot.
 */
import { byNewest } from './corpus.ts';
import { balancedQuotes, isFurniture } from './compose.ts';
import { sentencesInContext } from './conversationContext.ts';
import { quotable } from './dateline.ts';
import type { RankedPassage } from './rank.ts';
import type { SearchIndex } from './searchIndex.ts';
import type { AnswerSentence, Citation } from './types.ts';

/** Prepositions that join the recency words to the topic: "the latest *on* the steel deal". */
const TO_TOPIC = String.raw`on|about|with|in|regarding|re|for`;
/** Words that only join the recency words to the topic, where "from" and "of" may too ("the latest from Tokyo"). */
const JOIN = String.raw`(?:\s+(?:${TO_TOPIC}|from|of)\b)?`;
/** After a word that is only news when nothing but a topic follows ("news?", "news on beef", not "news reports said…"). */
const THEN_TOPIC = String.raw`(?=[\s?!.]*$|\s+(?:${TO_TOPIC})\b)`;
/** What a recency question asks for: "news", "updates", "developments". */
const NEWS = String.raw`(?:\s+(?:news|updates?|developments?|word|articles?|stor(?:y|ies)|info(?:rmation)?|reports?))?`;
/**
 * A message that opens by asking for what is newest (after a greeting or "so", "ok"): "what's the latest on…",
 * "latest news about…", "any updates on…", "the most recent developments in…", "what's new with…", "what's been
 * happening lately", "what's the status of…", "give me an update on…". Only at the start, so "what did the latest round of talks achieve?" asks of a round.
 */
const ASKS_LATEST = new RegExp(
  String.raw`^(?:(?:so|ok|okay|hey|hi|hello|and|but|pls|please|tradetalk|bot)\b[\s,]*)*(?:` +
    String.raw`(?:what(?:'s|’s|s|\s+is|\s+are)\s+|any\s+|give\s+me\s+|tell\s+me\s+|show\s+me\s+)?(?:the\s+)?(?:very\s+)?(?:latest|newest|most\s+recent|recent)\b${NEWS}` +
    String.raw`|(?:any\s+)?(?:news|updates?|developments?)\b${THEN_TOPIC}|any\s+(?:news|updates?|developments?)\b` +
    String.raw`|anything\s+new\b${THEN_TOPIC}` +
    // "What's new?", "what's new with ipef?", but not "what is New Zealand's position?" nor "whats new york saying?".
    String.raw`|what(?:'s|’s|s|\s+is)\s+new\b(?=[\s?!.]*$|\s+(?:${TO_TOPIC}|from|of)\b)` +
    String.raw`|what(?:'s|’s|s|\s+is|\s+has)\s+(?:been\s+)?(?:happening|happened|going\s+on)\s+(?:lately|recently)\b` +
    // "What's the status of the auto tariffs?", "give me an update on korus": how things stand is the newest account.
    String.raw`|(?:(?:what(?:'s|’s|s|\s+is)|give\s+me|any)\s+)?(?:the\s+|an?\s+)?(?:current\s+|latest\s+)?(?:status|state\s+of\s+play|updates?)(?=\s+(?:on|of|about|with|regarding|re|for)\b)` +
    String.raw`)${JOIN}`,
  'i',
);

/** The topic of a question that asks for the latest news ("the steel deal"; "" for "what's the latest?"), or undefined for any other question. */
export function asksForLatest(question: string): { topic: string } | undefined {
  const m = ASKS_LATEST.exec(question.trim());
  if (!m) return undefined;
  const topic = question
    .trim()
    .slice(m[0].length)
    .replace(/^[\s:,-]+|[\s?!.]+$/g, '')
    .trim();
  return { topic };
}

/**
 * Words that ask how things stand at the time of asking: "who is the current trade representative?", "what do
 * cars pay now?", "right now", "at present", "these days". Not "now that…", a frame ("now that the deal is in
 * force"), nor the "current account".
 */
const CURRENT = String.raw`current(?!\s+account)|currently|presently|nowadays|these\s+days|at\s+present`;
const NOW = new RegExp(String.raw`\b(?:${CURRENT}|(?:right\s+)?now(?!\s+that\b))\b`, 'i');
/** The same words but "now", a stop word already, to leave out of a search: no article writes "currently" about what is current when it is read. */
export const NOW_WORDS = new RegExp(String.raw`\b(?:${CURRENT})\b`, 'gi');

/**
 * An earlier time set against "now" in the same question: "toshiba's loss forecast now vs what it said before", "the
 * rate now and originally". Such a question compares two moments of one account, which the newest article need not hold.
 */
const EARLIER_TIME = /\b(?:previously|earlier|originally|initially|at\s+first|prior(?!\s+to\b)|used\s+to|before(?=\s*(?:[?!.,;:)]|$|(?:and|or|vs|versus|than|then)\b)))\b/i;
/**
 * "Before the deal", "prior to the vote": an event, which is earlier than now only when the question compares ("now vs
 * before the deal", "higher now than before the deal") or asks of the past ("what did cars pay before the deal and now");
 * otherwise it is still to come, and the question asks how things stand now: "where do talks stand now, before the summit?".
 */
const BEFORE_EVENT = /\b(?:before|prior\s+to)\s+\S/i;
const COMPARED_OR_PAST = /\b(?:vs|versus|than|compared|did|was|were|had)\b/i;

/** Whether a question asks how things stand now: answered, like "the latest", from the newest article that covers it. */
export function asksAboutNow(question: string): boolean {
  return NOW.test(question) && !EARLIER_TIME.test(question) && !(BEFORE_EVENT.test(question) && COMPARED_OR_PAST.test(question));
}

/**
 * Of a topic's ranked passages, those of the newest article among the ones that match it about as well as the best
 * (at least `share` of the best passage's coverage, and `minCoverage`): the latest the articles say on it. Empty when
 * none matches that well.
 */
export function newestCovering(ranked: readonly RankedPassage[], index: SearchIndex, share: number, minCoverage: number): RankedPassage[] {
  const best = ranked[0]?.coverage ?? 0;
  const fitting = ranked.filter((r) => r.coverage >= minCoverage && r.coverage >= share * best);
  const dateOf = (r: RankedPassage) => index.articles.get(r.passage.articleId)?.date ?? '';
  const newest = fitting.reduce<RankedPassage | undefined>((a, r) => (a === undefined || dateOf(r) > dateOf(a) ? r : a), undefined);
  // Its other passages stay candidates, in their order: the answer may need a sentence from one that matches less.
  return newest === undefined ? [] : ranked.filter((r) => r.passage.articleId === newest.passage.articleId);
}

/**
 * The opening of the newest article, as news writes its summary first: up to `maxSentences` of its first sentences,
 * within `maxChars` (the first always), with no caption, dateline or credit line. Undefined for an empty corpus.
 */
export function newestLede(index: SearchIndex, maxSentences: number, maxChars: number): { sentences: AnswerSentence[]; citations: Citation[] } | undefined {
  // Only the articles of the newest date are sorted (by title): a scan, not a sort of the whole corpus.
  const articles = [...index.articles.values()];
  const newest = (articles.some((a) => a.date === index.newestDate) ? articles.filter((a) => a.date === index.newestDate) : articles).sort(byNewest)[0];
  if (!newest) return undefined;
  const picked: { text: string; passageId: string; passage: string }[] = [];
  let chars = 0;
  for (const s of sentencesInContext(index, newest.id)) {
    if (picked.length >= maxSentences) break;
    const text = quotable(s.text);
    if (text === '' || !balancedQuotes(text) || isFurniture(text)) continue;
    if (picked.length > 0 && chars + text.length > maxChars) break;
    picked.push({ text, passageId: s.passage.id, passage: s.passage.text });
    chars += text.length;
  }
  const first = picked[0];
  if (!first) return undefined;
  const citation: Citation = {
    n: 1,
    title: newest.title,
    publisher: newest.publisher,
    date: newest.date,
    ...(newest.url ? { url: newest.url } : {}),
    passage: first.passage,
    score: 1,
    articleId: newest.id,
    passageId: first.passageId,
  };
  return { sentences: picked.map((p) => ({ text: p.text, citation: 1 })), citations: [citation] };
}
