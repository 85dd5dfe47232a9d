import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.ts';
import { askedAfter, datedByArticle, fromEarlierYear, monthsOfAnotherYear, relativeYears, spansIn } from '../src/articleDates.ts';
import { analyzeQuery, coverageOf } from '../src/rank.ts';
import { answer, buildIndex, loadCorpus, type SearchIndex } from '../src/index.ts';
import { article, otherArticles, tempCorpus, tempIndex } from './helpers/corpus.ts';
import { detectIntent } from '../src/question.ts';

const terms = (question: string) => {
  const spans = spansIn(question);
  return analyze(question).map((term) => {
    const span = spans.get(term);
    return span ? { term, span } : { term };
  });
};
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

  it('stands in for a passage that measures its news against a year long past ("its worst rout since 1987")', () => {
    const passage = 'The Nikkei plunged 12.4 percent on Monday, its worst rout since the 1987 Black Monday crash.';
    expect(dated('how bad was the nikkei crash in august 2024?', '2024-08-06', passage)).toEqual([...analyze('2024'), ...analyze('august')].sort());
    // A year within HISTORY_YEARS of the article's is a time the passage speaks of.
    expect(dated('how bad was the nikkei crash in august 2024?', '2024-08-06', 'The Nikkei plunged 12.4 percent on Monday, more than in 2023.')).toEqual([]);
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

  it('gives the month May, which a question writes in lower case ("in may 2019")', () => {
    expect(dated('what did tokyo want in may 2019?', '2019-06-14', 'Tokyo said there that it was prepared to lower duties.')).toEqual([...analyze('in may'), '2019'].sort());
  });

  it('reads a month and a year as one time: a May 2019 article gives neither of "July 2019"', () => {
    expect(dated('who won the july 2019 election?', '2019-05-28', 'The election is due in the summer.')).toEqual([]);
    expect(dated('who won the july 2019 election?', '2019-07-22', 'The ruling party won the election on Sunday.')).toEqual([...analyze('july'), '2019'].sort());
  });

  it('reads a season before a year as its months: an August article gives "summer 2019", a May one does not', () => {
    expect(dated('why did trump want a deal in summer 2019?', '2019-08-26', 'Trump is seeking re-election next year.')).toEqual(['2019', 'summer']);
    expect(dated('why did trump want a deal in summer 2019?', '2019-05-28', 'Trump is seeking re-election next year.')).toEqual([]);
  });

  it('reads "the fall of 2018" and "early 2019" as spans of months, and a winter as taking the December before', () => {
    expect(dated('what did they agree in the fall of 2018?', '2018-09-27', 'They agreed to start talks.')).toEqual(['2018', 'fall']);
    expect(dated('what tariff did beef pay in early 2019?', '2019-02-01', 'Beef pays 38.5 percent.')).toEqual(['2019', ...analyze('early')].sort());
    expect(dated('what happened in winter 2019?', '2018-12-30', 'The pact took effect.')).toEqual(['2019', 'winter']);
  });

  it('does not read a season word as a time unless a year follows it as written ("how far will the tariff fall in 2019")', () => {
    expect(dated('how far will the tariff fall in 2019?', '2019-10-08', 'The tariff will drop to 9 percent.')).toEqual(['2019']);
    expect(dated('how much did exports fall in 2019?', '2019-10-15', 'Exports dropped sharply in September.')).toEqual(['2019']);
    expect(dated('what happens in the spring?', '2019-04-17', 'Talks begin.')).toEqual([]);
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

describe('fromEarlierYear: an article cannot report what happened after it was written', () => {
  const earlier = (question: string, articleDate: string, passage: string) => fromEarlierYear(terms(question), articleDate, words(passage));

  it('is so for a passage of an article dated before the year asked about that does not write it', () => {
    expect(earlier('when did trump sign the order in 2025', '2017-02-12', 'Trump signed an executive order on Jan. 23.')).toBe(true);
  });

  it('is not so for an article of that year or a later one, which may look back', () => {
    expect(earlier('when did trump sign the order in 2025', '2025-09-05', 'Trump signed an executive order on Thursday.')).toBe(false);
    expect(earlier('what was the deficit in 2017', '2018-03-01', 'The deficit was $69 billion last year.')).toBe(false);
  });

  it('is not so for a passage that writes the year, as a plan for it', () => {
    expect(earlier('what happened to the tariff in 2020', '2019-09-26', 'The tariff will fall again in 2020.')).toBe(false);
  });
});

describe('questions about what happened', () => {
  it('are told from questions about plans and about now', () => {
    expect(detectIntent('when did trump sign the executive order in 2025?').past).toBe(true);
    expect(detectIntent('who was japan\'s negotiator in 2019?').past).toBe(true);
    expect(detectIntent('what was the 2020 round supposed to cover?').past).toBe(false);
    expect(detectIntent('what is japan\'s defense budget for fiscal 2018 paying for?').past).toBe(false);
  });

  it('are not answered from an article written before the year they ask about', async () => {
    const index = await tempIndex({
      'a.md': article({ title: 'Trump quits TPP', publisher: 'Wire', date: '2017-01-24' }, 'President Donald Trump signed an executive order on Monday withdrawing the United States from the trade pact.'),
      'b.md': article({ title: 'Japan deal takes effect', publisher: 'Wire', date: '2025-09-06' }, 'The trade agreement with Japan took effect, officials said.'),
    });
    const asked = 'when did trump sign the executive order in 2025?';
    expect(answer(index, asked).status).toBe('no_answer');
    // The rank halves the passage, and the answer is doubted for the time its article cannot reach: each halves the confidence.
    const trusted = answer(index, asked, { earlierArticleFactor: 1, laterTimeFactor: 1 });
    expect(trusted.status).toBe('answered');
    for (const one of [{ earlierArticleFactor: 1 }, { laterTimeFactor: 1 }]) {
      expect(answer(index, asked, { ...one, minConfidence: 0 }).confidence).toBeCloseTo(trusted.confidence / 2, 2);
    }
  });
});

describe('askedAfter: a time asked about that begins after the article was written', () => {
  const after = (question: string, articleDate: string) => askedAfter(terms(question), articleDate);

  it('is a later year, or a later month or season of the article\'s own year', () => {
    expect(after('who are the point people negotiating tariffs in 2025', '2018-08-11')).toEqual(analyze('2025'));
    expect(after('what came out of the talks on may 1 2025', '2025-04-19').sort()).toEqual(analyze('may 2025').sort());
    expect(after('what did ishiba say in summer 2025', '2025-04-19').sort()).toEqual(analyze('summer 2025').sort());
  });

  it('is nothing for a time the article reaches, or no year at all', () => {
    expect(after('what came out of the talks in april 2025', '2025-04-19')).toEqual([]);
    expect(after('what came out of the talks in march 2025', '2025-04-19')).toEqual([]);
    expect(after('what was the deficit in 2017', '2018-03-01')).toEqual([]);
    expect(after('what came out of the talks on may 1', '2025-04-19')).toEqual([]);
  });
});

describe('an answer about a time after its article', () => {
  let index: SearchIndex;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const corpus = await tempCorpus({
      'talks.md': article(
        { title: 'Akazawa meets Trump on tariffs', publisher: 'Practice Wire', date: '2025-04-19' },
        'Economy minister Ryosei Akazawa met Trump at the White House for a first round of tariff talks. Akazawa gave the president a gold-colored money box featuring the Osaka Expo mascot.',
      ),
      'budget.md': article(
        { title: 'Record defense budget request', publisher: 'Practice Wire', date: '2024-12-20' },
        'The defense ministry asked for a record budget for the fiscal year starting in April, to fund six fighter jets and new missile defenses.',
      ),
      ...otherArticles(),
    });
    cleanup = corpus.cleanup;
    index = buildIndex(await loadCorpus(corpus.dir));
  });
  afterAll(() => cleanup());

  const halved = (asked: string) => {
    const trusted = answer(index, asked, { laterTimeFactor: 1 }).confidence;
    expect(trusted, asked).toBeGreaterThan(0.2);
    return answer(index, asked).confidence / trusted;
  };

  it('is doubted when no cited passage writes that time: the article cannot report it', () => {
    expect(halved('what did akazawa give trump at the tariff talks on may 1 2025?')).toBeCloseTo(0.5, 2);
    expect(halved('what is the defense budget in fiscal 2025 paying for?')).toBeCloseTo(0.5, 2);
  });

  it('is not doubted for the article\'s own month, a plan, or a time something is for', () => {
    expect(halved('what did akazawa give trump at the tariff talks in april 2025?')).toBe(1);
    expect(halved('what will akazawa give trump at the tariff talks on may 1 2025?')).toBe(1);
    expect(halved('what is the defense budget for fiscal 2025 paying for?')).toBe(1);
  });
});

describe('a season before a year', () => {
  let index: SearchIndex;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const corpus = await tempCorpus({
      'exports.md': article({ title: 'Exports jump', publisher: 'Practice Wire', date: '2017-04-18' }, 'Car exports jump as the yen weakens.'),
    });
    cleanup = corpus.cleanup;
    index = buildIndex(await loadCorpus(corpus.dir));
  });
  afterAll(() => cleanup());

  const alternatives = (question: string) => analyzeQuery(index, question).terms.find((t) => t.term === 'spring')?.alternatives.map((a) => a.term);

  it('has no synonyms: "spring 2017" is a time, not a leap', () => {
    expect(alternatives('what did pence say in spring 2017?')).toEqual([]);
  });

  it('keeps them when no year follows: "spring" may be the verb', () => {
    expect(alternatives('did exports spring up?')).toContain('jump');
  });
});

