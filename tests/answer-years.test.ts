import { beforeAll, describe, expect, it } from 'vitest';
import { answer, type SearchIndex } from '../src/index.ts';
import { article, otherArticles, realIndex, tempIndex } from './helpers/corpus.ts';

let index: SearchIndex;
beforeAll(async () => {
  index = await realIndex();
});

describe('answer: years after the newest article (June 4, 2019)', () => {
  it('answers a question naming a later year when it is worded about the future, from what the articles expected', () => {
    const a = answer(index, 'Will Japan and the US hold working-level trade talks in 2020?');
    expect(a.status).toBe('answered');
    expect(a.text).not.toContain('My newest article');
    expect(a.citations[0]?.date).toBe('2019-06-04');
  });

  it('answers a question about a plan for a later year ("targets for 2030"): the article states the plan', async () => {
    const small = await tempIndex({
      ...otherArticles(),
      'honda.md': article({ title: 'Honda plant', publisher: 'Wire', date: '2022-08-29' }, 'Honda aims to sell 2 million electric vehicles a year by 2030, and its ev targets include 30 models.'),
    });
    const a = answer(small, "what are honda's ev targets for 2030?");
    expect(a.status).toBe('answered');
    expect(a.text).not.toContain('My newest article');
    const later = answer(small, 'how many electric vehicles did honda sell in 2030?');
    expect(later.status).toBe('no_answer');
    expect(later.text).toContain('August 29, 2022');
  });

  it('still says what it cannot know when a later year "for" is asked of as past ("what was the deficit for 2020?")', () => {
    for (const q of ['what was the us trade deficit with japan for 2020?', "what was japan's tariff for beef in 2021?"]) {
      const a = answer(index, q);
      expect(a.status, q).toBe('no_answer');
      expect(a.text, q).toContain('My newest article is from June 4, 2019');
    }
  });
});
