import { describe, expect, it } from 'vitest';
import { answer } from '../src/index.ts';
import { namesSeveral } from '../src/answerTypes.ts';
import { article, otherArticles, tempIndex } from './helpers/corpus.ts';

describe('answer: a question for several people, organisations or places', () => {
  it('leads with the sentence that names several banks, not one that names one person beside the question\'s company', async () => {
    const index = await tempIndex({
      ...otherArticles(),
      'terumo.md': article(
        { title: 'Terumo to buy Caridian', publisher: 'Wire', date: '2011-03-23' },
        'Terumo will pay for the purchase with cash and with money that banks are lending it, Chief Executive Yutaro Shintaku said on Wednesday. Mizuho Bank and Sumitomo Mitsui Banking are lending Terumo the money.',
      ),
    });
    const a = answer(index, 'which banks are lending terumo the money?');
    expect(a.sentences[0]?.text).toContain('Mizuho Bank and Sumitomo Mitsui Banking');
  });

  it('does not doubt an answer for giving one name where several are asked: a delegation is told by its leader', async () => {
    const index = await tempIndex({
      ...otherArticles(),
      'micron.md': article(
        { title: 'Japan backs Micron', publisher: 'Wire', date: '2023-10-03' },
        'Japan will give Micron up to 192 billion yen for its Hiroshima plant. A bipartisan delegation of U.S. senators led by Senate Majority Leader Chuck Schumer is due in China next week.',
      ),
    });
    const q = 'which us lawmakers are heading to china next week?';
    const a = answer(index, q, { minConfidence: 0 });
    expect(a.sentences[0]?.text).toContain('Chuck Schumer');
    expect(a.confidence).toBe(answer(index, q, { minConfidence: 0, missingAnswerTypeFactor: 1 }).confidence);
  });

  it('counts countries named together as several for people and organisations: exporters, buyers and allies may be countries', () => {
    expect(namesSeveral('Washington has pressed similar restraints on South Korea, Taiwan and Hong Kong, using the same threat of quotas.', 'person')).toBe(true);
    expect(namesSeveral('The restraints fell on Taiwan alone.', 'person')).toBe(false);
  });

  it('counts a state\'s places within a country for "which states", not countries', () => {
    expect(namesSeveral('For now, only apples from Washington and Oregon qualify.', 'city')).toBe(true);
    expect(namesSeveral('Before this week, only small quantities from New Zealand and from South Korea had been let in.', 'city')).toBe(false);
  });

  it('counts distinct names, not the function word opening a sentence nor one company named twice', () => {
    expect(namesSeveral('The Berkshire Hathaway deal was done by Berkshire Hathaway.', 'person')).toBe(false);
    expect(namesSeveral('The stakes are in Itochu Corp and Marubeni Corp.', 'person')).toBe(true);
  });

  it('does not count one name written twice, bare and possessive, as several', () => {
    expect(namesSeveral("IBM said the deal would lift IBM's sales in Japan.", 'person')).toBe(false);
  });
});
