import { describe, expect, it } from 'vitest';
import { answer } from '../src/index.ts';
import { article, otherArticles, tempIndex } from './helpers/corpus.ts';

describe('answer: the ordinal a figure question asks with, carried by the title of the article that gives the figure', () => {
  it('does not doubt hours that an article titled for the second day gives', async () => {
    const index = await tempIndex({
      ...otherArticles(),
      'talks.md': article(
        { title: 'Second day of US-Japan trade talks ends without a deal', publisher: 'Wire', date: '2018-08-10' },
        'The trade talks in Washington ran about three hours on Friday before the ministers left without a deal.\n\nBoth sides said they would meet again in September.',
      ),
    });
    const q = 'how many hours did the second day of the trade talks last?';
    const checked = answer(index, q, { minConfidence: 0 });
    const unchecked = answer(index, q, { minConfidence: 0, untoldOrdinalFactor: 1 });
    expect(checked.sentences.map((s) => s.text).join(' ')).toContain('three hours');
    expect(checked.confidence).toBe(unchecked.confidence);
  });
});
