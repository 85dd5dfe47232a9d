import { describe, expect, it } from 'vitest';
import { answer } from '../src/index.ts';
import { UNTOLD_REPEAT_FACTOR } from '../src/answer.ts';
import { asksRepeat, tellsRepeat } from '../src/outcome.ts';
import { article, otherArticles, tempIndex } from './helpers/corpus.ts';

describe('asksRepeat: a question about something happening again', () => {
  it('reads "again", "resume", "come back" and "go back"', () => {
    expect(asksRepeat('when did biden and suga meet again after the april 2021 summit')).toBe(true);
    expect(asksRepeat('when will japan start buying western white wheat again')).toBe(true);
    expect(asksRepeat('when did japan go back to commercial whaling')).toBe(true);
    expect(asksRepeat('when did ebay come back into the japanese market')).toBe(true);
    expect(asksRepeat('when did the talks resume')).toBe(true);
  });

  it('does not read a time ("back in may") or carrying home ("bring back") as a repeat', () => {
    expect(asksRepeat("who's the deputy ustr who admitted there was a big gap back in may")).toBe(false);
    expect(asksRepeat('what did the fleet bring back')).toBe(false);
    expect(asksRepeat('when did biden and suga meet')).toBe(false);
  });

  it('does not read a question-final "again" after "was" or "is" as a repeat: it asks to be reminded', () => {
    expect(asksRepeat('when was the phase one deal signed again?')).toBe(false);
    expect(asksRepeat("what's the beef tariff again")).toBe(false);
    expect(asksRepeat('who is the trade minister again?')).toBe(false);
    expect(asksRepeat('when did biden and suga meet again?')).toBe(true);
    expect(asksRepeat('when was the plant opened again after the strike?')).toBe(true);
    expect(asksRepeat('when were the talks resumed again?')).toBe(true);
  });

  it('does not read "against" as "again": the word must end there', () => {
    expect(asksRepeat('when did the european currencies start floating jointly against the dollar')).toBe(false);
    expect(asksRepeat('when did japan file a wto case against us steel tariffs')).toBe(false);
  });
});

describe('tellsRepeat: a sentence that tells a repeat', () => {
  it('finds "again", a return, a resumption, a verb of doing anew', () => {
    expect(tellsRepeat('Pence and Aso will meet again this year.')).toBe(true);
    expect(tellsRepeat('He was expected to return to Washington on May 30 for a fourth round.')).toBe(true);
    expect(tellsRepeat('Japan resumed imports of western white wheat on July 30.')).toBe(true);
    expect(tellsRepeat('The plant reopened in 2010 to build electric cars.')).toBe(true);
  });

  it('does not take an exchange, a delay or a place for a repeat', () => {
    expect(tellsRepeat('Its whalers keep hunting for two more seasons in return for a pledge to end commercial whaling in 1988.')).toBe(false);
    expect(tellsRepeat('The summit had been planned for around April 9 but was moved back by a week.')).toBe(false);
    expect(tellsRepeat('Japan stopped buying western white wheat on Thursday.')).toBe(false);
  });

  it('does not take "against" for "again"', () => {
    expect(tellsRepeat('Japan voted against the whaling moratorium in 1982.')).toBe(false);
  });

  it('does not take the noun "return" for coming back: a yield, a tax form', () => {
    expect(tellsRepeat('Japanese investors chased higher returns overseas after the Bank of Japan cut rates.')).toBe(false);
    expect(tellsRepeat('The fund targets a return on investment of 8 percent a year.')).toBe(false);
    expect(tellsRepeat('Japanese companies must file their tax returns by the end of March.')).toBe(false);
    expect(tellsRepeat('Motegi returns to Washington next week for another round.')).toBe(true);
    expect(tellsRepeat('They will return to the table in June.')).toBe(true);
  });

  it('does not take "renewable" for a renewal', () => {
    expect(tellsRepeat('SoftBank plans to build renewable energy plants in the United States.')).toBe(false);
    expect(tellsRepeat('The two sides renewed the agreement in 2010.')).toBe(true);
  });
});

describe('tellsRepeat for a repeat that happened: a prospect is none', () => {
  it('does not count a repeat told after a modal or "to" when the question asks what was done', () => {
    const prospect = '"We may come back to Japan sometime when factors are a little more in our favor," Mr. Pursglove said.';
    expect(tellsRepeat(prospect)).toBe(true);
    expect(tellsRepeat(prospect, true)).toBe(false);
    expect(tellsRepeat('The company plans to return to the Japanese market next year.', true)).toBe(false);
    expect(tellsRepeat('EBay came back to Japan in 2007 through a tie-up with Yahoo Japan.', true)).toBe(true);
    expect(tellsRepeat('Japan resumed imports, and will resume more next year.', true)).toBe(true);
  });

  it('counts a repeat after "to" and a place: "flew to Washington again" is no infinitive', () => {
    expect(tellsRepeat('Abe flew to Washington again in April for a second summit.', true)).toBe(true);
    expect(tellsRepeat('Motegi flew to Tokyo again on Friday, a week after the last round.', true)).toBe(true);
    expect(tellsRepeat('The two sides agreed to try to meet again before the summit.', true)).toBe(false);
  });
});

describe('answer: when something happened again', () => {
  const stopped = 'Japan stopped buying western white wheat from the United States on Thursday after a genetically engineered strain was found in Oregon.';
  const resumed = 'Japan resumed buying western white wheat from the United States on July 30, after tests found no trace of the strain.';
  const question = 'when did japan start buying western white wheat again?';
  const ask = async (body: string, untoldRepeatFactor?: number) =>
    answer(await tempIndex({ ...otherArticles(), 'wheat.md': article({ title: 'Japan and US wheat', publisher: 'Wire', date: '2013-05-31' }, body) }), question, {
      minConfidence: 0,
      ...(untoldRepeatFactor === undefined ? {} : { untoldRepeatFactor }),
    });

  it('doubts quotes that tell the thing once: they give the time of another occurrence', async () => {
    const doubted = await ask(stopped);
    expect(doubted.text).toContain('stopped buying');
    const undoubted = (await ask(stopped, 1)).confidence;
    expect(doubted.confidence).toBeLessThan(undoubted / 2);
    expect(doubted.confidence).toBeCloseTo(undoubted * UNTOLD_REPEAT_FACTOR, 2);
  });

  it('doubts a quote that tells the repeat only as a prospect, when the question asks what was done', async () => {
    const prospect = 'Japan stopped buying western white wheat from the United States on Thursday, and officials said it could start buying again once tests were done.';
    const doubted = await ask(prospect);
    expect(doubted.confidence).toBeCloseTo((await ask(prospect, 1)).confidence * UNTOLD_REPEAT_FACTOR, 2);
  });

  it('does not doubt a quote that tells the repeat', async () => {
    const told = await ask(resumed);
    expect(told.text).toContain('July 30');
    expect(told.confidence).toBe((await ask(resumed, 1)).confidence);
  });
});
