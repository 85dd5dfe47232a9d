import { describe, expect, it } from 'vitest';
import { answer } from '../src/index.ts';
import { analyze } from '../src/analyze.ts';
import { TOLD_TO_COME_FACTOR } from '../src/answer.ts';
import { valuesToldAsPlanned } from '../src/compose.ts';
import { asksWhatWasDone } from '../src/outcome.ts';
import type { QueryTerm } from '../src/rank.ts';
import { article, otherArticles, tempIndex } from './helpers/corpus.ts';

/** Question terms as search reads them, each of weight 1. */
const terms = (...words: string[]): QueryTerm[] => words.map((w, position) => ({ term: analyze(w)[0]!, weight: 1, known: true, alternatives: [], position, name: false }));

describe('valuesToldAsPlanned: a figure its own clause tells as planned, forecast or possible', () => {
  it('holds for a figure under a modal or a word of intent in its clause', () => {
    const honda = 'Honda President Kiyoshi Kawashima said the plant will represent an investment of about $200 million and will produce about 10,000 cars a year.';
    expect(valuesToldAsPlanned(honda, 'count', terms('cars', 'build', 'honda'), new Set())).toBe(true);
    expect(valuesToldAsPlanned("Sumitomo Bank's plan to pay $500 million for a stake in Goldman went before the Fed.", 'quantity', terms('sumitomo', 'make', 'stake'), new Set())).toBe(true);
    expect(valuesToldAsPlanned("Brazil's output could reach 10 million metric tons of soybeans by 1980.", 'count', terms('tons', 'soybeans', 'buy'), new Set())).toBe(true);
  });

  it('does not hold for a figure told as done', () => {
    expect(valuesToldAsPlanned('The plant produced about 10,000 cars in its first full year.', 'count', terms('cars', 'build', 'honda'), new Set())).toBe(false);
  });

  it('reads the modal in the figure\'s own clause only: a plan told after a comma says nothing of a figure before it', () => {
    expect(valuesToldAsPlanned('Honda built 10,000 cars in Ohio last year, and it will add a second line.', 'count', terms('cars', 'build', 'honda'), new Set())).toBe(false);
  });

  it('does not hold when no figure stands by the question\'s words', () => {
    expect(valuesToldAsPlanned('The union said it will strike at 12 plants.', 'count', terms('cars', 'build', 'honda'), new Set())).toBe(false);
  });
});

describe('asksWhatWasDone: a question that asks what was done, in so many words', () => {
  it('reads "did" and the perfect', () => {
    expect(asksWhatWasDone('how many cars did honda build in ohio in its first full year')).toBe(true);
    expect(asksWhatWasDone('how much has honda itself spent on the takata recalls')).toBe(true);
  });

  it('does not read a present or future question, nor a past "was"', () => {
    expect(asksWhatWasDone('how much is honda spending on the plant')).toBe(false);
    expect(asksWhatWasDone('how many cars will honda build in ohio')).toBe(false);
    expect(asksWhatWasDone('what was the plan called')).toBe(false);
  });
});

describe('answer: a question about what was done, answered with a figure told as planned', () => {
  const body =
    'Ohio Motors said on Friday that its new plant in Marysville will produce about 10,000 cars a year once it is running.\n\n' +
    'The company named a former engineer to run the Marysville plant.';
  const ask = async (q: string) => {
    const index = await tempIndex({ ...otherArticles(), 'ohio.md': article({ title: 'Ohio Motors plans Marysville plant', publisher: 'Wire', date: '1980-01-14' }, body) });
    return { checked: answer(index, q, { minConfidence: 0 }), unchecked: answer(index, q, { minConfidence: 0, toldToComeFactor: 1 }) };
  };

  it('is doubted: "will produce about 10,000 cars a year" does not say how many were built', async () => {
    const { checked, unchecked } = await ask('how many cars did ohio motors build at the marysville plant?');
    expect(checked.sentences[0]?.text).toContain('10,000 cars');
    expect(TOLD_TO_COME_FACTOR).toBeLessThan(1);
    expect(checked.confidence).toBeGreaterThan(0);
    expect(checked.confidence).toBeCloseTo(unchecked.confidence * TOLD_TO_COME_FACTOR, 2);
  });

  it('is not doubted when the question asks what is to come, or what someone said would be', async () => {
    for (const q of ['how many cars will ohio motors build at the marysville plant?', 'how many cars did ohio motors say the marysville plant would build?']) {
      const { checked, unchecked } = await ask(q);
      expect(checked.sentences[0]?.text).toContain('10,000 cars');
      expect(checked.confidence).toBe(unchecked.confidence);
    }
  });
});
