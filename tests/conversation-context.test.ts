import { beforeAll, describe, expect, it } from 'vitest';
import { type SearchIndex } from '../src/index.ts';
import { conversationScope, rankWithin } from '../src/conversationContext.ts';
import { analyzeQuery } from '../src/rank.ts';
import { realIndex } from './helpers/corpus.ts';

let index: SearchIndex;
beforeAll(async () => {
  index = await realIndex();
});

const ARTICLE = '2019-06-04-japan-and-us-to-hold-working-level-trade-talks';
const MNUCHIN =
  'Previously, US Treasury Secretary Steven Mnuchin has said the US wants any trade deal with Japan to include language that would prevent competitive devaluations – currency moves designed specifically to boost exports.';

describe('answering within the conversation', () => {
  it('does not hold the sentence just quoted nearest to a follow-up it does not answer: asked for a date, a dated sentence a few lines on outranks it', () => {
    const passage = [...index.passages.values()].find((p) => p.articleId === ARTICLE && p.text.includes(MNUCHIN))!;
    const scope = conversationScope(index, [[passage.id]], [MNUCHIN]);
    const ranked = rankWithin(index, analyzeQuery(index, 'japan'), scope, 'date');
    expect(ranked[0]!.passage.text).toContain('February 2017');
  });
});
