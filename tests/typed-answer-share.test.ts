import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answer, type SearchIndex } from '../src/index.ts';
import { CORPUS_DIR, heldOutArticle, tempIndex } from './helpers/corpus.ts';

/** The articles of the 1974–2005 blind set, beside the seed articles, as that set is scored. */
const HELD_OUT = 'heldout20/articles';

let index: SearchIndex;
beforeAll(async () => {
  const seed = Object.fromEntries(readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.md')).map((f) => [f, readFileSync(join(CORPUS_DIR, f), 'utf8')]));
  const heldOut = Object.fromEntries(readdirSync(join(CORPUS_DIR, '../eval', HELD_OUT)).map((f) => [f, heldOutArticle(`${HELD_OUT}/${f}`)]));
  index = await tempIndex({ ...seed, ...heldOut });
});

describe('a sentence that gives the sort of answer asked for but writes no weighty word of the question', () => {
  it('earns no type bonus: "He pressed the Japanese…" names a place, but only inherits "Butz" from the sentence before', () => {
    const quoted = answer(index, 'where was butz talking when he called it a mistake').sentences.map((s) => s.text).join(' ');
    expect(quoted).toContain('Japan National Press Club');
    expect(quoted).not.toContain('He pressed the Japanese');
  });
});
