import { describe, expect, it } from 'vitest';
import { answer } from '../src/index.ts';
import { analyze } from '../src/analyze.ts';
import { TOLD_TO_COME_FACTOR } from '../src/answer.ts';
import { asksAboutPlan, toldAsToCome, writtenInPast } from '../src/outcome.ts';
import { article, otherArticles, tempIndex } from './helpers/corpus.ts';

/** `toldAsToCome` with the given question words, read as search reads them. */
const toCome = (sentence: string, ...words: string[]) => {
  const asked = new Set(words.flatMap((w) => analyze(w)));
  return toldAsToCome(sentence, (text) => analyze(text).some((k) => asked.has(k)), asked);
};

describe('toldAsToCome: a sentence that tells what the question asks about as still to come', () => {
  it('finds an event due, expected or put off to a later day', () => {
    expect(toCome('The company is due to report results for the April-June quarter on Wednesday.', 'report', 'results')).toBe(true);
    expect(toCome('A decision from the health ministry is expected later this year.', 'health', 'ministry', 'approve')).toBe(true);
    expect(toCome('Upper house debate could start as early as Friday.', 'upper', 'house', 'approval')).toBe(true);
    expect(toCome('He said Trump would sign the proclamation implementing the deal next week.', 'sign', 'proclamation')).toBe(true);
  });

  it('finds a denial that it has happened yet', () => {
    expect(toCome('The talks could have begun in January, but no first round has been held yet.', 'hold', 'first', 'round')).toBe(true);
    expect(toCome('The panel has yet to rule on the lawsuit.', 'rule', 'lawsuit')).toBe(true);
  });

  it('needs a word of the question beside the phrase: another event to come says nothing of the one asked about', () => {
    const sentence = 'Toyota raised its forecast on Friday, and the chairman of its supplier group is due to retire at the end of a long career in the industry.';
    expect(toCome(sentence, 'forecast', 'raise')).toBe(false);
  });

  it('does not take a plain modal for something to come: news tells agreed terms and reported speech in them', () => {
    expect(toCome('Japan will cut its tariff on American beef to 9 percent.', 'cut', 'tariff', 'beef')).toBe(false);
    expect(toCome('ANA said it would buy up to 30 jets.', 'buy', 'jets')).toBe(false);
  });

  it('does not hold when the sentence tells the verb asked about done, though something else is to come', () => {
    const sentence = 'The two leaders said they had agreed in principle on the core of a trade deal, which they hope to sign next month.';
    expect(toCome(sentence, 'agree', 'deal')).toBe(false);
  });
});

describe('asksAboutPlan: a question about a plan or an expectation', () => {
  it('reads words of planning, intending and weighing', () => {
    expect(asksAboutPlan('when was trump planning to roll out the reciprocal tariffs')).toBe(true);
    expect(asksAboutPlan('how big are the extra car tariffs the admin was still mulling')).toBe(true);
    expect(asksAboutPlan('when were the fees first meant to start')).toBe(true);
  });

  it('does not read a question about what happened', () => {
    expect(asksAboutPlan('what did nintendo actually report for april-june 2016')).toBe(false);
    expect(asksAboutPlan('when did the upper house approve the tpp')).toBe(false);
  });
});

describe('writtenInPast: a question in the simple past, without an auxiliary', () => {
  it('reads a past form of a verb, irregular or regular', () => {
    expect(writtenInPast("what came out of akazawa's 4th round on may 30")).toBe(true);
    expect(writtenInPast('who won the 92 us open at pebble')).toBe(true);
    expect(writtenInPast('which banks lent toshiba the money')).toBe(true);
  });

  it('does not take a participle after "is", "has", "be" or an article for the past tense', () => {
    expect(writtenInPast('what is the proposed tariff on japanese cars')).toBe(false);
    expect(writtenInPast("what's the tariff that has been imposed on japanese cars")).toBe(false);
    expect(writtenInPast('when will the tariff be lifted')).toBe(false);
    expect(writtenInPast('who runs toshiba')).toBe(false);
  });
});

describe('answer: a past question whose lead tells the thing asked about as still to come', () => {
  const body =
    'Kyoto Games is due to report results for the April-June quarter on Wednesday, and analysts expect a loss.\n\n' +
    'Its shares fell on Monday after it warned that a craze for a new mobile game would do little for its own profits.';
  const ask = async (q: string) => {
    const index = await tempIndex({ ...otherArticles(), 'games.md': article({ title: 'Kyoto Games shares fall', publisher: 'Wire', date: '2016-07-25' }, body) });
    return { checked: answer(index, q, { minConfidence: 0 }), unchecked: answer(index, q, { minConfidence: 0, toldToComeFactor: 1 }) };
  };

  it('is doubted: "is due to report results" does not say what was reported', async () => {
    const { checked, unchecked } = await ask('what results did kyoto games report for the april-june quarter?');
    expect(checked.sentences[0]?.text).toContain('is due to report');
    expect(TOLD_TO_COME_FACTOR).toBeLessThan(1);
    expect(checked.confidence).toBeGreaterThan(0);
    expect(checked.confidence).toBeCloseTo(unchecked.confidence * TOLD_TO_COME_FACTOR, 2);
  });

  it('is doubted for a question in the simple past too: "what results came out…"', async () => {
    const { checked, unchecked } = await ask('what results came out for kyoto games in the april-june quarter?');
    expect(checked.sentences[0]?.text).toContain('is due to report');
    expect(checked.confidence).toBeGreaterThan(0);
    expect(checked.confidence).toBeCloseTo(unchecked.confidence * TOLD_TO_COME_FACTOR, 2);
  });

  it('is not doubted when the question asks what is to come', async () => {
    const { checked, unchecked } = await ask('when will kyoto games report results for the april-june quarter?');
    expect(checked.sentences[0]?.text).toContain('is due to report');
    expect(checked.confidence).toBe(unchecked.confidence);
  });

  it('rejects a factor over 1, naming the option', async () => {
    const index = await tempIndex({ ...otherArticles() });
    expect(() => answer(index, 'what did nintendo report?', { toldToComeFactor: 2 })).toThrow(/toldToComeFactor/);
  });
});
