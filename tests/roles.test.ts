import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.ts';
import { answer } from '../src/index.ts';
import { RoleIndex, rolesIn } from '../src/roles.ts';
import { article, tempIndex } from './helpers/corpus.ts';

describe('roles read from the articles', () => {
  it('reads a title before a name: "Finance Minister Taro Aso"', () => {
    expect(rolesIn('Japanese Finance Minister Taro Aso said the talks went well.')).toContainEqual({ title: ['financ', 'minist'], person: 'aso' });
  });

  it('reads a title after a name: "Toshimitsu Motegi, Japan’s economic revitalization minister,"', () => {
    expect(rolesIn('Toshimitsu Motegi, Japan’s economic revitalization minister, met him.')).toContainEqual({
      title: ['econom', 'revit', 'minist'],
      person: 'motegi',
    });
  });

  it('leaves out the country an office belongs to', () => {
    expect(rolesIn('U.S. Trade Representative Robert Lighthizer spoke.')).toContainEqual({ title: ['trade', 'repres'], person: 'lighthiz' });
  });

  it('keeps an office the vocabulary knows by other names: "Prime Minister" is also "premier"', () => {
    expect(rolesIn('Japanese Prime Minister Shinzo Abe spoke.')).toContainEqual({ title: analyze('premier'), person: 'ab' });
  });

  it('does not take a capitalised phrase for a title when its last word names no person', () => {
    expect(rolesIn('The White House Press Office said so.')).toEqual([]);
  });

  it('gives an office to the person whose title the question names most fully', () => {
    const roles = new RoleIndex();
    roles.add(rolesIn('President Donald Trump met Vice President Mike Pence.'));
    expect(roles.holders(new Set(analyze('vice president'))).map((r) => r.person)).toEqual(['penc']);
    expect(roles.holders(new Set(analyze('president'))).map((r) => r.person)).toEqual(['trump']);
  });

  it('answers about a minister it has never seen, from an article that names her office once', async () => {
    const index = await tempIndex({
      'a.md': article(
        { title: 'New minister', publisher: 'Wire', date: '2024-01-02' },
        'Agriculture Minister Hanako Tanabe took office on Monday.\n\nTanabe said rice quotas would not change this year.',
      ),
    });
    const a = answer(index, 'what did the agriculture minister say about rice quotas?');
    expect(a.status).toBe('answered');
    expect(a.text).toContain('rice quotas would not change');
  });
});
