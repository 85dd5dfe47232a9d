import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answer, type SearchIndex } from '../src/index.ts';
import { CORPUS_DIR, heldOutArticle, tempIndex } from './helpers/corpus.ts';

/** The seed articles, so that words weigh as in a corpus about the talks, and two stories that share a word of a question. */
let index: SearchIndex;
beforeAll(async () => {
  const seed = Object.fromEntries(readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.md')).map((f) => [f, readFileSync(join(CORPUS_DIR, f), 'utf8')]));
  index = await tempIndex({
    ...seed,
    'pokemon.md': heldOutArticle('heldout14/articles/2016-07-25-nintendo-shares-plunge-after-it-warns-pokemon-go-boost-will-be-limited.md'),
    'golf.md': heldOutArticle('heldout2/articles/2017-02-12-abe-trump-launch-economic-dialogue-golf-in-florida.md'),
  });
});

describe('answer: a date or figure that only another story gives', () => {
  it('counts it no more than that story matches the question: the day North Korea launched a missile is no launch of Pokemon Go in South Korea', () => {
    const a = answer(index, 'when did pokemon go launch in south korea');
    expect(a.status).toBe('no_answer');
  });

  it('still answers from the story the question is about', () => {
    const a = answer(index, 'when did abe call the north korean missile launch absolutely intolerable?');
    expect(a.status).toBe('answered');
    expect(a.citations[0]?.articleId).toBe('golf');
  });
});
