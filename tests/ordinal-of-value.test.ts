import { describe, expect, it } from 'vitest';
import { answer } from '../src/index.ts';
import { UNTOLD_ORDINAL_FACTOR } from '../src/answer.ts';
import { article, otherArticles, tempIndex } from './helpers/corpus.ts';

describe('answer: the ordinal a figure question asks with belongs to the figure', () => {
  const ask = async (body: string, q: string) => {
    const index = await tempIndex({ ...otherArticles(), 'talks.md': article({ title: 'Trade talks run long', publisher: 'Wire', date: '2018-08-10' }, body) });
    return { checked: answer(index, q, { minConfidence: 0 }), unchecked: answer(index, q, { minConfidence: 0, untoldOrdinalFactor: 1 }) };
  };

  it('doubts hours of the opening session beside a sentence that only tells of a second day', async () => {
    const { checked, unchecked } = await ask(
      'The opening session of the trade talks on Thursday ran about two and a half hours. The ministers then agreed to carry the talks into a second day.',
      'how many hours did the second day of the trade talks last?',
    );
    expect(checked.sentences.map((s) => s.text).join(' ')).toContain('two and a half hours');
    expect(checked.confidence).toBeGreaterThan(0);
    expect(checked.confidence).toBeCloseTo(unchecked.confidence * UNTOLD_ORDINAL_FACTOR, 2);
  });

  it('does not doubt the figure that the sentence of the second day gives', async () => {
    const { checked, unchecked } = await ask(
      'The opening session of the trade talks on Thursday was short. The second day of the trade talks ran about three hours.',
      'how many hours did the second day of the trade talks last?',
    );
    expect(checked.sentences.map((s) => s.text).join(' ')).toContain('three hours');
    expect(checked.confidence).toBe(unchecked.confidence);
  });

  it('does not doubt a date that the sentence before the ordinal gives: news tells when, then what', async () => {
    const { checked, unchecked } = await ask(
      'Japan and the United States held trade talks in Washington on Monday. In the second round of the trade talks, the ministers discussed autos and farm goods.',
      'when did the second round of the trade talks take place?',
    );
    expect(checked.sentences.map((s) => s.text).join(' ')).toContain('on Monday');
    expect(checked.confidence).toBe(unchecked.confidence);
  });
});
