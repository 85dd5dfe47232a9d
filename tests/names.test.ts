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
    const names = namesOf(office, 'The two economies represent about 30 percent of global output.', 'Both sides represent farmers.');
    expect(term('represent')).toBe(term('representative'));
    expect(names.has(term('represent'))).toBe(false);
  });

  it('keeps a name that a form used once or rarely in lower case shares ("Trump" and "trumped")', () => {
    const trump = Array.from({ length: 5 }, () => 'The talks went on, and President Trump spoke.');
    expect(namesOf(...trump, 'Security concerns trumped trade.').has(term('trump'))).toBe(true);
    const many = Array.from({ length: 50 }, () => 'Later, Trump spoke.');
    expect(namesOf(...many, 'Security trumped trade.', 'Politics trumped economics.').has(term('trump'))).toBe(true);
  });

  it('gives the same names whether they are read between passages or only after the last', () => {
    const office = 'He met the U.S. Trade Representative. The U.S. Trade Representative spoke. The Trade Representative declined.';
    const rest = ['They represent farmers.', 'We represent them.'];
    const atOnce = namesOf(office, ...rest);
    const stepwise = new NameIndex();
    stepwise.add(office);
    expect(stepwise.has(term('representative'))).toBe(true);
    for (const p of rest) stepwise.add(p);
    expect(stepwise.has(term('represent'))).toBe(atOnce.has(term('represent')));
    expect(atOnce.has(term('represent'))).toBe(false);
  });

  it('keeps the names it learned through a saved index', () => {
    const names = NameIndex.fromJSON(namesOf('Vice President Mike Pence met Aso.').toJSON());
    expect(names.has(term('pence'))).toBe(true);
    expect(names.has(term('met'))).toBe(false);
  });
});
