import { describe, expect, it } from 'vitest';
import { answer } from '../src/index.ts';
import { article, otherArticles, tempIndex } from './helpers/corpus.ts';

describe('a "why" question stressed with a degree adverb', () => {
  it('is not answered with a sentence that only shares the adverb: "why did the yen strengthen so hard" / "hit hard"', async () => {
    const index = await tempIndex({
      ...otherArticles(),
      'yen.md': article(
        { title: 'Japan stocks rebound after record rout', publisher: 'Wire', date: '2024-08-06' },
        [
          'The data fed bets on faster and deeper Fed cuts, and the yen strengthened to around 142 per dollar on Monday, its strongest in seven months.',
          '',
          'Exporters were hit hard by the stronger currency, and the Nikkei average fell 12 percent on Monday in its worst day since 1987.',
        ].join('\n'),
      ),
    });
    const a = answer(index, 'why did the yen strengthen so hard');
    expect(a.sentences[0]?.text).toContain('faster and deeper Fed cuts');
    expect(a.sentences.map((s) => s.text).join(' ')).not.toContain('hit hard');
  });
});
