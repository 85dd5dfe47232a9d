import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.ts';
import { NameIndex } from '../src/names.ts';

const term = (word: string) => analyze(word)[0]!;
const namesOf = (...passages: string[]) => {
  const names = new NameIndex();
  for (const p of passages) names.add(p);
  return names;
};

describe('NameIndex: names learned from the articles\' capitals', () => {
  it('takes a word written with a capital in mid-sentence as a name, though a dictionary knows it ("Pence")', () => {
    const names = namesOf('Vice President Mike Pence met Aso.', 'Later, Pence flew to Seoul.');
    expect(names.has(term('pence'))).toBe(true);
  });

  it('does not take a word written in lower case as often as not for a name', () => {
    const names = namesOf('The Trade talks ended.', 'Trade was discussed, and trade rules too.', 'The trade gap grew.');
    expect(names.has(term('trade'))).toBe(false);
  });

  it('does not count the capital a sentence starts with', () => {
    const names = namesOf('Tariffs rose. Tariffs fell.', 'Tariffs stayed.');
    expect(names.has(term('tariffs'))).toBe(false);
  });

  it('takes no term for a name when one of its forms is a common word ("Representative" and "represent")', () => {
    const office = 'He met the U.S. Trade Representative. The U.S. Trade Representative, Robert Lighthizer, spoke. She asked the Trade Representative again. The Trade Representative declined. A Trade Representative aide spoke.';
    expect(namesOf(office).has(term('representative'))).toBe(true);
    const names = namesOf(office, 'The two economies represent about 30 percent of global output.');
    expect(term('represent')).toBe(term('representative'));
    expect(names.has(term('represent'))).toBe(false);
  });

  it('keeps the names it learned through a saved index', () => {
    const names = NameIndex.fromJSON(namesOf('Vice President Mike Pence met Aso.').toJSON());
    expect(names.has(term('pence'))).toBe(true);
    expect(names.has(term('met'))).toBe(false);
  });
});
