/** Answers one question from the index: validate, rank, decide, quote. Never throws on a string. */
import { analyze } from './analyze.ts';
import { questionType } from './answerTypes.ts';
import { composeAnswer, type ComposeOptions } from './compose.ts';
import {
  answerText,
  EMPTY_QUESTION_TEXT,
  GREETING_TEXT,
  helpText,
  INJECTION_TEXT,
  LANGUAGE_TEXT,
  laterThanCorpusText,
  NO_ANSWER_TEXT,
  NOT_A_QUESTION_TEXT,
  sources,
  THANKS_TEXT,
  truncatedNote,
} from './messages.ts';
import { DEFAULT_MAX_QUESTION_CHARS, prepareQuestion } from './question.ts';
import { analyzeQuery, rankPassages, type RankOptions } from './rank.ts';
import type { SearchIndex } from './searchIndex.ts';
import { smallTalk } from './smallTalk.ts';
import type { Answer } from './types.ts';

/**
 * Below this confidence the bot declines. Chosen by cross-validation over the development and
 * transfer questions (docs/quality.md): the threshold that declines most out-of-scope questions
 * while answering most in-scope ones, stable across folds.
 */
export const DEFAULT_MIN_CONFIDENCE = 0.3;
/** Confidence is scaled by this when no quoted sentence holds what the question asks for (no date for "when"). */
export const MISSING_ANSWER_TYPE_FACTOR = 0.75;
/** Confidence is scaled by this for each name or number of the question that the best passage does not mention. */
export const MISSING_NAME_FACTOR = 0.8;
/** Words that ask for an article's byline; the byline answers them, so they are not searched for. */
const AUTHOR_TERMS: ReadonlySet<string> = new Set(analyze('write wrote written writes author authored byline reporter reported journalist writer penned'));

export interface AnswerOptions extends RankOptions, ComposeOptions {
  /** Longer questions are cut to this many characters. Default `DEFAULT_MAX_QUESTION_CHARS`. */
  maxQuestionChars?: number;
  /** Minimum confidence to answer, 0..1. Default `DEFAULT_MIN_CONFIDENCE`. */
  minConfidence?: number;
  /** Default `MISSING_ANSWER_TYPE_FACTOR`. */
  missingAnswerTypeFactor?: number;
  /** Default `MISSING_NAME_FACTOR`. */
  missingNameFactor?: number;
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
  switch (smallTalk(prepared.text)) {
    case 'sources':
      return reply(raw, 'reply', sources(index).text);
    case 'help':
      return reply(raw, 'reply', helpText());
    case 'greeting':
      return reply(raw, 'reply', GREETING_TEXT);
    case 'thanks':
      return reply(raw, 'reply', THANKS_TEXT);
    case 'language':
      return reply(raw, 'reply', LANGUAGE_TEXT);
    case undefined:
      break;
  }

  const newestYear = Number(index.newestDate.slice(0, 4));
  const laterYear = prepared.years.find((y) => y > newestYear);
  if (laterYear !== undefined && !prepared.intent.future) return reply(raw, 'no_answer', laterThanCorpusText(laterYear, index.newestDate), notes);

  const query = analyzeQuery(index, prepared.text, prepared.intent.author ? AUTHOR_TERMS : undefined, options);
  if (!query.terms.some((t) => t.known)) return reply(raw, 'no_answer', query.terms.length ? NO_ANSWER_TEXT : NOT_A_QUESTION_TEXT, notes);

  // A question whose only words are numbers ("what will happen in 2020?") asks nothing the articles could answer in particular.
  if (query.terms.every((t) => /^\p{N}/u.test(t.term))) return reply(raw, 'no_answer', NO_ANSWER_TEXT, notes);

  const ranked = rankPassages(index, query, options);
  const top = ranked[0];
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  if (!top || top.coverage < minConfidence) return reply(raw, 'no_answer', NO_ANSWER_TEXT, notes, round(top?.coverage ?? 0));
  const type = questionType(prepared.text);
  const composed = composeAnswer(index, prepared, query, ranked, type, options);
  // A name or number the question asks about that the answer never mentions ("China", "Pence") means it answers another question.
  const missingNames = composed.missingNames;
  const confidence =
    top.coverage *
    (composed.answerTypeFound ? 1 : (options.missingAnswerTypeFactor ?? MISSING_ANSWER_TYPE_FACTOR)) *
    (options.missingNameFactor ?? MISSING_NAME_FACTOR) ** missingNames;
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
