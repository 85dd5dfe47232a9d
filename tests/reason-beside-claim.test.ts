import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NO_REASON_CONFIDENCE } from '../src/answer.ts';
import { answer, type SearchIndex } from '../src/index.ts';
import { CORPUS_DIR, heldOutArticle, tempIndex } from './helpers/corpus.ts';

/** The seed articles and those of the 2021–2025 set, as that set is scored. */
async function heldOutIndex(dir: string): Promise<SearchIndex> {
  const seed = Object.fromEntries(readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.md')).map((f) => [f, readFileSync(join(CORPUS_DIR, f), 'utf8')]));
  const heldOut = Object.fromEntries(readdirSync(join(CORPUS_DIR, '../eval', dir)).map((f) => [f, heldOutArticle(`${dir}/${f}`)]));
  return tempIndex({ ...seed, ...heldOut });
}

describe('a "why" whose best passage backs the claim in words of its own', () => {
  let index: SearchIndex;
  beforeAll(async () => {
    index = await heldOutIndex('heldout5/articles');
  });

  it("quotes a sentence of that passage that gives someone's own words, though it shares no word with the question", () => {
    const quoted = answer(index, 'why is the usw so skeptical of the nippon steel promises').sentences.map((s) => s.text).join(' ');
    expect(quoted).toContain('Binding commitments are hard');
  });

  it('is no surer for it: that sentence may back another claim of the paragraph', () => {
    expect(answer(index, 'why is the usw so skeptical of the nippon steel promises').confidence).toBeLessThanOrEqual(NO_REASON_CONFIDENCE);
  });

  it('leads with the claim, not with the sentence that shares no word', () => {
    const lead = answer(index, 'why is the usw so skeptical of the nippon steel promises', { maxSentences: 1 }).sentences[0]?.text;
    expect(lead).toContain('has been skeptical');
  });
});
