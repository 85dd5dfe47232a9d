import { describe, expect, it } from 'vitest';
import { answer } from '../src/index.ts';
import { OTHER_THING_FACTOR } from '../src/answer.ts';
import { givesMove, givesShare, givesUnitPrice, priceMoveAsked, questionType, rateAsked, unitPriceAsked } from '../src/answerTypes.ts';
import { countsAlike, countsOtherThing, nounAfterFigure } from '../src/countedValues.ts';
import { article, otherArticles, tempIndex } from './helpers/corpus.ts';

/** The noun after the first occurrence of `figure` in the sentence. */
const nounAfter = (sentence: string, figure: string) => {
  const start = sentence.indexOf(figure);
  return nounAfterFigure(sentence, start, start + figure.length);
};

const MACHINES = 'Between 1982 and 1984 it sold the Soviet Union eight computer-controlled milling machines able to make ultra-quiet submarine propellers.';

describe('nounAfterFigure: what a figure counts, as news writes it after the number', () => {
  it('is the head of the noun phrase after it, past participles that modify it and up to the verb', () => {
    expect(nounAfter(MACHINES, 'eight')).toBe('machines');
    expect(nounAfter('The hearing at which more than 40 witnesses testified ran late.', '40')).toBe('witnesses');
  });

  it('is the last word of a compound, money after a currency sign, and none when no noun is written', () => {
    expect(nounAfter('The 202-acre site sits on landfill.', '202')).toBe('acre');
    expect(nounAfter('It launched a $25-a-share cash tender offer.', '25')).toBe('money');
    expect(nounAfter('Attendance rose to 17,000.', '17,000')).toBe('');
  });

  it('reads a number set off after a name as an age', () => {
    expect(nounAfter('He will be replaced by Ryoji Chubachi, 57, an executive deputy president.', '57')).toBe('years');
  });
});

describe('countsAlike: whether a figure\'s noun may count what the question counts', () => {
  it('ties the same thing under WordNet synonyms and units, and people under any name', () => {
    expect(countsAlike('subs', 'submarines')).toBe(true);
    expect(countsAlike('tons', 'tonnes')).toBe(true);
    expect(countsAlike('people', 'jobs')).toBe(true);
    expect(countsAlike('holders', 'members')).toBe(true);
  });

  it('takes occasions and shares as counting no thing of their own', () => {
    expect(countsAlike('trips', 'times')).toBe(true);
    expect(countsAlike('vehicles', 'percent')).toBe(true);
  });

  it('tells another thing apart', () => {
    expect(countsAlike('subs', 'machines')).toBe(false);
  });
});

describe('countsOtherThing: whether every figure of a sentence counts another thing', () => {
  it('holds for machines when submarines are counted, leaving out the years', () => {
    expect(countsOtherThing(MACHINES, 'subs')).toBe(true);
  });

  it('holds for a sentence whose only numbers are dates and ages, which count nothing', () => {
    expect(countsOtherThing('Costco opened its first warehouse in Seattle in September 1983.', 'warehouses')).toBe(true);
    expect(countsOtherThing('Ando will be replaced by Ryoji Chubachi, 57, who will run the business worldwide.', 'warehouses')).toBe(true);
  });

  it('fails for units and for a model or brand named after the figure, which may be the thing asked', () => {
    expect(countsOtherThing('Honda recalled 1.2 million units.', 'cars')).toBe(false);
    expect(countsOtherThing('Nissan sold 400,000 Leafs worldwide.', 'cars')).toBe(false);
    expect(countsOtherThing('Japan bought 12 Boeing jets.', 'submarines')).toBe(true);
  });

  it('fails when a figure counts the thing asked, or names none', () => {
    expect(countsOtherThing('More than 40 witnesses testified.', 'witnesses')).toBe(false);
    expect(countsOtherThing('Attendance rose to 17,000 on the first day, from eight machines.', 'shoppers')).toBe(false);
  });

  it('fails when an ordinal of a series gives the count of times asked ("their fifth round"), whatever else the sentence counts', () => {
    expect(countsOtherThing('It was their fifth round of golf together, and the 18 holes took four hours.', 'times')).toBe(false);
  });

  it('fails when an ordinal of a series is of the thing counted ("his 7th trip"), and holds when it is of another', () => {
    expect(countsOtherThing('Akazawa, on his 7th trip to Washington, met three officials.', 'trips')).toBe(false);
    expect(countsOtherThing('Akazawa, on his 7th trip to Washington, met three officials.', 'cars')).toBe(true);
  });

  it('holds for an ordinal of a time of year or of a ranking, or "for the second time", which counts no times of the thing asked', () => {
    expect(countsOtherThing('Talks ended on the third day, with 300 trucks sold.', 'times')).toBe(true);
    expect(countsOtherThing("Toyota, Japan's second-largest maker, sold 300 trucks.", 'times')).toBe(true);
    expect(countsOtherThing('For the second time, Toyota sold 300 trucks.', 'cars')).toBe(true);
  });
});

