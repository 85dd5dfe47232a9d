/** Answers one question from the index: validate, rank, decide, quote. Never throws on a string. */
import { analyze } from './analyze.ts';
import { composeAnswer, type ComposeOptions } from './compose.ts';
import {
  answerText,
  EMPTY_QUESTION_TEXT,
  helpText,
  INJECTION_TEXT,
  laterThanCorpusText,
  NO_ANSWER_TEXT,
  NOT_A_QUESTION_TEXT,
  truncatedNote,
} from './messages.ts';
import { DEFAULT_MAX_QUESTION_CHARS, prepareQuestion } from './question.ts';
import { analyzeQuery, rankPassages, type RankOptions } from './rank.ts';
import type { SearchIndex } from './searchIndex.ts';
import type { Answer } from './types.ts';

/** Below this coverage of the question by the best passage, the bot declines. */
export const DEFAULT_MIN_CONFIDENCE = 0.37;
/** Confidence is scaled by this when the quotes lack what the question asks for, e.g. no number for "how many". */
export const MISSING_ANSWER_TYPE_FACTOR = 0.75;
/** Words that ask for an article's byline; the byline answers them, so they are not searched for. */
const AUTHOR_TERMS: ReadonlySet<string> = new Set(analyze('write wrote written writes author authored byline reporter reported journalist writer penned'));

export interface AnswerOptions extends RankOptions, ComposeOptions {
  /** Longer questions are cut to this many characters. Default `DEFAULT_MAX_QUESTION_CHARS`. */
  maxQuestionChars?: number;
  /** Minimum share of the question the best passage must cover. Default `DEFAULT_MIN_CONFIDENCE`. */
  minConfidence?: number;
  history?: readonly import('./types.ts').PriorTurn[];
}

const round = (n: number) => Number(n.toFixed(3));

function reply(question: string, status: Answer['status'], text: string, notes: string[] = [], confidence = 0): Answer {
  return { question, status, text: [text, ...notes].join('\n\n'), citations: [], sentences: [], notes, confidence };
}

export function answer(index: SearchIndex, question: string, options: AnswerOptions = {}): Answer {
  const raw = typeof question === 'string' ? question : '';
  if (raw.trim() === '') return reply(raw, 'invalid', `${EMPTY_QUESTION_TEXT}\n\n${helpText()}`);
  const limit = options.maxQuestionChars ?? DEFAULT_MAX_QUESTION_CHARS;
  const prepared = prepareQuestion(raw, limit);
  const notes = prepared.truncated ? [truncatedNote(limit)] : [];
  if (prepared.text === '') return reply(raw, 'invalid', `${EMPTY_QUESTION_TEXT}\n\n${helpText()}`);
  if (prepared.injection) return reply(raw, 'no_answer', INJECTION_TEXT, notes);

  const newestYear = Number(index.newestDate.slice(0, 4));
  const laterYear = prepared.years.find((y) => y > newestYear);
  if (laterYear !== undefined && !prepared.intent.future) return reply(raw, 'no_answer', laterThanCorpusText(laterYear, index.newestDate), notes);

  const query = analyzeQuery(index, prepared.text, prepared.intent.author ? AUTHOR_TERMS : undefined);
  if (!query.terms.some((t) => t.known)) return reply(raw, 'no_answer', query.terms.length ? NO_ANSWER_TEXT : NOT_A_QUESTION_TEXT, notes);

  const ranked = rankPassages(index, query, options);
  const top = ranked[0];
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  if (!top || top.coverage < minConfidence) return reply(raw, 'no_answer', NO_ANSWER_TEXT, notes, round(top?.coverage ?? 0));
  const composed = composeAnswer(index, prepared, query, ranked, options);
  const confidence = top.coverage * (composed.answerTypeFound ? 1 : MISSING_ANSWER_TYPE_FACTOR);
  if (composed.sentences.length === 0 || confidence < minConfidence) return reply(raw, 'no_answer', NO_ANSWER_TEXT, notes, round(confidence));
  const allNotes = [...composed.notes, ...notes];
  return {
    question: raw,
    status: 'answered',
    text: answerText(composed.sentences, composed.citations, allNotes),
    citations: composed.citations,
    sentences: composed.sentences,
    notes: allNotes,
    confidence: round(confidence),
  };
}
