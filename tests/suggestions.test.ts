import { describe, expect, it } from 'vitest';
import { answer, answerableQuestions, createTradeTalk, suggestQuestions } from '../src/index.ts';
import { article, realIndex, tempIndex } from './helpers/corpus.ts';

describe('suggested questions', () => {
  it('suggests only questions the core answers', async () => {
    const index = await realIndex();
    const all = suggestQuestions(index, '', 1000);
    expect(all.length).toBeGreaterThan(0);
    for (const q of all) expect(answer(index, q).status, q).toBe('answered');
  });

  it('suggests asking for the latest news first', async () => {
    expect(suggestQuestions(await realIndex(), '', 4)[0]).toBe("What's the latest?");
    expect(suggestQuestions(await realIndex(), 'lat', 4)).toEqual(["What's the latest?"]);
  });

  it('asks about the people the articles name, spelled as the articles spell them', async () => {
    expect(answerableQuestions(await realIndex())).toContain('What did Taro Aso say?');
  });

  it('asks about an office named after the person, as in "Toshimitsu Motegi, Japan’s economic revitalization minister,"', async () => {
    expect(answerableQuestions(await realIndex())).toContain('Who is the economic revitalization minister?');
  });

  it('asks about the articles by their titles', async () => {
    expect(answerableQuestions(await realIndex())).toContain('What do the articles say about US, Japan fail to bridge gap on trade in economic talks?');
  });

  it('draws its questions from the corpus, so a new article brings new ones', async () => {
    const index = await tempIndex({
      'a.md': article(
        { title: 'New minister', publisher: 'Wire', date: '2024-01-02' },
        'Agriculture Minister Hanako Tanabe took office on Monday.\n\nTanabe said rice quotas would not change this year.',
      ),
    });
    expect(suggestQuestions(index)).toContain('What did Hanako Tanabe say?');
  });

  it('keeps the questions with a word beginning with each word typed', async () => {
    const found = suggestQuestions(await realIndex(), 'ASO sa');
    expect(found).toEqual(['What did Taro Aso say?']);
  });

  it('suggests nothing when nothing fits what was typed', async () => {
    expect(suggestQuestions(await realIndex(), 'zzyzx')).toEqual([]);
  });

  it('gives at most `limit` questions', async () => {
    const index = await realIndex();
    expect(suggestQuestions(index, '', 3)).toEqual(answerableQuestions(index).slice(0, 3));
  });

  it('works the candidates out once per index', async () => {
    const index = await realIndex();
    expect(answerableQuestions(index)).toBe(answerableQuestions(index));
  });

  it('is offered by the core service for the current index', async () => {
    const index = await realIndex();
    expect(createTradeTalk(() => index).suggest('motegi')).toEqual(suggestQuestions(index, 'motegi'));
  });
});
