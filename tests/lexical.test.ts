import { describe, expect, it } from 'vitest';
import { isEnglishWord, lookup, nounSort } from '../src/lexical/wordnet.ts';

describe('WordNet extract', () => {
  it('gives derivationally related forms', () => {
    expect(lookup('bankrupt').flatMap((e) => e.derived)).toContain('bankruptcy');
  });

  it('gives the synonyms of a word’s most frequent sense, for inflected forms too', () => {
    expect(lookup('countries').flatMap((e) => e.synonyms)).toContain('nation');
  });

  it('tells what sort of thing a noun names', () => {
    expect(nounSort('minister')).toBe('person');
    expect(nounSort('port')).toBe('location');
    expect(nounSort('month')).toBe('time');
  });

  it('tells English words from typos and names', () => {
    expect(isEnglishWord('negotiations')).toBe(true);
    expect(isEnglishWord('negotaitions')).toBe(false);
    expect(isEnglishWord('lighthizer')).toBe(false);
  });
});
