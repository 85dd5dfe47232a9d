import { beforeAll, describe, expect, it } from 'vitest';
import { type SearchIndex } from '../src/index.ts';
import { conversationScope, rankWithin, sentencesInContext } from '../src/conversationContext.ts';
import { analyze } from '../src/analyze.ts';
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

  it('reads who speaks in each sentence: the name before "said" or after it, and for "…,” he said" the speaker of the sentence before', () => {
    const sentences = sentencesInContext(index, '2017-04-18-pence-pushes-japan-to-start-trade-talks');
    const speakersOf = (start: string) => [...sentences.find((s) => s.text.startsWith(start))!.speakers];
    const [aso] = analyze('Aso');
    const [pence] = analyze('Pence');
    const [harris] = analyze('Harris');
    expect(speakersOf('Aso said that the friction')).toContain(aso);
    expect(speakersOf('“We’re entering a new area')).toContain(aso);
    expect(speakersOf('“We’re entering a new area')).not.toContain(pence);
    expect(speakersOf('“Under President Trump’s leadership')).toContain(pence);
    expect(speakersOf('But his government has re-embraced TPP')).toContain(harris);
    expect(speakersOf('“Second, it gives Japan some leverage')).toContain(harris);
    // A sentence that names someone only as "he" now names them: it can answer a follow-up about Aso.
    expect([...sentences.find((s) => s.text.startsWith('“We’re entering a new area'))!.terms]).toContain(aso);
  });

  it('reads the name a sentence opens with, after a connective at most, as its subject', () => {
    const sentences = sentencesInContext(index, ARTICLE);
    const subjectsOf = (start: string) => [...sentences.find((s) => s.text.startsWith(start))!.subjects];
    const [japan] = analyze('Japan');
    expect(subjectsOf('Japan, though, wants to avoid')).toContain(japan);
    expect(subjectsOf('Previously, US Treasury Secretary')).not.toContain(japan);
  });
});
