import { describe, expect, it } from 'vitest';
import { MAX_COMPOUND_LENGTH, splitInTwo } from '../src/compounds.ts';

describe('splitInTwo: a word written as one that is two', () => {
  const words = new Set(['steel', 'workers', 'steelwork', 'insider', 'stories', 'work', 'level']);
  const isPart = (part: string) => words.has(part);

  it('splits a word into the two parts the predicate accepts', () => {
    expect(splitInTwo('insiderstories', isPart)).toEqual(['insider', 'stories']);
  });

  it('prefers the split whose shorter part is longest: steel + workers, not steelwork + ers', () => {
    expect(splitInTwo('steelworkers', (part) => isPart(part) || part === 'ers')).toEqual(['steel', 'workers']);
  });

  it('splits off no part shorter than three letters, and nothing that is not all letters', () => {
    expect(splitInTwo('worksme', () => true)).toEqual(['wor', 'ksme']);
    expect(splitInTwo('workme', (part) => part === 'work' || part === 'me')).toBeUndefined();
    expect(splitInTwo('steel-workers', isPart)).toBeUndefined();
    expect(splitInTwo('', isPart)).toBeUndefined();
  });

  it('leaves a word longer than any two English words alone, whatever the parts: trying every cut of it costs its length squared', () => {
    expect(splitInTwo('w'.repeat(MAX_COMPOUND_LENGTH + 1), () => true)).toBeUndefined();
    expect(splitInTwo('w'.repeat(MAX_COMPOUND_LENGTH), () => true)).toBeDefined();
  });
});
