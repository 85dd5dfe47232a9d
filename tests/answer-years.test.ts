import { beforeAll, describe, expect, it } from 'vitest';
import { answer, type SearchIndex } from '../src/index.ts';
import { realIndex } from './helpers/corpus.ts';

let index: SearchIndex;
beforeAll(async () => {
  index = await realIndex();
});

describe('answer: years after the newest article (June 4, 2019)', () => {
  it('answers a question naming a later year when it is worded about the future, from what the articles expected', () => {
    const a = answer(index, 'Will Japan and the US hold working-level trade talks in 2020?');
    expect(a.status).toBe('answered');
    expect(a.text).not.toContain('My newest article');
    expect(a.citations[0]?.date).toBe('2019-06-04');
  });
});
