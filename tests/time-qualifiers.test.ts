import { describe, expect, it } from 'vitest';
import { answer } from '../src/index.ts';
import { CONFLICTING_TIME_FACTOR } from '../src/answer.ts';
import { askedTimes, atAnotherTime } from '../src/timeQualifiers.ts';
import { article, otherArticles, tempIndex } from './helpers/corpus.ts';

describe('askedTimes: the month or weekday a question puts its own event at', () => {
  it('reads a month, with its year, and a day of the week after a preposition of time', () => {
    const october = askedTimes('how many vehicles did toyota sell in the us in october 2025');
    expect([...(october.get('month') ?? [])]).toEqual(['10']);
    expect([...(october.get('year') ?? [])]).toEqual(['2025']);
    expect([...(askedTimes('where did mca stock close on monday').get('weekday') ?? [])]).toEqual(['monday']);
    expect([...(askedTimes('what did trump get up to on the sunday he landed in japan').get('weekday') ?? [])]).toEqual(['sunday']);
    expect([...(askedTimes('how long did they meet in late sept 2019').get('month') ?? [])]).toEqual(['9']);
  });

  it('does not read the time of something else, after "after", "before" or "since"', () => {
    expect(askedTimes("when's the next motegi-lighthizer round after the first ffr talks in aug 2018").size).toBe(0);
    expect(askedTimes('what retaliatory tariffs did japan put on us goods after the march 2025 steel duties').size).toBe(0);
    expect(askedTimes('before sept 2022 when was the last time japan bought yen').size).toBe(0);
    expect([...(askedTimes('where did mca stock close on monday after the deal came out').get('weekday') ?? [])]).toEqual(['monday']);
  });

  it('reads "may" and "mar" as months only beside a day or a year', () => {
    expect(askedTimes('what did the us say in may').has('month')).toBe(false);
    expect([...(askedTimes('what did japan offer in may 2025').get('month') ?? [])]).toEqual(['5']);
  });
});

describe('atAnotherTime: a sentence that puts its event at another month or weekday than the one asked', () => {
  it('finds a figure told for another month, and a close on another day', () => {
    const october = askedTimes('how many vehicles did toyota sell in the us in october 2025');
    const projected = 'The tariff estimate is up from the 1.4 trillion yen Toyota projected in August, when it cut its outlook and said the U.S. levies had already taken a large bite out of its earnings.';
    expect(atAnotherTime(october, projected, '2025-11-05')).toBe(true);
    const monday = askedTimes('where did mca stock close on monday after the deal came out');
    expect(atAnotherTime(monday, 'Firestone shares soared $15.25 to close at $77.75 on the New York Stock Exchange on Friday.', '1988-03-18')).toBe(true);
    expect(atAnotherTime(askedTimes('what did trump get up to on the sunday he landed in japan'), 'On Saturday, shortly after landing, Trump told Japanese business leaders that Japan "has had a substantial edge for many, many years."', '2019-05-27')).toBe(true);
  });

  it('reads "Mar." with its dot as March in news, as "Sept." is read as September', () => {
    const june = askedTimes('what did toyota report in june 2025');
    expect(atAnotherTime(june, 'Toyota last reported a loss in Sept.', '2025-07-02')).toBe(true);
    expect(atAnotherTime(june, 'Toyota last reported a loss in Mar.', '2025-07-02')).toBe(true);
    expect(atAnotherTime(june, 'Toyota said it would report as it did in Mar-a-Lago talks.', '2025-07-02')).toBe(false);
  });

  it('does not doubt a sentence that names the time asked too, or names no time', () => {
    const monday = askedTimes('where did mca stock close on monday');
    expect(atAnotherTime(monday, 'MCA shares, which had closed at $64 on Friday, rose $7.50 to $71.50 on Monday.', '1990-11-27')).toBe(false);
    expect(atAnotherTime(monday, 'MCA shares rose $7.50 to close at $71.50.', '1990-11-27')).toBe(false);
  });

  it('does not doubt another month named in an article written in the month asked: it is background to that month\'s news', () => {
    const july = askedTimes('what tariff rate did the us and japan settle on in july 2025');
    const replaces = 'The 15 percent rate replaces the 25 percent levy Trump had threatened to impose on Japanese goods from Aug. 1 and the 24 percent rate he announced in April.';
    expect(atAnotherTime(july, replaces, '2025-07-23')).toBe(false);
    expect(atAnotherTime(july, replaces, '2025-09-05')).toBe(true);
  });

  it('does not compare years: a sentence about the time asked often dates a figure by its year', () => {
    const asked = askedTimes('which japanese companies did ishiba point to for new us factories in 2025');
    expect(atAnotherTime(asked, "Japan's direct investment in the United States stood at $783.3 billion in 2023, the largest of any country.", '2025-02-08')).toBe(false);
  });
});

describe('answer: a quote that tells of another day than the one asked', () => {
  const friday = 'MCA stock closed at $64.00 on the New York Stock Exchange on Friday, before the Matsushita deal was announced.';
  const after = 'After the deal was announced, MCA stock closed at $71.50 on the New York Stock Exchange.';
  const question = 'where did mca stock close on monday';
  const ask = async (body: string, conflictingTimeFactor?: number) =>
    answer(await tempIndex({ ...otherArticles(), 'mca.md': article({ title: 'Matsushita to buy MCA', publisher: 'Wire', date: '1990-11-27' }, body) }), question, {
      minConfidence: 0,
      ...(conflictingTimeFactor === undefined ? {} : { conflictingTimeFactor }),
    });

  it('doubts a lead that puts its figure on another day', async () => {
    const doubted = await ask(friday);
    expect(doubted.text).toContain('on Friday');
    const undoubted = (await ask(friday, 1)).confidence;
    expect(doubted.confidence).toBeLessThan(undoubted);
    expect(doubted.confidence).toBeCloseTo(undoubted * CONFLICTING_TIME_FACTOR, 2);
  });

  it('passes over that sentence for one as good that tells of no other day, and does not doubt it', async () => {
    const both = await ask(`${friday}\n\n${after}`);
    expect(both.sentences[0]?.text).toBe(after);
    expect(both.text).not.toContain('on Friday');
    expect(both.confidence).toBe((await ask(`${friday}\n\n${after}`, 1)).confidence);
  });
});
