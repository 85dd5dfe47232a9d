/** The TradeTalk core: plain data in and out, no platform knowledge. Adapters import only this file. */
export { loadCorpus, parseArticle, CorpusError, ArticleError } from './corpus.ts';
export { buildIndex, type SearchIndex, type IndexOptions } from './searchIndex.ts';
export { answer, DEFAULT_MIN_CONFIDENCE, type AnswerOptions } from './answer.ts';
export { replayHistory } from './replay.ts';
export { sources, helpText } from './messages.ts';
export { suggestQuestions, answerableQuestions, DEFAULT_SUGGESTIONS } from './suggestions.ts';
export { formatDate } from './dates.ts';
export { DEFAULT_MAX_QUESTION_CHARS, stripMarkup } from './question.ts';
export type * from './types.ts';
export { parseCommand, type Command } from './commands.ts';
export { createTradeTalk, type TradeTalk } from './service.ts';
