import { describe, expect, it } from 'vitest';
import { answer } from '../src/index.ts';
import { NO_REASON_CONFIDENCE, NO_REASON_NOTE, SPREAD_MATCH_CONFIDENCE, TYPED_SENTENCE_EXPONENT, UNSURE_CONFIDENCE, UNSURE_NOTE } from '../src/answer.ts';
import { article, otherArticles, tempIndex } from './helpers/corpus.ts';

/** One article whose subject and figure stand in different sentences, beside others about other things. */
const TOYOTA = article(
  { title: 'Toyota raises forecast', publisher: 'Wire', date: '2025-11-05' },
  'Toyota Motor Corp. sold more vehicles in the United States in October than a year earlier, the company said on Wednesday, helped by strong demand for hybrids. Toyota expects U.S. tariffs to cost it 1.45 trillion yen this fiscal year.',
);

describe('answer: a date or figure given in a sentence about something else', () => {
  it('doubts a figure whose sentence holds little of the question ("how many vehicles…" answered by a tariff bill)', async () => {
    const index = await tempIndex({ 'toyota.md': TOYOTA, ...otherArticles() });
    const q = 'how many vehicles did toyota sell in the united states in october?';
    const doubted = answer(index, q, { minConfidence: 0 });
    const trusted = answer(index, q, { minConfidence: 0, typedSentenceExponent: 0 });
    expect(trusted.sentences.map((s) => s.text).join(' ')).toContain('1.45 trillion yen');
    expect(doubted.confidence).toBeLessThan(trusted.confidence * 0.75);
  });

  it('trusts a figure given in the sentence that holds the question', async () => {
    const index = await tempIndex({ 'toyota.md': TOYOTA, ...otherArticles() });
    const q = 'how much will us tariffs cost toyota this fiscal year?';
    const a = answer(index, q);
    expect(a.status).toBe('answered');
    expect(a.sentences[0]?.text).toContain('1.45 trillion yen');
    expect(a.confidence).toBe(answer(index, q, { typedSentenceExponent: 0 }).confidence);
  });

  it('leaves questions that ask for no date or figure as they were', async () => {
    const index = await tempIndex({ 'toyota.md': TOYOTA, ...otherArticles() });
    const q = 'why did toyota sell more vehicles in the united states in october?';
    expect(answer(index, q, { minConfidence: 0 }).confidence).toBe(answer(index, q, { minConfidence: 0, typedSentenceExponent: 0 }).confidence);
  });

  it('trusts the byline for "when did the reporter write…": it gives the date, though no quoted sentence does', async () => {
    const index = await tempIndex({
      ...otherArticles(),
      'pork.md': article({ title: 'Pork tariff cut', publisher: 'Wire', author: 'Jane Doe', date: '2019-08-30' }, 'Japan will cut its tariff on American pork, officials said. Farmers welcomed the move.'),
    });
    const q = 'when did the reporter write about the pork tariff?';
    const a = answer(index, q);
    expect(a.status).toBe('answered');
    expect(a.text).toContain('August 30, 2019');
    expect(a.confidence).toBe(answer(index, q, { typedSentenceExponent: 0 }).confidence);
  });

  it('does not doubt a sentence for the year or month its article\'s date gives, as passage coverage does not', async () => {
    const index = await tempIndex({
      ...otherArticles(),
      'exports.md': article({ title: 'Exports', publisher: 'Wire', date: '2018-03-01' }, 'Japan exported 1.7 million vehicles to the United States, the ministry said. Officials met in Tokyo.'),
    });
    for (const q of ['how many vehicles did japan export to the united states in 2018?', 'how many vehicles did japan export to the united states in march 2018?']) {
      const a = answer(index, q);
      expect(a.sentences[0]?.text, q).toContain('1.7 million vehicles');
      expect(a.confidence, q).toBe(answer(index, q, { typedSentenceExponent: 0 }).confidence);
    }
  });

  it('gives a number, not NaN, when the best passage covers nothing but the time its date gives (minConfidence 0)', async () => {
    const index = await tempIndex({
      ...otherArticles(),
      'sales.md': article({ title: 'Sales in August 2019', publisher: 'Wire', date: '2019-08-30' }, 'Japan sold 5,000 cars to Canada, officials said.'),
    });
    const a = answer(index, 'how many in august 2019?', { minConfidence: 0 });
    expect(Number.isFinite(a.confidence)).toBe(true);
    expect(a.confidence).toBe(0);
  });

  it('does not take the question\'s own number for the one asked, written in words as in figures: "the 7 trips" is not answered by "seven trips"', async () => {
    const ask = async (body: string) =>
      answer(await tempIndex({ ...otherArticles(), 'trips.md': article({ title: 'Envoy travels', publisher: 'Wire', date: '2019-03-10' }, body) }), 'how many officials went on the 7 trips to tokyo?', { minConfidence: 0 }).confidence;
    expect(await ask('The envoy made seven trips to Tokyo last year to press Japan on farm tariffs.')).toBe(await ask('The envoy made 7 trips to Tokyo last year to press Japan on farm tariffs.'));
  });

  it('is a root by default, so that a figure in the next sentence keeps most of its weight', () => {
    expect(TYPED_SENTENCE_EXPONENT).toBeGreaterThan(0);
    expect(TYPED_SENTENCE_EXPONENT).toBeLessThan(1);
  });

  it('rejects a negative exponent, naming the option', async () => {
    const index = await tempIndex({ 'toyota.md': TOYOTA });
    expect(() => answer(index, 'how many vehicles did toyota sell?', { typedSentenceExponent: -1 })).toThrow(/typedSentenceExponent/);
  });
});

