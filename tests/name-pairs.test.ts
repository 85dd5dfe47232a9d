import { describe, expect, it } from 'vitest';
import { answer } from '../src/index.ts';
import { MISSING_PLACE_FACTOR } from '../src/answer.ts';
import { namePairs, rivalledPairs } from '../src/namePairs.ts';
import { article, otherArticles, tempIndex } from './helpers/corpus.ts';

describe('pairs of names', () => {
  it('reads two country names joined by a hyphen or a dash as a pair, in either order and however written', () => {
    expect(namePairs('the US-Japan deal')).toEqual(new Set(['japan-us']));
    expect(namePairs('the Japan–U.S. talks and the EU-Japan EPA')).toEqual(new Set(['japan-us', 'eu-japan']));
  });

  it('reads pairs in a long run of letters without backtracking', () => {
    expect(namePairs(`${'a'.repeat(200_000)}-Japan`)).toEqual(new Set());
    expect(namePairs('a.'.repeat(100_000))).toEqual(new Set());
  });

  it('reads no pair in other hyphenated words', () => {
    expect(namePairs('a four-day visit by a Japan-based firm, a one-on-one meeting')).toEqual(new Set());
  });

  it('counts a pair asked about as rivalled when the quotes name another pair with one of its sides, and never it', () => {
    expect(rivalledPairs('when did the us-japan trade agreement take effect?', 'The EU-Japan Economic Partnership Agreement took effect on Feb. 1.')).toEqual([['japan', 'us']]);
  });

  it('does not count a pair the quotes name, nor one they merely leave out', () => {
    expect(rivalledPairs('when did the us-japan trade agreement take effect?', 'The U.S.-Japan Trade Agreement took effect on Jan. 1, after the EU-Japan one.')).toEqual([]);
    expect(rivalledPairs('when did the us-japan trade agreement take effect?', 'The agreement took effect on Jan. 1.')).toEqual([]);
  });

  it('halves the confidence of an answer about another pair than the one asked about', async () => {
    const small = await tempIndex({
      'a.md': article({ title: 'Pact takes effect', publisher: 'Wire', date: '2019-02-01' }, 'The EU-Japan Economic Partnership Agreement took effect on Friday, creating a free trade zone.'),
      ...otherArticles(),
    });
    const asked = answer(small, 'when did the eu-japan partnership agreement take effect?');
    const rival = answer(small, 'when did the us-japan partnership agreement take effect?', { minConfidence: 0 });
    expect(rival.sentences[0]!.text).toMatch(/^The EU-Japan Economic Partnership Agreement/);
    expect(rival.confidence).toBeLessThanOrEqual(MISSING_PLACE_FACTOR * asked.confidence);
  });

  it('counts a pair once when the side the quotes lack is itself a missing country', async () => {
    const small = await tempIndex({
      'a.md': article({ title: 'Deal takes effect', publisher: 'Wire', date: '2020-01-02' }, 'The US-Japan Trade Agreement took effect on Wednesday, cutting tariffs on beef.'),
      'b.md': article({ title: 'Summit', publisher: 'Wire', date: '2019-07-17' }, 'The EU and China held a summit in Brussels.'),
      ...otherArticles(['rice', 'pork', 'steel', 'cars', 'yen']),
    });
    const hyphenated = answer(small, 'when did the eu-japan trade agreement take effect?', { minConfidence: 0 });
    const apart = answer(small, 'when did the eu and japan trade agreement take effect?', { minConfidence: 0 });
    expect(hyphenated.sentences[0]!.text).toMatch(/^The US-Japan Trade Agreement/);
    expect(hyphenated.confidence).toBe(apart.confidence);
  });
});