describe('relativeYears: "last year", "this year" and "next year" by the article\'s date', () => {
  it('reads each as the year it stands for in an article of that date', () => {
    expect(relativeYears('Japan exported 4.7 million vehicles last year.', '2018-09-27')).toEqual(['2017']);
    expect(relativeYears('Talks begin next year, and this year the quota stays.', '2019-10-08').sort()).toEqual(['2019', '2020']);
    expect(relativeYears('The year before, exports fell.', '2018-09-27')).toEqual([]);
    expect(relativeYears('Prices rose over the last year.', '2018-09-27')).toEqual([]);
  });

  it('counts a quote\'s "last year" as naming the year asked, as a written year would be', async () => {
    const sentence = (year: string) =>
      `More than a third of the 4.7 million vehicles Japan exported ${year} went to the United States, according to industry figures released in Tokyo.`;
    const confidence = async (year: string) =>
      answer(await tempIndex({ 'a.md': article({ title: 'Car exports', publisher: 'Wire', date: '2018-09-27' }, sentence(year)), ...otherArticles() }), 'how many vehicles did japan export in 2017?').confidence;
    expect(await confidence('last year')).toBe(await confidence('in 2017'));
  });

  it('lets a passage that says "last year" answer a question asking about that year by its number', async () => {
    const small = await tempIndex({
      'a.md': article(
        { title: 'Car exports', publisher: 'Wire', date: '2018-09-27' },
        'More than a third of the 4.7 million vehicles Japan exported last year went to the United States, according to industry figures released in Tokyo.',
      ),
      'b.md': article({ title: 'Cars', publisher: 'Wire', date: '2019-06-04' }, 'Japan exported 4.8 million vehicles in 2018, and shipments to China rose for a second year in a row.'),
    });
    const query = analyzeQuery(small, 'how many vehicles did japan export in 2017?');
    const passage = [...small.passages.values()].find((p) => p.articleId === 'a')!;
    expect(coverageOf(small, query, passage).matched).toContain('2017');
    expect(answer(small, 'how many vehicles did japan export in 2017?').text).toContain('4.7 million');
  });
});

describe('a sentence of an article dated in the month and year asked about', () => {
  // The sentence that writes "August" is of another year; the one after it, in an August 2018 article, writes no time at all.
  const talks = () =>
    tempIndex({
      'a.md': article(
        { title: 'First round ends', publisher: 'Wire', date: '2018-08-10' },
        'In August 2017, when the two sides last met in Tokyo, the opening session ran an hour.\n\nMotegi and Lighthizer held their talks in Washington on Thursday. The opening session ran about two and a half hours.',
      ),
      ...otherArticles(),
    });

  it('tells of that time without writing it, as its passage does: the August 2018 session leads, not the August 2017 one', async () => {
    const lead = answer(await talks(), 'how long did the opening session of the august 2018 talks run?', { maxSentences: 1 });
    expect(lead.sentences.map((s) => s.text)).toEqual(['The opening session ran about two and a half hours.']);
  });

});
