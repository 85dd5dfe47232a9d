import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchIndex } from '../src/index.ts';
import { analyzeQuery, idf, rankPassages } from '../src/rank.ts';
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
