/** Plain data shared by the core and every adapter. Nothing here holds behaviour. */

/** One news article, as loaded from a file in the corpus directory. */
export interface Article {
  /** Stable id: the file name without its extension. */
  id: string;
  /** Path the article was read from, for error messages and reloads. */
  path: string;
  title: string;
  publisher: string;
  author?: string;
  /** Publication date, ISO `YYYY-MM-DD`. */
  date: string;
  url?: string;
  /** The article text as paragraphs; headings are kept as `## Heading` lines. */
  body: string;
}

/** What the index keeps of an article once it is split into passages. */
export type ArticleInfo = Omit<Article, 'body'>;

/** A broken corpus file: reported with its path and the reason, then skipped. */
export interface CorpusProblem {
  path: string;
  reason: string;
}

export interface Corpus {
  dir: string;
  articles: Article[];
  problems: CorpusProblem[];
}

/** A slice of an article sized for answering: what the index ranks and the answer cites. */
export interface Passage {
  /** `${articleId}#${position}`. */
  id: string;
  articleId: string;
  /** 0-based order of the passage within its article. */
  position: number;
  /** The heading the passage sits under, if the article has sections. */
  section?: string;
  text: string;
}

export type AnswerStatus = 'answered' | 'no_answer' | 'invalid';

export interface Citation {
  /** The number the answer text uses for this source, from 1. */
  n: number;
  title: string;
  publisher: string;
  /** ISO `YYYY-MM-DD`. */
  date: string;
  url?: string;
  /** The passage quoted or ranked, verbatim from the article. */
  passage: string;
  /** Ranking score of the passage (higher is better). */
  score: number;
  articleId: string;
  passageId: string;
}

/** One quoted sentence of an answer and the citation it comes from. */
export interface AnswerSentence {
  text: string;
  /** The `n` of the citation this sentence is quoted from. */
  citation: number;
}

export interface Answer {
  /** The question as it was received. */
  question: string;
  status: AnswerStatus;
  /** The answer as a user reads it: plain text, no platform markup, sources listed. */
  text: string;
  citations: Citation[];
  /** The quoted sentences, for adapters that lay the answer out themselves. */
  sentences: AnswerSentence[];
  /** Remarks for the user beside the answer: a cut question, a date worked out from the article. */
  notes: string[];
  /** How sure the core is that the top passage answers the question, 0..1. */
  confidence: number;
}

/** An earlier turn of a conversation, as the core reads it: the question asked and the passages that answered it. */
export interface PriorTurn {
  question: string;
  passageIds?: readonly string[];
}

/** One entry of the `sources` listing. */
export interface SourceEntry {
  title: string;
  publisher: string;
  author?: string;
  date: string;
  url?: string;
  passages: number;
}

export interface SourceListing {
  /** Newest first. */
  articles: SourceEntry[];
  /** The same listing as plain text. */
  text: string;
}
