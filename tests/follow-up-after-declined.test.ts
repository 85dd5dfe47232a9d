import { beforeAll, describe, expect, it } from 'vitest';
import { FOLLOW_UP_CONFIDENCE } from '../src/answer.ts';
import { answer, replayHistory, type SearchIndex } from '../src/index.ts';
import { heldOutArticle, otherArticles, tempIndex } from './helpers/corpus.ts';

let index: SearchIndex;
beforeAll(async () => {
  index = await tempIndex({
    ...otherArticles(),
    'costco.md': heldOutArticle('heldout20/articles/1999-04-23-costco-opens-first-japan-warehouse-on-former-rice-fields-near-fukuoka.md'),
    'sprint.md': heldOutArticle('heldout13/articles/2020-02-12-softbank-shares-jump-after-us-judge-clears-sprint-t-mobile-merger.md'),
  });
});

/** The follow-up answered after `first`, which the articles do not answer. */
function afterDeclined(first: string, followUp: string) {
  expect(answer(index, first).status).toBe('no_answer');
  return answer(index, followUp, { history: replayHistory(index, [first]) });
}

describe('a follow-up after a turn the articles did not answer', () => {
  it('is read in the passages that turn ranked best', () => {
    const a = afterDeclined("who heads costco's japan unit?", "and who's handling day-to-day operations");
    expect(a.status).toBe('answered');
    expect(a.sentences[0]!.text).toContain('Ken Theriault');
  });

  it('is asked of what the declined turn was about, "that" and "it" standing for it', () => {
    const a = afterDeclined('how much of sprint did softbank own in feb 2020?', 'why was that such a headache for it?');
    expect(a.status).toBe('answered');
    expect(a.sentences[0]!.text).toContain("drag on SoftBank's balance sheet");
  });

  it('is as sure as its own match there, less the guess of leaning on the conversation', () => {
    const a = afterDeclined("who heads costco's japan unit?", "and who's handling day-to-day operations");
    expect(a.confidence).toBeGreaterThan(answer(index, "who heads costco's japan unit?").confidence);
    expect(a.confidence).toBeLessThanOrEqual(FOLLOW_UP_CONFIDENCE);
  });
});
