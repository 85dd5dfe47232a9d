import { beforeAll, describe, expect, it } from 'vitest';
import { answer, replayHistory, type SearchIndex } from '../src/index.ts';
import { heldOutArticle, otherArticles, tempIndex } from './helpers/corpus.ts';

let index: SearchIndex;
beforeAll(async () => {
  index = await tempIndex({
    ...otherArticles(),
    'lixil.md': heldOutArticle('heldout16/articles/2013-06-28-lixil-to-buy-american-standard-from-sun-capital-for-542-million.md'),
  });
});

const askAfter = (history: string[], question: string) => answer(index, question, { history: replayHistory(index, history, {}) });
const quoted = (a: ReturnType<typeof answer>) => a.sentences.map((s) => s.text).join(' ');

describe('"he" and "she" in a follow-up', () => {
  it('reads "he" as someone the last answer named, and quotes what he said', () => {
    const a = askAfter(['who is selling american standard to lixil?', 'who runs that firm?'], 'what did he say about the deal?');
    expect(a.status).toBe('answered');
    expect(quoted(a)).toContain('considerable operational improvements');
  });
});
