import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.ts';

const same = (...variants: string[]) => {
  const first = analyze(variants[0]!);
  for (const v of variants.slice(1)) expect(analyze(v), v).toEqual(first);
};

describe('domain vocabulary', () => {
  it('treats the names of the United States alike', () => same('US', 'U.S.', 'United States', 'America', 'Washington', 'USA'));
  it('treats Japan and Tokyo alike', () => same('Japan', 'Tokyo', 'Japanese'));
  it('treats the names of a bilateral free trade deal alike', () =>
    same('FTA', 'free trade agreement', 'two-way deal', 'bilateral deal', 'two-way trade deal', 'bilateral trade deal'));
  it('knows the TPP by its full name', () => same('TPP', 'Trans-Pacific Partnership'));
  it('knows KORUS in any case', () => same('KORUS', 'Korus', 'korus'));
  it('knows Australia by the short form people type', () => same('Australian', 'Aussie', 'australia', 'aussies'));
  it('reads a capital as its country, as news does ("sold to Moscow", "London\'s position")', () => {
    same('Russia', 'Moscow', 'the Soviet Union', 'Soviet', 'Kremlin');
    same('Britain', 'London', 'UK', 'British', 'the United Kingdom');
    same('EU', 'Brussels');
    same('Australia', 'Canberra');
  });
  it('knows Britain by its people too, as it knows Russia and Australia by theirs', () => same('Britain', 'Britons', 'Briton', 'Brits', 'Brit'));
  it('treats tons and tonnes alike', () => same('tons', 'tonnes', 'ton', 'tonne'));
  it('treats cars, autos and automobiles alike', () => same('cars', 'autos', 'automobiles', 'car'));
  it('keeps the auto industry apart from cars: an industry is who makes them, and "industry" is a word to find', () => {
    expect(analyze('the auto industry')).toEqual([...analyze('cars'), ...analyze('industry')]);
  });
  it('keeps the makers of cars apart from cars, however they are written', () => {
    same('carmakers', 'car makers', 'automakers', 'auto makers');
    expect(analyze('carmakers')).not.toEqual(analyze('cars'));
  });
  it('treats farm and agriculture alike', () => same('farm', 'agriculture', 'agricultural', 'farming'));
  it('keeps farmers apart from farming: WordNet ties them as derived forms, at less than full credit', () => {
    expect(analyze('farmers')).not.toEqual(analyze('farm'));
  });
  it('treats deficit and imbalance alike', () => same('deficit', 'imbalance', 'trade gap'));
  it('reads the short forms people type for offices and institutions', () => {
    same('prime minister', 'premier', 'PM', 'pm');
    same('president', 'POTUS');
    same('administration', 'admin');
    same('government', 'govt');
    same('department', 'dept', 'Dept.');
    same('percent', 'pct', '%');
    same('CEO', 'chief executive', 'Chief Executive Officer', 'ceo');
  });
  it('keeps short forms that articles use for something else apart: "3 p.m.", "Gov. Cuomo", "AG"', () => {
    expect(analyze('at 3 p.m.')).not.toEqual(analyze('at 3 prime minister'));
    expect(analyze('at 3 p.m. Tuesday')).toEqual(analyze('at 3 Tuesday'));
    expect(analyze('at 10:30 a.m.')).toEqual(analyze('at 10:30'));
    expect(analyze('talks start at 5 pm ET')).toEqual(analyze('talks start at 5 ET'));
    expect(analyze('at 5pm')).toEqual(analyze('at 5'));
    expect(analyze('Gov.')).not.toEqual(analyze('government'));
    expect(analyze('AG')).not.toEqual(analyze('agriculture'));
  });
  it('binds no office to a person: who holds it is read from the articles', () => {
    expect(analyze('finance minister')).toEqual(['financ', 'minist']);
    expect(analyze('prime minister')).not.toContain('ab');
  });
  it('does not confuse North Korea with South Korea', () => {
    expect(analyze('North Korea')).not.toEqual(analyze('South Korea'));
  });
});
