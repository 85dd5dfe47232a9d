import { beforeAll, describe, expect, it } from 'vitest';
import { answer, replayHistory, type SearchIndex } from '../src/index.ts';
import { heldOutArticle, otherArticles, tempIndex } from './helpers/corpus.ts';


let index: SearchIndex;
beforeAll(async () => {
  index = await tempIndex({
    ...otherArticles(),
    'toys.md': heldOutArticle('heldout18/articles/1991-12-23-toys-r-us-draws-record-crowds-at-first-japan-store.md'),
  });
});

describe('a follow-up asking for a figure the last question did not ask for', () => {
  it('is not answered by the sentences just shown, which answered whether, when another gives the figure', () => {
    const a = answer(index, 'how many eventually?', { history: replayHistory(index, ['does toys r us want more stores in japan?'], {}) });
    expect(a.status).toBe('answered');
    expect(a.sentences.map((s) => s.text).join(' ')).toContain('100 stores');
  });
});
