import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.ts';
import { datedByArticle, monthsOfAnotherYear } from '../src/articleDates.ts';
import { analyzeQuery, coverageOf } from '../src/rank.ts';
import { answer, buildIndex, loadCorpus, type SearchIndex } from '../src/index.ts';
import { article, tempCorpus } from './helpers/corpus.ts';

const terms = (question: string) => analyze(question).map((term) => ({ term }));
const words = (text: string) => new Set(analyze(text));
const dated = (question: string, articleDate: string, passage: string) => [...datedByArticle(terms(question), articleDate, words(passage))].sort();

describe('monthsOfAnotherYear: a month the passage writes of another year than asked', () => {
  const other = (question: string, articleDate: string, passage: string) => [...monthsOfAnotherYear(terms(question), articleDate, words(passage))];
  const april = analyze('april');

  it('is another April when the article is of another year and the passage names none', () => {
    expect(other('will north korea come up when pence visits in april 2017?', '2019-04-17', 'Abe could meet Trump as early as April 26.')).toEqual(april);
  });

  it('is the April asked about in an article of that year', () => {
    expect(other('what happened in april 2019?', '2019-04-17', 'Abe could meet Trump as early as April 26.')).toEqual([]);
  });

  it('may be of the year before when the month comes after the article\'s', () => {
    expect(other('what was agreed in december 2018?', '2019-01-10', 'The pact took effect in December.')).toEqual([]);
  });

  it('leaves the month alone when the passage writes a year or the question names none', () => {
    expect(other('what happened in april 2017?', '2019-04-17', 'In April 2017 Pence visited Tokyo.')).toEqual([]);
    expect(other('what happened in april?', '2019-04-17', 'Abe could meet Trump as early as April 26.')).toEqual([]);
  });
});

describe('datedByArticle: the question years and months an article date gives', () => {
  it('gives the year of the article when the passage does not write it', () => {
    expect(dated('what did the ministers agree in 2019?', '2019-06-14', 'The ministers agreed on Thursday to speed up the talks.')).toEqual(['2019']);
  });

  it('does not give another year than its own', () => {
    expect(dated('what did the ministers agree in 2017?', '2019-06-14', 'The ministers agreed on Thursday to speed up the talks.')).toEqual([]);
  });

  it('does not stand in for a passage that speaks of another year', () => {
    expect(dated('what was the deficit in 2019?', '2019-06-04', 'The deficit was $59 billion in 2018.')).toEqual([]);
  });

  it('leaves a year the passage writes to be matched as a word', () => {
    expect(dated('what was the deficit in 2018?', '2019-06-04', 'The deficit was $59 billion in 2018.')).toEqual([]);
  });

  it('gives the month of the article, and the month before it, which it may still report', () => {
    const june = analyze('june');
    expect(dated('who met in june?', '2019-06-14', 'The ministers met on Thursday.')).toEqual(june);
    expect(dated('who met in june?', '2019-07-02', 'The ministers met last month.')).toEqual(june);
    expect(dated('who met in june?', '2019-05-28', 'The ministers will meet soon.')).toEqual([]);
    expect(dated('who met in june?', '2019-09-26', 'The ministers met again.')).toEqual([]);
  });

  it('reads a month and a year as one time: a May 2019 article gives neither of "July 2019"', () => {
    expect(dated('who won the july 2019 election?', '2019-05-28', 'The election is due in the summer.')).toEqual([]);
    expect(dated('who won the july 2019 election?', '2019-07-22', 'The ruling party won the election on Sunday.')).toEqual([...analyze('july'), '2019'].sort());
  });

  it('gives nothing for a date it cannot read', () => {
    expect(dated('what happened in 2019?', 'unknown', 'Talks went on.')).toEqual([]);
  });
});

describe('a question naming the year of an article that never writes it', () => {
  let index: SearchIndex;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const corpus = await tempCorpus({
      'ministerial.md': article(
        { title: 'Ministers aim for a deal', publisher: 'Practice Wire', date: '2019-06-14' },
        'Economy Minister Toshimitsu Motegi and Trade Representative Robert Lighthizer met for about three hours on Thursday in Washington.',
      ),
      'dialogue.md': article(
        { title: 'Economic dialogue opens', publisher: 'Practice Wire', date: '2017-04-18' },
        'Vice President Mike Pence and Deputy Prime Minister Taro Aso opened the economic dialogue in Tokyo on Tuesday.',
      ),
    });
    cleanup = corpus.cleanup;
    index = buildIndex(await loadCorpus(corpus.dir));
  });
  afterAll(() => cleanup());

  const coverage = (question: string, articleId: string) => {
    const passage = [...index.passages.values()].find((p) => p.articleId === articleId)!;
    return coverageOf(index, analyzeQuery(index, question), passage).coverage;
  };

  it('is matched in full by a passage of that year', () => {
    expect(coverage('how long did motegi and lighthizer meet in 2019?', 'ministerial')).toBeCloseTo(coverage('how long did motegi and lighthizer meet?', 'ministerial'));
  });

  it('still counts against a passage of another year', () => {
    expect(coverage('how long did motegi and lighthizer meet in 2017?', 'ministerial')).toBeLessThan(coverage('how long did motegi and lighthizer meet?', 'ministerial'));
  });

  it('is answered from that article more surely than one naming a year no article has', () => {
    const dated = answer(index, 'how long did motegi and lighthizer meet in june 2019?');
    expect(dated.text).toContain('about three hours');
    expect(dated.confidence).toBeGreaterThan(answer(index, 'how long did motegi and lighthizer meet in june 2018?').confidence);
  });

  it('is not answered with certainty, since no sentence states the date', () => {
    expect(answer(index, 'how long did motegi and lighthizer meet in june 2019?').confidence).toBeLessThan(answer(index, 'how long did motegi and lighthizer meet?').confidence);
  });
});
