import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answer, type SearchIndex } from '../src/index.ts';
import { CORPUS_DIR, heldOutArticle, otherArticles, tempIndex } from './helpers/corpus.ts';

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

describe('answer: a person that only another story names', () => {
  let premiers: SearchIndex;
  beforeAll(async () => {
    premiers = await tempIndex({
      ...otherArticles(),
      'lockheed.md': heldOutArticle('heldout21/articles/1976-07-27-former-premier-tanaka-arrested-in-lockheed-payoff-case.md'),
      'ishiba.md': heldOutArticle('heldout5/articles/2025-02-08-ishiba-pledges-1-trillion-investment-at-trump-summit.md'),
    });
  });

  it('counts the name no more than that story matches the question: how Miki came to power in 1976 does not say who replaced Ishiba', () => {
    expect(answer(premiers, 'who replaced ishiba as japanese pm').status).toBe('no_answer');
  });

  it('still names the person from the story the question is about', () => {
    const a = answer(premiers, 'who did ishiba meet at the white house?');
    expect(a.status).toBe('answered');
    expect(a.citations[0]?.articleId).toBe('ishiba');
    expect(a.sentences.map((s) => s.text).join(' ')).toContain('Trump');
  });
});
