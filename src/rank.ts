/**
 * Ranks passages for a question and says how sure it is. Confidence is the share of the
 * question's information (IDF-weighted terms) that the best passage covers, so it does not
 * grow with the length of the question the way a raw BM25 score does.
 */
import { analyze, isVocabularyWord, PEOPLE, STOP_WORDS, termsOf, tokenize, type Token } from './analyze.ts';
import { termsOfPassage } from './passageTerms.ts';
import { metaText, type SearchIndex } from './searchIndex.ts';
import stopwordsIso from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };

/**
 * A broad list of generic English words (stopwords-iso, ~1,300). A question word on it that the
 * corpus never uses ("besides", "sorry") carries no evidence either way, so it is dropped rather
 * than counted as an unmatched part of the question.
 */
const GENERIC_WORDS: ReadonlySet<string> = new Set(stopwordsIso.en);
import type { Passage } from './types.ts';

/** How many passages the retriever returns for reranking. */
export const DEFAULT_CANDIDATES = 20;
/** A match only in the title or metadata counts this much towards coverage. */
export const META_MATCH_CREDIT = 0.5;
/** A known question word on the generic list ("time", "side", "first") weighs this share of its rarity. */
export const GENERIC_TERM_FACTOR = 1;
/** A word the corpus never uses weighs this share of the largest rarity: it counts against a match, but must not outweigh every known word. */
export const UNKNOWN_TERM_FACTOR = 1;
/** A person the question names is what it is about: their weight is multiplied by this. */
export const PERSON_FOCUS_BOOST = 2;
/**
 * Candidates are found with the question's rarest terms, scoring at most about this many postings
 * (passages per term, summed); commoner terms then count only towards coverage. Scoring a term
 * found in half an archive costs far more than it tells, and small corpora never reach the cap.
 */
export const DEFAULT_MAX_SCORED_POSTINGS = 5_000;
/** How strongly coverage reorders the retriever's scores: score × coverage^exponent. */
export const DEFAULT_COVERAGE_EXPONENT = 1;

export interface RankOptions {
  /** Default `DEFAULT_CANDIDATES`. */
  candidates?: number;
  /** Default `DEFAULT_COVERAGE_EXPONENT`. */
  coverageExponent?: number;
  /** Default `DEFAULT_MAX_SCORED_POSTINGS`. */
  maxScoredPostings?: number;
}

export interface QueryTerm {
  term: string;
  /** Inverse document frequency in the passage texts; unknown terms get the largest. */
  weight: number;
  known: boolean;
}

export interface AnalyzedQuery {
  terms: QueryTerm[];
  /** Misspelt words and what they were read as. */
  corrections: { from: string; to: string }[];
}

export interface RankedPassage {
  passage: Passage;
  score: number;
  /** Retriever score before reranking. */
  retrieverScore: number;
  /** Share of the query's weight this passage matches, 0..1. */
  coverage: number;
  matched: string[];
}

/** BM25's inverse document frequency (always positive). */
export function idf(documentCount: number, df: number): number {
  return Math.log(1 + (documentCount - df + 0.5) / (df + 0.5));
}

/** Analyzes a question against the index: corrects unknown words, then weights each term by rarity. */
export function analyzeQuery(index: SearchIndex, text: string, ignore: ReadonlySet<string> = new Set()): AnalyzedQuery {
  const { retriever, lexicon } = index;
  const corrections: { from: string; to: string }[] = [];
  const tokens: Token[] = [];
  const generic = new Set<string>();
  for (const token of tokenize(text)) {
    if (GENERIC_WORDS.has(token.surface)) generic.add(token.key);
    if (STOP_WORDS.has(token.surface) || retriever.documentFrequency(token.key) > 0 || isVocabularyWord(token.key)) {
      tokens.push(token);
      continue;
    }
    if (GENERIC_WORDS.has(token.surface)) continue;
    const corrected = lexicon.correct(token.surface);
    if (!corrected) {
      tokens.push(token);
      continue;
    }
    corrections.push({ from: token.surface, to: corrected });
    tokens.push(tokenize(corrected)[0] ?? token);
  }
  const n = Math.max(1, retriever.size);
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const term of termsOf(tokens)) {
    if (seen.has(term) || ignore.has(term)) continue;
    seen.add(term);
    const df = retriever.documentFrequency(term);
    const factor = (generic.has(term) ? GENERIC_TERM_FACTOR : 1) * (df > 0 ? 1 : UNKNOWN_TERM_FACTOR) * (PEOPLE.has(term) ? PERSON_FOCUS_BOOST : 1);
    terms.push({ term, weight: idf(n, df) * factor, known: df > 0 });
  }
  return { terms, corrections };
}

/** Passages for the query, best first, with their coverage of it. */
export function rankPassages(index: SearchIndex, query: AnalyzedQuery, options: RankOptions = {}): RankedPassage[] {
  const candidates = options.candidates ?? DEFAULT_CANDIDATES;
  const exponent = options.coverageExponent ?? DEFAULT_COVERAGE_EXPONENT;
  const known = query.terms.filter((t) => t.known);
  if (known.length === 0) return [];
  const total = query.terms.reduce((sum, t) => sum + t.weight, 0);
  const weightOf = new Map(query.terms.map((t) => [t.term, t.weight]));
  const { searched, pruned } = retrievalTerms(index, known, options.maxScoredPostings ?? DEFAULT_MAX_SCORED_POSTINGS);
  if (searched.length === 0) return [];
  const hits = index.retriever.search({ terms: searched, limit: candidates });
  const ranked: RankedPassage[] = [];
  for (const hit of hits) {
    const passage = index.passages.get(hit.id);
    if (!passage) continue;
    const inText = new Set(hit.matchedInText);
    const matched = new Set(hit.matched);
    if (pruned.length > 0) {
      const textTerms = termsOfPassage(passage);
      const article = index.articles.get(passage.articleId);
      const metaTerms = article ? new Set([...analyze(article.title), ...analyze(metaText(article, passage.section))]) : new Set<string>();
      for (const term of pruned) {
        if (textTerms.has(term)) inText.add(term);
        if (textTerms.has(term) || metaTerms.has(term)) matched.add(term);
      }
    }
    let covered = 0;
    for (const term of matched) covered += (weightOf.get(term) ?? 0) * (inText.has(term) ? 1 : META_MATCH_CREDIT);
    const coverage = total > 0 ? Math.min(1, covered / total) : 0;
    ranked.push({
      passage,
      retrieverScore: hit.score,
      coverage,
      score: hit.score * coverage ** exponent,
      matched: [...matched],
    });
  }
  return ranked.sort((a, b) => b.score - a.score || a.passage.id.localeCompare(b.passage.id));
}

/**
 * The rarest terms within the postings budget, and the rest. When even the rarest term is over the
 * budget, nothing is searched: a question made only of words found in that many passages has nothing
 * specific to find an answer by, and scoring them would cost more than any answer is worth.
 */
export function retrievalTerms(index: SearchIndex, known: readonly QueryTerm[], maxPostings: number): { searched: string[]; pruned: string[] } {
  const byRarity = known.map((t) => ({ term: t.term, df: index.retriever.documentFrequency(t.term) })).sort((a, b) => a.df - b.df);
  const searched: string[] = [];
  const pruned: string[] = [];
  let postings = 0;
  for (const { term, df } of byRarity) {
    if (postings + df <= maxPostings) {
      searched.push(term);
      postings += df;
    } else pruned.push(term);
  }
  return { searched, pruned };
}
