import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answer, type SearchIndex } from '../src/index.ts';
import { heldOutArticle, tempIndex } from './helpers/corpus.ts';

/** Five stories on Japanese companies, one of them Nintendo's fall after its Pokemon Go warning. */
let index: SearchIndex;
beforeAll(async () => {
  const dir = resolve(import.meta.dirname, '../eval/heldout14/articles');
  index = await tempIndex(Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => [f, heldOutArticle(`heldout14/articles/${f}`)])));
});

describe('compose: a figure asked for, in a passage that shares fewer of the question words', () => {
  it('quotes the figure from the next passage rather than the story around it: how far Nintendo stock fell', () => {
    const a = answer(index, 'how much did nintendo stock drop on monday after the pokemon go warning');
    expect(a.status).toBe('answered');
    expect(a.sentences.map((s) => s.text).join(' ')).toContain('17.7 percent');
  });

  it('still leads with the best passage when it gives the figure itself', () => {
    const a = answer(index, 'how big is the loan guarantee for the utah hydrogen hub');
    expect(a.status).toBe('answered');
    expect(a.sentences.map((s) => s.text).join(' ')).toContain('$504.4 million');
  });
});
