/** One object with everything an adapter may ask of the core, bound to the current index. */
import { answer, checkAnswerOptions, type AnswerOptions } from './answer.ts';
import { helpText, sources } from './messages.ts';
import { suggestQuestions } from './suggestions.ts';
import type { SearchIndex } from './searchIndex.ts';
import type { Answer, PriorTurn, SourceListing } from './types.ts';

/** What one question may bring beside its text. */
export interface TurnOptions {
  /** The conversation's earlier questions and the passages that answered them, oldest first. */
  history?: readonly PriorTurn[];
}

export interface TradeTalk {
  answer(question: string, options?: TurnOptions): Answer;
  sources(): SourceListing;
  /** Usage help; `prefix` is how users reach the bot on that platform, e.g. "/tradetalk ". */
  help(prefix?: string): string;
  /** Up to `limit` questions the articles answer that fit what the user has typed so far. */
  suggest(typed?: string, limit?: number): string[];
}

/** `index` is a function so that a reloaded corpus is picked up by the next question. */
export function createTradeTalk(index: () => SearchIndex, options: AnswerOptions = {}): TradeTalk {
  // A bad option fails at start-up, not at the first question.
  checkAnswerOptions(options);
  return {
    answer: (question, turnOptions = {}) => answer(index(), question, { ...options, ...turnOptions }),
    sources: () => sources(index()),
    help: (prefix) => helpText(prefix),
    suggest: (typed, limit) => suggestQuestions(index(), typed, limit),
  };
}
