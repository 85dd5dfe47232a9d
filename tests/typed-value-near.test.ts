import { describe, expect, it } from 'vitest';
import { answer } from '../src/index.ts';
import { analyze } from '../src/analyze.ts';
import { FAR_TYPED_VALUE_FACTOR } from '../src/answer.ts';
import { TYPED_VALUE_REACH, valueNearQuestion } from '../src/compose.ts';
import type { QueryTerm } from '../src/rank.ts';
import { article, otherArticles, tempIndex } from './helpers/corpus.ts';

/** Question terms as search reads them, each of weight 1. */
const terms = (...words: string[]): QueryTerm[] => words.map((w, position) => ({ term: analyze(w)[0]!, weight: 1, known: true, alternatives: [], position, name: false }));

describe('valueNearQuestion: whether a date or figure stands by the question\'s words', () => {
  it('holds for a sum beside the verb asked about, read as search reads it ("paying" is "pay")', () => {
    expect(valueNearQuestion('Bridgestone is paying $80 a share for Firestone, the companies said.', 'money', terms('pay'), new Set())).toBe(true);
  });

  it(`fails for a sum that no question word stands within ${TYPED_VALUE_REACH} words of`, () => {
    const sentence = 'Shares of Don Quijote, the first company listed on Nasdaq Japan after its launch with great fanfare in the summer, closed at 15,390 yen on Friday.';
    expect(valueNearQuestion(sentence, 'money', terms('softbank', 'invest', 'nasdaq'), new Set())).toBe(false);
  });

  it('does not take the question\'s own number for the value: "how many of the 2,300 comments backed tariffs?"', () => {
    const sentence = 'The department received 2,300 comments on the probe, officials said after a long and heated hearing in Washington last month.';
    expect(valueNearQuestion(sentence, 'count', terms('comments', 'backed', 'tariffs'), new Set(analyze('2,300')))).toBe(false);
    expect(valueNearQuestion(sentence, 'count', terms('comments', 'backed', 'tariffs'), new Set())).toBe(true);
  });
  it('places a length of time wherever holdsType finds one: the end a period runs through ("stays in effect through 1965")', () => {
    const sentence = 'The tax is to stay in effect through 1965, the Treasury said.';
    expect(valueNearQuestion(sentence, 'duration', terms('tax', 'stay', 'effect'), new Set())).toBe(true);
  });

  it('finds the one figure a question word stands by among thousands in a table-like sentence, and none when no question word does', () => {
    const sentence = `The schedule lists ${Array.from({ length: 5000 }, () => '7').join(', ')} and, last of all, Toyota sold 12 cars.`;
    expect(valueNearQuestion(sentence, 'count', terms('toyota', 'sold'), new Set())).toBe(true);
    expect(valueNearQuestion(sentence, 'count', terms('softbank', 'invest'), new Set())).toBe(false);
  });
});

describe('answer: a date or figure given beside none of the question\'s words', () => {
  const ask = async (body: string) => {
    const index = await tempIndex({ ...otherArticles(), 'nasdaq.md': article({ title: 'Nasdaq Japan listings', publisher: 'Wire', date: '2000-06-30' }, body) });
    const q = 'how much did softbank invest in nasdaq japan?';
    return { checked: answer(index, q, { minConfidence: 0 }), unchecked: answer(index, q, { minConfidence: 0, farTypedValueFactor: 1 }) };
  };

  it('is doubted: "…closed at 15,390 yen" after a long clause does not say what SoftBank invested', async () => {
    const { checked, unchecked } = await ask('Shares of Don Quijote, the first company listed on Nasdaq Japan after its launch with great fanfare in the summer, closed at 15,390 yen on Friday.');
    expect(checked.sentences[0]?.text).toContain('15,390 yen');
    expect(FAR_TYPED_VALUE_FACTOR).toBeLessThan(1);
    expect(checked.confidence).toBeGreaterThan(0);
    expect(checked.confidence).toBeCloseTo(unchecked.confidence * FAR_TYPED_VALUE_FACTOR, 2);
  });

  it('is not doubted when the figure stands by the question\'s words', async () => {
    const { checked, unchecked } = await ask('SoftBank will invest 5 billion yen in Nasdaq Japan, the first company listed there said after its launch with great fanfare in the summer.');
    expect(checked.sentences[0]?.text).toContain('5 billion yen');
    expect(checked.confidence).toBe(unchecked.confidence);
  });

  it('rejects a factor over 1, naming the option', async () => {
    const index = await tempIndex({ ...otherArticles() });
    expect(() => answer(index, 'how much did softbank invest?', { farTypedValueFactor: 2 })).toThrow(/farTypedValueFactor/);
  });
});
