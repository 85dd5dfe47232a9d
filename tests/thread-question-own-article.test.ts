import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answer, replayHistory, type SearchIndex } from '../src/index.ts';
import { CONVERSATION_READING_SHARE, FOLLOW_UP_CONFIDENCE, UNSURE_CONFIDENCE } from '../src/answer.ts';
import { CORPUS_DIR, heldOutArticle, tempIndex } from './helpers/corpus.ts';

/** The seed articles and the 2017–2023 held-out set's, as that set is scored: a thread about Takata beside one about Berkshire. */
let index: SearchIndex;
beforeAll(async () => {
  const dir = resolve(import.meta.dirname, '../eval/heldout12/articles');
  const seed = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.md'));
  index = await tempIndex({
    ...Object.fromEntries(seed.map((f) => [f, heldOutArticle(`../corpus/${f}`)])),
    ...Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => [f, heldOutArticle(`heldout12/articles/${f}`)])),
  });
});

const askIn = (questions: string[]) => answer(index, questions.at(-1)!, { history: replayHistory(index, questions.slice(0, -1)) });
const quoted = (a: { sentences: readonly { text: string }[] }) => a.sentences.map((s) => s.text).join(' ');

describe('a thread question that names nothing of its own', () => {
  it('is answered from the deal the thread is about, not from another article that announced a deal ("when was the deal announced?")', () => {
    const question = 'when was the deal announced?';
    // Alone it is fairly sure of Berkshire's announcement, another deal the thread never quoted.
    const alone = answer(index, question);
    expect(alone.status).toBe('answered');
    expect(alone.confidence).toBeGreaterThanOrEqual(UNSURE_CONFIDENCE);
    expect(alone.confidence).toBeLessThan(FOLLOW_UP_CONFIDENCE);
    expect(quoted(alone)).not.toContain('Jan. 13');
    // After questions about Takata's plea deal it asks about that deal.
    const a = askIn(['did takata admit to anything in the us airbag case?', 'how much did it agree to pay?', question]);
    expect(a.status).toBe('answered');
    expect(quoted(a)).toContain('Under a plea agreement announced on Jan. 13');
    expect(a.confidence).toBeGreaterThan(alone.confidence * CONVERSATION_READING_SHARE);
  });

  it('is not read with the conversation when it names something of its own ("when did berkshire announce its stakes?")', () => {
    const question = 'when did berkshire announce its stakes?';
    const alone = answer(index, question);
    const a = askIn(['did takata admit to anything in the us airbag case?', 'how much did it agree to pay?', question]);
    expect(quoted(a)).toBe(quoted(alone));
    expect(a.confidence).toBe(alone.confidence);
  });
});
