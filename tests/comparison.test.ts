import { describe, expect, it } from 'vitest';
import { answer } from '../src/index.ts';
import { asksComparison, comparedSides, comparedValueType, distinctValues } from '../src/comparison.ts';
import { analyze } from '../src/analyze.ts';
import { article, otherArticles, tempIndex } from './helpers/corpus.ts';

describe('a question that sets two things side by side', () => {
  it('is told by "vs", "versus", "compared with", "than", "stack up" and "before and after"', () => {
    expect(asksComparison('softbank vs saudi arabia, how much is each putting into the fund?')).toBe(true);
    expect(asksComparison('pirelli offer vs. bridgestone offer')).toBe(true);
    expect(asksComparison('how does japan\'s 15% deal compare with the rate the eu got?')).toBe(true);
    expect(asksComparison('was the final proclamation tougher than the draft?')).toBe(true);
    expect(asksComparison('how does the new mall\'s size stack up against tokyo dome')).toBe(true);
    expect(asksComparison('steel\'s stake in bull-dog before and after the pill')).toBe(true);
    expect(asksComparison('how much is softbank putting into the fund?')).toBe(false);
    expect(asksComparison('what did the us give in return for the tariff cut?')).toBe(false);
  });

  it('compares figures when it names no sort of answer, and its own figure or date when it does; not people or places', () => {
    expect(comparedValueType(undefined)).toBe('quantity');
    expect(comparedValueType('money')).toBe('money');
    expect(comparedValueType('date')).toBe('date');
    expect(comparedValueType('person')).toBeUndefined();
    expect(comparedValueType('place')).toBeUndefined();
  });

  it('counts the distinct values a sentence gives: "$25 billion" once, the same share twice once', () => {
    expect(distinctValues('SoftBank said it would put in at least $25 billion over five years, while Saudi Arabia\'s Public Investment Fund pledged up to $45 billion.', 'quantity')).toBe(2);
    expect(distinctValues('The money would come from a $100 billion technology fund.', 'quantity')).toBe(1);
    expect(distinctValues('MGM and Orix each hold 40 percent, and Kansai companies the other 20 percent.', 'quantity')).toBe(2);
    expect(distinctValues('MGM holds 40 percent and Orix 40 percent.', 'quantity')).toBe(1);
  });

  it('quotes the sentence that gives a value for each side, not only those that give a single figure', async () => {
    const index = await tempIndex({
      ...otherArticles(),
      'softbank.md': article(
        { title: "SoftBank's Son pledges $50 billion U.S. investment after meeting Trump", publisher: 'Wire', date: '2016-12-07' },
        "Son told The Wall Street Journal the money would come from a $100 billion technology fund that SoftBank is setting up with Saudi Arabia's sovereign wealth fund and other investors. SoftBank announced the fund, the SoftBank Vision Fund, in mid-October, weeks before Trump's Nov. 8 election victory.\n\nSoftBank said it would put in at least $25 billion over five years, while Saudi Arabia's Public Investment Fund pledged up to $45 billion. The fund hopes to draw other investors as well.",
      ),
    });
    const a = answer(index, "softbank vs saudi arabia, how much is each putting into son's tech fund?", { minConfidence: 0 });
    expect(a.sentences.map((x) => x.text).join(' ')).toContain('at least $25 billion');
  });

  it('also reads the passages below those it reads, for a sentence that gives a value for each side', async () => {
    const index = await tempIndex({
      ...otherArticles(),
      'softbank.md': article(
        { title: "SoftBank and Saudi Arabia set up Son's tech fund", publisher: 'Wire', date: '2016-12-07' },
        "SoftBank and Saudi Arabia are each putting money into Son's tech fund, the $100 billion SoftBank Vision Fund, which SoftBank announced in mid-October. Son said SoftBank and Saudi Arabia would be the fund's anchor investors, and that the tech fund would back companies in the United States.\n\nThe fund hopes to draw other investors as well, including Apple, Qualcomm and Foxconn, according to people familiar with the talks. Son met Trump at Trump Tower on Tuesday and later told reporters in the lobby that the meeting had gone well for both sides.\n\nSoftBank said it would put in at least $25 billion over five years, while the kingdom's Public Investment Fund pledged up to $45 billion. The rest is expected to come from other investors, who have not been named, and from borrowing by the fund itself over time.",
      ),
    });
    const question = "softbank vs saudi arabia, how much is each putting into son's tech fund?";
    const quoted = (passagesToRead: number) => answer(index, question, { minConfidence: 0, passagesToRead }).sentences.map((x) => x.text).join(' ');
    expect(quoted(1)).toContain('at least $25 billion');
  });
});

describe('the two sides of a comparison', () => {
  const isStopWord = (w: string) => analyze(w).length === 0;

  it('reads the words next to "vs" on each side, and the two sides of "A and B … differ"', () => {
    expect(comparedSides('biden vs kishida on the nippon steel deal at the april 2024 presser?', isStopWord)).toEqual([['biden'], ['kishida']]);
    expect(comparedSides('in the first ffr round what was washington after vs what tokyo wanted', isStopWord)).toEqual([['washington'], ['tokyo', 'wanted']]);
    expect(comparedSides('how did trump and abe differ on tpp at mar-a-lago', isStopWord)).toEqual([['trump'], ['abe']]);
    expect(comparedSides('how did trump and abe talk about tpp at mar-a-lago', isStopWord)).toBeUndefined();
  });

  it('sets the sides apart at the "and" of the clause that says they differ, not at an earlier one', () => {
    expect(comparedSides('after the summit and the dinner, how did trump and abe differ on tpp?', isStopWord)).toEqual([['trump'], ['abe']]);
  });

  it('gives a head noun after the second side to both sides when the first is a lone word of its kind ("steel and aluminum tariffs")', () => {
    expect(comparedSides('how do steel and aluminum tariffs differ?', isStopWord)).toEqual([['steel', 'tariffs'], ['aluminum', 'tariffs']]);
  });

  it('gives no head noun to a first side of another kind ("trump and japanese officials")', () => {
    expect(comparedSides('how did trump and japanese officials differ on autos?', isStopWord)).toEqual([['trump'], ['japanese', 'officials']]);
  });

  it('quotes a sentence that names the side the other quotes lack: "biden vs kishida on the nippon steel deal?"', async () => {
    const index = await tempIndex({
      ...otherArticles(),
      'steel.md': article(
        { title: 'Nippon Steel deal under review', publisher: 'Wire', date: '2024-04-12' },
        'Biden said the Nippon Steel deal for U.S. Steel must be reviewed, and the United Steelworkers union backed him on the deal. Nippon Steel said its steel deal would protect jobs, and the steel deal drew fire in Pittsburgh. Nippon Steel announced the steel deal in December, when Biden was in office and opposed the deal.\n\nThe Nippon Steel deal had been under review since December. The deal needs approval from a committee that reviews foreign purchases.\n\nThe two leaders also discussed defense, chips and the yen. Kishida said talks were under way and he hoped they would develop in a way that was positive for both sides.',
      ),
    });
    const quoted = answer(index, 'biden vs kishida on the nippon steel deal?').sentences.map((s) => s.text).join(' ');
    expect(quoted).toContain('Biden said');
    expect(quoted).toContain('positive for both sides');
  });
});
