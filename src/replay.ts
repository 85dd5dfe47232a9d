/** Rebuilds a conversation's history from its earlier questions, when only their text was kept (the ask CLI, the dialogue eval). */
import { answer, type AnswerOptions } from './answer.ts';
import type { SearchIndex } from './searchIndex.ts';
import type { PriorTurn } from './types.ts';

/** Each earlier question answered in turn with the ones before it, so every turn carries the passages its answer quoted. */
export function replayHistory(index: SearchIndex, questions: readonly string[], options: AnswerOptions = {}): PriorTurn[] {
  const history: PriorTurn[] = [];
  for (const question of questions) {
    const a = answer(index, question, { ...options, history });
    history.push({ question, passageIds: a.citations.map((c) => c.passageId) });
  }
  return history;
}
