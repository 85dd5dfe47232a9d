import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchIndex } from '../src/index.ts';
import { analyzeQuery } from '../src/rank.ts';
import { Lexicon } from '../src/spelling.ts';
import { realIndex } from './helpers/corpus.ts';

let index: SearchIndex;
beforeAll(async () => {
  index = await realIndex();
});

describe('spelling correction', () => {
  it('reads "minster" as minister and "defecit" as deficit', () => {
    expect(analyzeQuery(index, 'prime minster').corrections).toEqual([{ from: 'minster', to: 'minister' }]);
    expect(analyzeQuery(index, 'trade defecit').corrections).toEqual([{ from: 'defecit', to: 'deficit' }]);
  });

  it('maps a corrected word into the vocabulary like the right spelling', () => {
    const wrong = analyzeQuery(index, 'prime minster').terms.map((t) => t.term);
    const right = analyzeQuery(index, 'prime minister').terms.map((t) => t.term);
    expect(wrong).toEqual(right);
  });

  it('never changes a word the index knows', () => {
    expect(analyzeQuery(index, 'trade talks tariff beef').corrections).toEqual([]);
  });

  it('leaves short real words alone rather than turn them into other words', () => {
    expect(analyzeQuery(index, 'rice tax').corrections).toEqual([]);
  });

  it('reads two letters typed the wrong way round as the word ("abotu", "taht", "tairffs"), even in a short word', () => {
    const lexicon = new Lexicon();
    for (const w of ['about', 'that', 'tariffs']) lexicon.add(w);
    expect(lexicon.correct('abotu')).toBe('about');
    expect(lexicon.correct('taht')).toBe('that');
    expect(lexicon.correct('tairffs')).toBe('tariffs');
    // A dictionary word is another word, not a slip ("form" is no "from").
    lexicon.add('from');
    expect(lexicon.correct('form')).toBeUndefined();
  });

  it('reads a dictionary word as a corpus word only when it drops or adds a letter after the first ("minster", "aluminium")', () => {
    const lexicon = new Lexicon();
    for (const w of ['minister', 'aluminum', 'killing', 'setting', 'raised', 'creating']) lexicon.add(w);
    expect(lexicon.correct('minster')).toBe('minister');
    expect(lexicon.correct('aluminium')).toBe('aluminum');
  });

  it('never corrects a form WordNet knows of a verb ("tanking" is not "taking")', () => {
    const lexicon = new Lexicon();
    for (const w of ['taking', 'minister']) lexicon.add(w);
    expect(lexicon.correct('tanking')).toBeUndefined();
    expect(lexicon.correct('minster')).toBe('minister');
  });

  it('never turns a dictionary word into another by changing a letter or dropping its first ("willing" is not "killing")', () => {
    const lexicon = new Lexicon();
    for (const w of ['minister', 'aluminum', 'killing', 'setting', 'raised', 'creating']) lexicon.add(w);
    for (const word of ['willing', 'getting', 'praised', 'cheating']) expect(lexicon.correct(word)).toBeUndefined();
    expect(analyzeQuery(index, 'would tokyo be willing to talk about farm trade').corrections).toEqual([]);
  });

  it('reads a word with the wrong letter doubled as the corpus word ("tarrif", "comitee"), two edits away though it is', () => {
    const lexicon = new Lexicon();
    for (const w of ['tariff', 'tariffs', 'committee', 'terrific']) lexicon.add(w);
    expect(lexicon.correct('tarrif')).toBe('tariff');
    expect(lexicon.correct('comitee')).toBe('committee');
    expect(analyzeQuery(index, 'the new tarrif on japan').corrections).toEqual([{ from: 'tarrif', to: 'tariff' }]);
  });

  it('learns words added after a correction was asked for', () => {
    const lexicon = new Lexicon();
    lexicon.add('tariff');
    expect(lexicon.correct('comitee')).toBeUndefined();
    lexicon.add('committee');
    expect(lexicon.correct('comitee')).toBe('committee');
  });

  it('prefers the closest, then the most frequent, corpus word', () => {
    const lexicon = new Lexicon();
    for (const w of ['tariff', 'tariff', 'tariffs', 'sheriff']) lexicon.add(w);
    expect(lexicon.correct('tarriff')).toBe('tariff');
  });
});

describe('spelling correction among equals', () => {
  it('picks the same word whatever order the words were added in, so a restored index corrects as the built one', () => {
    const corrected = (words: string[]) => {
      const lexicon = new Lexicon();
      for (const w of words) lexicon.add(w);
      return lexicon.correct('opic');
    };
    expect(corrected(['topic', 'epic'])).toBe(corrected(['epic', 'topic']));
  });
});