describe('answer: a "why" answer that gives no reason', () => {
  /** An article about ANA's order, with `body` its text. */
  const ana = (body: string) => tempIndex({ ...otherArticles(), 'ana.md': article({ title: 'ANA orders jets', publisher: 'Wire', date: '2019-01-30' }, body) });
  const ORDER = 'ANA Holdings said on Tuesday it would buy up to 30 Boeing 737 MAX jets for its domestic routes.';
  const WHY = 'why did ana say it would buy 30 boeing 737 max jets?';

  it('is not certain when its quotes only restate what was asked about', async () => {
    const a = answer(await ana(ORDER), WHY);
    expect(a.status).toBe('answered');
    expect(a.confidence).toBeLessThanOrEqual(NO_REASON_CONFIDENCE);
  });

  it('is given as unsure, a lead to check, with a note that says the reason is what the quotes lack', async () => {
    const a = answer(await ana(ORDER), WHY);
    expect(NO_REASON_CONFIDENCE).toBeLessThan(UNSURE_CONFIDENCE);
    expect(a.notes[0]).toBe(NO_REASON_NOTE);
    expect(a.notes).not.toContain(UNSURE_NOTE);
  });

  it('is unsure as a follow-up too: "why?" after a question is answered as unsure when its quotes give no reason', async () => {
    const index = await ana(`${ORDER} The order is worth about $3.5 billion at list prices.`);
    const a = answer(index, 'why?', { history: [{ question: 'is ana buying boeing 737 max jets?' }] });
    expect(a.status).toBe('answered');
    expect(a.confidence).toBeLessThanOrEqual(NO_REASON_CONFIDENCE);
  });

  it('declines such a "why?" follow-up at a threshold above the confidence it would give, as it declines the question asked whole', async () => {
    const index = await tempIndex({
      ...otherArticles(),
      'ana.md': article(
        { title: 'ANA orders jets', publisher: 'Wire', date: '2019-01-30' },
        'ANA Holdings said on Tuesday it would buy up to 30 Boeing 737 MAX jets for its domestic routes. The order is worth about $3.5 billion at list prices.',
      ),
    });
    const minConfidence = UNSURE_CONFIDENCE;
    expect(answer(index, 'why did ana say it would buy 30 boeing 737 max jets?', { minConfidence }).status).toBe('no_answer');
    expect(answer(index, 'why?', { history: [{ question: 'is ana buying boeing 737 max jets?' }], minConfidence }).status).toBe('no_answer');
  });

  it('may be certain when a quote gives the reason in so many words', async () => {
    const index = await ana('ANA Holdings said on Tuesday it would buy up to 30 Boeing 737 MAX jets because demand for domestic routes is growing.');
    expect(answer(index, WHY).confidence).toBeGreaterThan(SPREAD_MATCH_CONFIDENCE);
  });
});
