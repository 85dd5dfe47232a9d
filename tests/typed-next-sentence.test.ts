import { describe, expect, it } from 'vitest';
import { answer } from '../src/index.ts';
import { article, otherArticles, tempIndex } from './helpers/corpus.ts';

describe('the particulars after a lead that lacks the sort of answer asked for', () => {
  it('quotes the sentence after the lead that names the city asked for, though it shares no word with the question', async () => {
    const index = await tempIndex({
      ...otherArticles(),
      'whaling.md': article(
        { title: 'Japan accepts whaling compromise with U.S.', publisher: 'Wire', date: '1984-11-14' },
        'Japan formally accepted on Tuesday a compromise with the United States that lets its whalers keep hunting sperm whales for two more seasons. The deal set off protests abroad last month. In Copenhagen, activists draped a Japanese flag at the feet of the Little Mermaid statue in the harbor.',
      ),
    });
    const a = answer(index, 'which cities saw protests over the whaling deal');
    expect(a.sentences.map((s) => s.text).join(' ')).toContain('In Copenhagen');
  });

  it('does not add the next sentence when the lead already gives the sort asked for', async () => {
    const index = await tempIndex({
      ...otherArticles(),
      'whaling.md': article(
        { title: 'Japan accepts whaling compromise with U.S.', publisher: 'Wire', date: '1984-11-14' },
        'Protests against the whaling deal were held in Bonn and Paris last month. In Copenhagen, activists draped a Japanese flag at the feet of the Little Mermaid statue in the harbor.',
      ),
    });
    const a = answer(index, 'which city saw protests over the whaling deal');
    expect(a.sentences.map((s) => s.text).join(' ')).not.toContain('In Copenhagen');
  });
});
