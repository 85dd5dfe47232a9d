import { describe, expect, it } from 'vitest';
import { answer } from '../src/index.ts';
import { analyze } from '../src/analyze.ts';
import { FAR_TYPED_VALUE_FACTOR } from '../src/answer.ts';
import { countedNoun } from '../src/compose.ts';
import { article, otherArticles, tempIndex } from './helpers/corpus.ts';

describe('countedNoun: the noun a "how many/much" question counts or measures by', () => {
  it('is the head of the phrase after "how many", read as search reads it', () => {
    expect(countedNoun('how many tons of us apples is japan expected to take this season')).toBe(analyze('tons')[0]);
    expect(countedNoun('how many witnesses testified at the hearing?')).toBe(analyze('witnesses')[0]);
  });

  it('is the noun after "what number of", and the noun a count or a tally is of ("the final vote count")', () => {
    expect(countedNoun('what number of witnesses testified at the hearing?')).toBe(analyze('witnesses')[0]);
    expect(countedNoun('what was the final vote count in the senate?')).toBe(analyze('vote')[0]);
  });

  it('ends before a plain present-tense verb that agrees with a plural head', () => {
    expect(countedNoun('how many people work at the honda plant?')).toBe(analyze('people')[0]);
    expect(countedNoun('how many container ships call at us ports each month?')).toBe(analyze('ships')[0]);
    expect(countedNoun('how many shoppers hit the store on day one?')).toBe(analyze('shoppers')[0]);
  });

  it('reads a word that is a noun and a verb as a noun of the phrase before a content word, an auxiliary, or after a singular head', () => {
    expect(countedNoun('how many sales tax cuts did japan make?')).toBe(analyze('cuts')[0]);
    expect(countedNoun('how much sales tax does japan charge?')).toBe(analyze('tax')[0]);
    expect(countedNoun('how much steel trade with japan was there?')).toBe(analyze('trade')[0]);
  });

  it('reads past "more", "fewer" and "additional" to the noun they ask more of', () => {
    expect(countedNoun('how many more tons did japan buy?')).toBe(analyze('tons')[0]);
    expect(countedNoun('how many fewer cars did honda build?')).toBe(analyze('cars')[0]);
    expect(countedNoun('how much additional aid did tokyo pledge?')).toBe(analyze('aid')[0]);
  });

  it('is none when "how much extra" asks with a verb', () => {
    expect(countedNoun('how much extra did toyota put into the plant?')).toBeUndefined();
  });

  it('keeps a dotted acronym one word', () => {
    expect(countedNoun('how many u.s. troops are stationed in japan?')).toBe(analyze('troops')[0]);
  });

  it('is none when "how much" asks with a verb', () => {
    expect(countedNoun('how much did softbank invest in nasdaq japan?')).toBeUndefined();
    expect(countedNoun('when did the talks begin?')).toBeUndefined();
  });
});

describe('answer: a figure that only the counted noun stands by', () => {
  const ask = async (body: string) => {
    const index = await tempIndex({ ...otherArticles(), 'apples.md': article({ title: 'Apples reach Japan', publisher: 'Wire', date: '1971-09-30' }, body) });
    const q = 'how many tons of apples will japan import this season?';
    return { checked: answer(index, q, { minConfidence: 0 }), unchecked: answer(index, q, { minConfidence: 0, farTypedValueFactor: 1 }) };
  };

  it('is doubted: "almost 1,000 tons, arrived last Thursday" says how big one shipment was, not what Japan imports', async () => {
    const { checked, unchecked } = await ask('Japan will import American apples this season for the first time in years, growers said on Monday. The first large shipment, almost 1,000 tons, arrived by ship last Thursday.');
    expect(checked.sentences.map((s) => s.text).join(' ')).toContain('1,000 tons');
    expect(checked.confidence).toBeGreaterThan(0);
    expect(checked.confidence).toBeCloseTo(unchecked.confidence * FAR_TYPED_VALUE_FACTOR, 2);
  });

  it('is not doubted when another question word stands by it', async () => {
    const { checked, unchecked } = await ask('Growers said on Monday that Japan will import about 1,000 tons of American apples this season, the first in years.');
    expect(checked.sentences[0]?.text).toContain('1,000 tons');
    expect(checked.confidence).toBe(unchecked.confidence);
  });
});
