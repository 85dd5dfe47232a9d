import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchIndex } from '../src/index.ts';
import { analyzeQuery, idf, rankPassages, retrievalTerms } from '../src/rank.ts';
import { realIndex } from './helpers/corpus.ts';

let index: SearchIndex;
beforeAll(async () => {
  index = await realIndex();
});

const topText = (q: string) => rankPassages(index, analyzeQuery(index, q))[0]?.passage.text ?? '';

describe('rankPassages', () => {
  it('puts the passage that answers the question first', () => {
    expect(topText('What restrictions did the two countries lift on potatoes and persimmons?')).toContain('potatoes and Japanese persimmons');
  });

  it('finds a passage through a vocabulary alias the passage does not use', () => {
    // The passage says "U.S. Commerce Secretary Wilbur Ross"; the question names only his role.
    expect(topText('who is the commerce secretary visiting tokyo?')).toContain('Wilbur Ross');
  });

  it('orders passages by score, best first, and reports coverage between 0 and 1', () => {
    const ranked = rankPassages(index, analyzeQuery(index, 'currency clause Bank of Japan'));
    expect(ranked.length).toBeGreaterThan(1);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score);
    for (const r of ranked) {
      expect(r.coverage).toBeGreaterThan(0);
      expect(r.coverage).toBeLessThanOrEqual(1);
    }
  });

  it('returns nothing when no question word is in the corpus', () => {
    expect(rankPassages(index, analyzeQuery(index, 'zzyzx quokka'))).toEqual([]);
  });

  it('weights rare words above common ones', () => {
    const q = analyzeQuery(index, 'persimmons trade');
    const weight = Object.fromEntries(q.terms.map((t) => [t.term, t.weight]));
    expect(weight.persimmon).toBeGreaterThan(weight.trade!);
  });

  it('counts a word the corpus never uses against the match, at the largest weight', () => {
    const q = analyzeQuery(index, 'persimmons zzyzx');
    const unknown = q.terms.find((t) => !t.known)!;
    expect(unknown.term).toBe('zzyzx');
    expect(unknown.weight).toBeCloseTo(idf(index.retriever.size, 0));
  });

  it('drops generic English words the corpus never uses instead of counting them against the match', () => {
    const plain = analyzeQuery(index, 'persimmons potatoes');
    const chatty = analyzeQuery(index, 'persimmons potatoes besides');
    expect(chatty.terms).toEqual(plain.terms);
  });
});

describe('pruning of terms too common to search with', () => {
  const question = 'What restrictions did the two countries lift on potatoes and persimmons?';

  it('searches with the rarest terms within the postings budget and keeps the rest for coverage', () => {
    const known = analyzeQuery(index, question).terms.filter((t) => t.known);
    const { searched, pruned } = retrievalTerms(index, known, 3);
    expect(searched[0]).toBe(known.map((t) => t.term).sort((a, b) => index.retriever.documentFrequency(a) - index.retriever.documentFrequency(b))[0]);
    expect(searched.reduce((n, t) => n + index.retriever.documentFrequency(t), 0)).toBeLessThanOrEqual(3);
    expect([...searched, ...pruned].sort()).toEqual(known.map((t) => t.term).sort());
    expect(pruned.length).toBeGreaterThan(0);
  });

  it('searches with nothing, and so finds nothing, when even the rarest term is over the budget', () => {
    const query = analyzeQuery(index, 'japan trade');
    const rarest = Math.min(...query.terms.map((t) => index.retriever.documentFrequency(t.term)));
    expect(retrievalTerms(index, query.terms, rarest - 1).searched).toEqual([]);
    expect(rankPassages(index, query, { maxScoredPostings: rarest - 1 })).toEqual([]);
    expect(rankPassages(index, query, { maxScoredPostings: rarest }).length).toBeGreaterThan(0);
  });

  it('still finds the answering passage, with the same coverage, when common terms are pruned', () => {
    const query = analyzeQuery(index, question);
    const full = rankPassages(index, query)[0]!;
    const pruned = rankPassages(index, query, { maxScoredPostings: 3 })[0]!;
    expect(pruned.passage.id).toBe(full.passage.id);
    expect(pruned.coverage).toBeCloseTo(full.coverage, 6);
  });
});
