import { describe, expect, it } from 'vitest';
import { HEAD_WORDS, leadingWord } from '../src/leading.ts';

describe('a question that asks who heads something', () => {
  it('reads "who runs X?", "who heads…", "who chaired…" and, asked of the future, "who\'s going to run…"', () => {
    expect(leadingWord('who runs toshiba machine now')).toBe('runs');
    expect(leadingWord('who heads the usw')).toBe('heads');
    expect(leadingWord("who's going to run it?", true)).toBe('run');
    expect(leadingWord('who will lead the delegation?', true)).toBe('lead');
    expect(leadingWord('who led the us team in the port talks')).toBe('led');
    expect(leadingWord('who chairs the committee')).toBe('chairs');
  });

  it('reads the question in the perfect, the plural and the future with "be" too: "who has run toshiba since 2015"', () => {
    for (const q of ['who has run toshiba since 2015', "who's been leading the delegation", 'who are running the two companies']) expect(leadingWord(q), q).toBeDefined();
    expect(leadingWord('who will be running toshiba after the split', true)).toBe('running');
  });

  it('reads no head in a race run for or against, nor in a trip: "who ran against trump", "who heads to tokyo"', () => {
    for (const q of ['who ran against trump in 2016', "who's running for ldp president", 'who is heading to washington for the talks', 'who heads to tokyo next week'])
      expect(leadingWord(q, true), q).toBeUndefined();
  });

  it('reads "who\'s in charge of X?" as asking for the one at the head of it', () => {
    for (const q of ["who's in charge of toshiba now", 'who was in charge of the port authority']) expect(leadingWord(q), q).toBe('in charge');
    expect(HEAD_WORDS.has('charge')).toBe(true);
  });

  it('reads the future only when asked to: ranking leaves "who\'s going to run it?" alone', () => {
    expect(leadingWord("who's going to run it?")).toBeUndefined();
  });

  it('reads "who is the head of X?" and "who is X\'s boss?" as asking the same', () => {
    expect(leadingWord("who is the head of kkr's japan business?")).toBe('head');
    expect(leadingWord("who's acme's boss?")).toBe('boss');
    expect(leadingWord("who's his boss?")).toBeUndefined();
  });

  it('reads no head in a verb that goes somewhere or an activity that has no head', () => {
    for (const q of ['who heads to tokyo next week?', 'who ran for president?', 'who is running the negotiations?', 'who said the plant would run at full capacity?', 'who is the ceo?'])
      expect(leadingWord(q), q).toBeUndefined();
  });

  it('takes a title that names a head alone, and the verbs of leading, as saying who heads a body; not "executive"', () => {
    for (const w of ['president', 'chairman', 'chief', 'heads', 'led']) expect(HEAD_WORDS.has(w), w).toBe(true);
    expect(HEAD_WORDS.has('executive')).toBe(false);
  });
});
