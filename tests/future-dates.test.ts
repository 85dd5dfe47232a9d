import { describe, expect, it } from 'vitest';
import { answer } from '../src/index.ts';
import { holdsType } from '../src/answerTypes.ts';
import { asksWhatIsToCome, withoutPastDates } from '../src/futureDates.ts';
import { article, otherArticles, tempIndex } from './helpers/corpus.ts';

describe('asksWhatIsToCome: a "when" question about what is still to come', () => {
  it('reads "will", "going to", "supposed to", "expect to", "have to" and "by when"', () => {
    for (const q of [
      'when will mhi finish liquidating mitsubishi aircraft',
      'when is the fmc going to look at the port agreement',
      "when's the hcc deal supposed to close",
      'when does lixil expect to close the american standard acquisition',
      'by when does biden have to rule on nippon steel',
    ])
      expect(asksWhatIsToCome(q), q).toBe(true);
  });

  it('reads a question in the present, which English uses for what is scheduled', () => {
    for (const q of ['when does the takeda offer for millennium run out', 'when is kishida coming?', "when's the first meeting of the new dialogue", 'when do the new jets start showing up'])
      expect(asksWhatIsToCome(q), q).toBe(true);
  });

  it('does not read a question about what happened, nor about what had been planned', () => {
    for (const q of ['when did jal go bust', 'when was the first spacejet delivery originally supposed to happen', 'when did abe say he will visit?'])
      expect(asksWhatIsToCome(q), q).toBe(false);
  });
});

describe('withoutPastDates: the dates a sentence tells as past, read against its article\'s date', () => {
  it('blanks a year before the article\'s and a bare weekday of a report, keeping every other character in place', () => {
    const sentence = 'Toshiba, which bought Westinghouse in 2006, said on Wednesday it would post a loss.';
    const out = withoutPastDates(sentence, '2017-03-31');
    expect(out).toHaveLength(sentence.length);
    expect(out).not.toContain('2006');
    expect(out).not.toContain('Wednesday');
    expect(out).toContain('Toshiba, which bought Westinghouse in ');
  });

  it('keeps a later year, a month in the months ahead, and a weekday of what is to come', () => {
    const kept = [
      ['The higher rate will apply from Aug. 1 through March 31, 2018.', '2017-07-29', 'March 31, 2018'],
      ['Lixil expects to complete the purchase in August.', '2013-06-28', 'August'],
      ['Biden has 15 days to act, a window that closes in early January.', '2024-12-24', 'January'],
      ['The commission will review the agreement on Monday.', '1997-10-18', 'Monday'],
    ] as const;
    for (const [sentence, date, value] of kept) expect(withoutPastDates(sentence, date), sentence).toContain(value);
  });

  it('reads "to" before a weekday as what is to come only when a verb follows it, as an infinitive', () => {
    expect(withoutPastDates('Kishida closed his state visit to the United States on Friday by walking through a plant.', '2024-04-13')).not.toContain('Friday');
    expect(withoutPastDates('The ministers agreed to meet again on Friday in Tokyo.', '2024-04-13')).toContain('Friday');
    expect(withoutPastDates('The next round is to be held on Monday.', '2024-04-13')).toContain('Monday');
  });

  it('blanks a month of the months before the article\'s, and "last year"', () => {
    expect(withoutPastDates('Steel Partners launched its offer in mid-May.', '2007-06-26')).not.toContain('May');
    expect(withoutPastDates('The group was renamed last year.', '2023-02-07')).not.toContain('last year');
  });
});

describe('holdsType: a deadline or a time ahead gives a date', () => {
  it('reads "in about six months", "by the end of the year" and "in the first half"', () => {
    for (const s of ['The deal is expected to close in about six months.', 'The purchase should be completed by the end of the year.', 'It expects to close the deal in the first half.'])
      expect(holdsType(s, 'date'), s).toBe(true);
  });

  it('does not read a span of time that measures something as a time ahead', () => {
    expect(holdsType('It is the first time the automaker has shut a major factory in some 70 years of making cars.', 'date')).toBe(false);
    expect(holdsType('Output rose in about two years of production.', 'date')).toBe(false);
  });
});

describe('answer: a question about what is still to come', () => {
  const body =
    'Lixil Corp. said on Friday it would close its acquisition of American Standard, whose last owner, Sun Capital, bought it in 2007. American Standard was founded in 1875 and makes toilets.\n\n' +
    'Jay Gould, who became chief executive of American Standard in January 2012, will stay on.\n\n' +
    'Lixil makes bathtubs.';
  const ask = async (q: string) => {
    const index = await tempIndex({ ...otherArticles(), 'lixil.md': article({ title: 'Lixil to buy American Standard', publisher: 'Wire', date: '2013-06-28' }, body) });
    return answer(index, q, { minConfidence: 0.31 });
  };

  it('is declined when the quotes give only dates their article tells as past', async () => {
    const a = await ask('when will lixil close the american standard acquisition?');
    expect(a.status).toBe('no_answer');
  });

  it('is answered as before when it asks what happened: those dates are its answer', async () => {
    const a = await ask('when did sun capital buy american standard?');
    expect(a.status).toBe('answered');
    expect(a.sentences[0]?.text).toContain('in 2007');
  });
});