describe('rateAsked and priceMoveAsked: questions whose figure has its own form', () => {
  it('reads a rate, a margin or a share asked for, not shares in the plural', () => {
    expect(rateAsked('what interest rate will daikin pay on the bonds for the goodman deal')).toBe(true);
    expect(rateAsked("what's japan's market share")).toBe(true);
    expect(rateAsked('what shares did it buy')).toBe(false);
    expect(rateAsked('how much did daikin pay')).toBe(false);
  });

  it('takes no exchange rate for a share of a whole: it is a price ("110 yen to the dollar")', () => {
    expect(rateAsked('what was the exchange rate?')).toBe(false);
    expect(rateAsked('what dollar-yen rate did the boj see as too weak?')).toBe(false);
    expect(rateAsked('what interest rate will daikin pay on the yen bonds')).toBe(true);
  });

  it('reads how much a share price or an index moved', () => {
    expect(priceMoveAsked('how much did lixil shares move on the american standard news')).toBe(true);
    expect(priceMoveAsked('how much did the tokyo stock market climb the day after')).toBe(true);
    expect(priceMoveAsked('how much did lixil pay for american standard')).toBe(false);
  });

  it('takes no market of goods for a stock market: "how much did the export market add to gdp"', () => {
    expect(priceMoveAsked('how much did the export market add to gdp?')).toBe(false);
    expect(priceMoveAsked('how much did the market fall after the tariff news?')).toBe(true);
  });

  it('takes a percent or a fraction as a share, and a percent, points or an unscaled price as a move', () => {
    expect(givesShare('The bonds carry a coupon of 0.5%.')).toBe(true);
    expect(givesShare('It will sell bonds worth about 50 billion yen.')).toBe(false);
    expect(givesMove('The stock closed at 5,843 yen.')).toBe(true);
    expect(givesMove('The index rose 300 points.')).toBe(true);
    expect(givesMove('The price, equal to about 53.1 billion yen, includes about $200 million in debt.')).toBe(false);
  });
});

describe('unitPriceAsked: the price of one thing', () => {
  it('reads "how much is a…", "how much does a… cost", "what will a… cost"', () => {
    expect(unitPriceAsked('how much is a costco japan membership per yr')).toBe(true);
    expect(unitPriceAsked('how much does a one-day ticket to tokyo disneyland cost')).toBe(true);
    expect(unitPriceAsked('what will a ploom device cost in the us')).toBe(true);
    expect(unitPriceAsked('how much is each putting into the fund?')).toBe(false);
    expect(unitPriceAsked('how much did toyota invest in the plant?')).toBe(false);
  });

  it('is not what a buyer or a builder paid: "how much did a consortium pay…" asks a sum, not a price of one thing', () => {
    expect(unitPriceAsked('how much did a japanese consortium pay for the stake?')).toBe(false);
    expect(unitPriceAsked('what did a group of investors offer for the company?')).toBe(false);
  });

  it('is answered by a price that no "million" scales', () => {
    expect(givesUnitPrice('Members pay an annual fee of $35.')).toBe(true);
    expect(givesUnitPrice('Apples sold for about 120 yen each.')).toBe(true);
    expect(givesUnitPrice('It hopes to reach sales of $50 million to $57 million.')).toBe(false);
  });
});

describe('questionType: a participle that opens the which/what noun phrase modifies its noun', () => {
  it('asks for an amount in "what operating margin" and "what\'s the operating margin"', () => {
    expect(questionType('what operating margin does dell services make')).toBe('quantity');
    expect(questionType("what's the operating margin at dell")).toBe('quantity');
  });
});

describe('answer: figures that measure another thing than asked', () => {
  const ask = async (body: string, q: string) => {
    const index = await tempIndex({ ...otherArticles(), 'story.md': article({ title: 'Toshiba machine sales', publisher: 'Wire', date: '1987-06-20' }, body) });
    return { checked: answer(index, q, { minConfidence: 0 }), unchecked: answer(index, q, { minConfidence: 0, otherThingFactor: 1 }) };
  };

  it('is doubted for "how many subs" answered by a count of machines', async () => {
    const { checked, unchecked } = await ask(MACHINES, 'how many soviet subs got the quieter propellers?');
    expect(checked.sentences[0]?.text).toContain('eight');
    expect(OTHER_THING_FACTOR).toBeLessThan(1);
    expect(unchecked.confidence).toBeGreaterThan(0);
    expect(checked.confidence).toBeCloseTo(unchecked.confidence * OTHER_THING_FACTOR, 2);
  });

  it('is not doubted when the figure counts the thing asked', async () => {
    const { checked, unchecked } = await ask('Between 1982 and 1984 it sold the Soviet Union parts for eight submarines with ultra-quiet propellers.', 'how many soviet subs got the quieter propellers?');
    expect(checked.sentences[0]?.text).toContain('eight');
    expect(checked.confidence).toBe(unchecked.confidence);
  });

  it('is doubted for an interest rate answered by a sum of money', async () => {
    const { checked, unchecked } = await ask('Daikin will sell bonds worth about 50 billion yen to pay for the Goodman purchase, a company official said.', 'what interest rate will daikin pay on the bonds?');
    expect(checked.sentences[0]?.text).toContain('50 billion yen');
    expect(checked.confidence).toBeCloseTo(unchecked.confidence * OTHER_THING_FACTOR, 2);
  });

  it('is doubted for the price of one thing answered by a sum in millions', async () => {
    const { checked, unchecked } = await ask('The park cost Oriental Land about $1.4 billion to build, and ticket sales are expected to reach $300 million a year.', 'how much does a one-day ticket to the park cost?');
    expect(checked.sentences[0]?.text).toContain('$1.4 billion');
    expect(checked.confidence).toBeCloseTo(unchecked.confidence * OTHER_THING_FACTOR, 2);
  });

  it('rejects a factor over 1, naming the option', async () => {
    const index = await tempIndex({ ...otherArticles() });
    expect(() => answer(index, 'how many subs?', { otherThingFactor: 2 })).toThrow(/otherThingFactor/);
  });
});
