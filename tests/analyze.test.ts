import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.ts';

describe('analyze (shared by articles and questions)', () => {
  it('reads a short name joined by an ampersand as one word ("AT&T", "S&P", "R&D"), not as stop words around "and"', () => {
    expect(analyze('AT&T')).toEqual(analyze('at&t'));
    expect(analyze('AT&T')).toHaveLength(1);
    expect(analyze('the S&P 500')).toEqual([...analyze('SP'), ...analyze('500')]);
    expect(analyze('Johnson & Johnson')).toEqual(analyze('Johnson and Johnson'));
    expect(analyze('AT&amp;T')).not.toEqual(analyze('AT&T'));
  });

  it('ignores case and punctuation', () => {
    expect(analyze('TRADE talks!!!')).toEqual(analyze('trade, talks.'));
  });

  it('drops possessives', () => {
    expect(analyze("Japan's economy")).toEqual(analyze('Japan economy'));
    expect(analyze('farmers’ markets')).toEqual(analyze('farmer market'));
  });

  it('drops stop words and chat filler', () => {
    expect(analyze('hey what is the deficit pls')).toEqual(analyze('deficit'));
  });

  it('drops the words that only set a question apart from what was said: "besides", "else", "anyway", "lol"', () => {
    expect(analyze('what else did they add besides goods anyway lol')).toEqual(analyze('what did they add goods'));
  });

  it('drops "she" and "hers" as the stop-word list drops "he" and "his"', () => {
    expect(analyze('what did she say when she left')).toEqual(analyze('what did he say when he left'));
    expect(analyze('was the idea hers')).toEqual(analyze('was the idea his'));
  });

  it('drops the adverbs that only say how something ended ("finally", "eventually"), but keeps the adjective "final"', () => {
    expect(analyze('why did japan finally give in on rice')).not.toContain(analyze('final')[0]);
    expect(analyze('eventually ultimately')).toEqual([]);
    expect(analyze('the final vote')).toEqual(analyze('final vote'));
    expect(analyze('the final vote').length).toBe(2);
  });

  it('drops the inflections of a stop word but keeps an adjective that looks like one ("willing" is not "will")', () => {
    expect(analyze('doing has been')).toEqual([]);
    expect(analyze('is tokyo willing')).toHaveLength(2);
  });

  it('drops the particles of phrasal verbs alike: "down" and "off" as the stop-word list already drops "up" and "out"', () => {
    expect(analyze('sit down with abe')).toEqual(analyze('sit with abe'));
    expect(analyze('hold off the tariffs')).toEqual(analyze('hold the tariffs'));
  });

  it('reads a phrasal verb of a stop-listed verb as one term, in every form ("took over", "came about")', () => {
    expect(analyze('who took over from abe')).toEqual(['take_over', ...analyze('abe')]);
    expect(analyze('how did the dialogue come about')).toEqual([...analyze('dialogue'), 'come_about']);
    expect(analyze('tariffs go down')).toEqual(analyze('tariffs goes down'));
  });

  it('drops a stop-listed verb and a word after it that is no phrasal verb with a synonym as before', () => {
    expect(analyze('what rate did japan get in july')).toEqual(analyze('rate japan july'));
    expect(analyze('north korea will come up')).toEqual(analyze('north korea'));
    expect(analyze('well over 100 cars')).toEqual(analyze('100 cars'));
  });

  it('keeps "may" when it can only be the month: after "in", "since", "early"… or before a day or a year', () => {
    const may = analyze('in may');
    expect(may).toHaveLength(1);
    expect(analyze('in May 2019')).toEqual([...may, '2019']);
    expect(analyze('the talks began on May 21st')).toEqual([...analyze('the talks began'), ...may, '21st']);
    expect(analyze('a gap back in may')).toEqual([...analyze('a gap back'), ...may]);
    expect(analyze('early May')).toEqual([...analyze('early'), ...may]);
  });

  it('still drops the verb "may", also after a word that often comes before the month ("next", "early")', () => {
    expect(analyze('tokyo may retaliate')).toEqual(analyze('tokyo retaliate'));
    expect(analyze('what happens next may depend on tokyo')).toEqual(analyze('what happens next depend on tokyo'));
    expect(analyze('firms that invested early may benefit')).toEqual(analyze('firms that invested early benefit'));
    expect(analyze('this may be so and prices may rise')).toEqual(analyze('price rise'));
  });

  it('keeps a decade apart from its first year: "the 1980s" is not "1980"', () => {
    expect(analyze('in the 1980s and 1990s')).toEqual(['1980s', '1990s']);
    expect(analyze("in the 1980's and 1990’s")).toEqual(['1980s', '1990s']);
    expect(analyze('in 1980')).toEqual(['1980']);
  });

  it('reads the short forms of amounts as the words articles write ("$200bn" is "$200 billion")', () => {
    expect(analyze('$200bn of goods')).toEqual(analyze('$200 billion of goods'));
    expect(analyze('the 550b fund')).toEqual(analyze('the 550 billion fund'));
    expect(analyze('$5m, 10k and 1.2 trn')).toEqual(analyze('$5 million, 10 thousand and 1.2 trillion'));
  });

  it('leaves words that only end in such a letter alone ("h1b", "g7", "5 m wide")', () => {
    expect(analyze('h1b visas at the g7')).toEqual(['h1b', ...analyze('visas'), 'g7']);
    expect(analyze('5 m wide')).toEqual(['5', ...analyze('wide')]);
  });

  it('reads a month as news and chat shorten it as the month ("Oct. 7", "jan 2020", "in sept"), but not the "Mar" of Mar-a-Lago', () => {
    expect(analyze('Oct. 7')).toEqual(analyze('October 7'));
    expect(analyze('jan 2020, 10 feb, in sept, since sep, late aug, dec 2019')).toEqual(analyze('January 2020, 10 February, in September, since September, late August, December 2019'));
    expect(analyze('Mar-a-Lago')).not.toContain(analyze('March')[0]);
  });

  it('leaves a short form alone where it is no month: "Jun Azumi", "Jan Hatzius", "SEP"', () => {
    expect(analyze('Jun Azumi said')).not.toContain(analyze('June')[0]);
    expect(analyze('Jan Hatzius said')).not.toContain(analyze('January')[0]);
    expect(analyze('SEP licensing')).not.toContain(analyze('September')[0]);
  });

  it('reads "supposed to" and "slated to" as news writes a plan, "expected to"', () => {
    expect(analyze('talks were supposed to start')).toEqual(analyze('talks were expected to start'));
    expect(analyze('the plant is slated to open in 2025')).toEqual(analyze('the plant is expected to open in 2025'));
  });

  it('keeps "due to", which gives a cause, and "supposed" without "to" as they are', () => {
    expect(analyze('delayed due to the election')).not.toEqual(analyze('delayed expected to the election'));
    expect(analyze('the supposed deal')).not.toEqual(analyze('the expected deal'));
  });

  it('reads any word as a word, "constructor" included', () => {
    expect(analyze('a Japanese constructor')).toEqual([...analyze('Japanese'), 'constructor']);
  });

  it('reads chat shorthand for function words as the words it stands for', () => {
    expect(analyze('trump n abe w/ motegi thru june')).toEqual(analyze('trump and abe with motegi through june'));
  });

  it('reads "w/o" as "without" and "b/c" as "because", leaving no stray letter behind', () => {
    expect(analyze('a deal w/o autos')).toEqual(analyze('a deal without autos'));
    expect(analyze('delayed b/c of the vote')).toEqual(analyze('delayed because of the vote'));
  });

  it('reads ordinals written in figures as the words articles write: "the 2nd round" is "the second round"', () => {
    expect(analyze('the 1st, 2nd, 3rd and 4th rounds')).toEqual(analyze('the first, second, third and fourth rounds'));
    expect(analyze('the 21st century')).toContain('21st');
  });

  it('reads cardinals from three up written in words as the figures: "seven trips" is "7 trips", "over a hundred seats" "over 100 seats"', () => {
    expect(analyze('seven trips')).toEqual(analyze('7 trips'));
    expect(analyze('over a hundred seats')).toEqual(analyze('over 100 seats'));
    expect(analyze('twelve members, forty years')).toEqual(analyze('12 members, 40 years'));
  });

  it('reads no part of a compound number as a figure: "two hundred jobs" is not "100 jobs", "twenty-five" not "20" or "5"', () => {
    expect(analyze('two hundred jobs')).not.toContain('100');
    expect(analyze('five thousand cars')).not.toContain('1000');
    expect(analyze('twenty-five engineers')).not.toContain('5');
    expect(analyze('twenty-five engineers')).not.toContain('20');
  });

  it('reads no "thousand" or "hundred" after a figure as a figure of its own: "5k jobs" and "3 hundred workers" are not "1000 jobs" or "100 workers"', () => {
    expect(analyze('5k jobs')).not.toContain('1000');
    expect(analyze('5 thousand jobs')).not.toContain('1000');
    expect(analyze('3 hundred workers')).not.toContain('100');
  });

  it('reads number words side by side that make no one number as figures: "Seven-Eleven" is "7-Eleven", "three, four or five" "3, 4 or 5"', () => {
    expect(analyze('Seven-Eleven stores')).toEqual(analyze('7-Eleven stores'));
    expect(analyze('three, four or five days')).toEqual(analyze('3, 4 or 5 days'));
  });

  it('reads "one hundred" as a hundred, as "a hundred" is: "one" multiplies by nothing', () => {
    expect(analyze('one hundred seats')).toContain('100');
    expect(analyze('one thousand seats')).toContain('1000');
  });

  it('keeps "one" and "two" as words: "the two countries" and "one of them" are no figures a question means', () => {
    expect(analyze('the two countries')).not.toContain('2');
    expect(analyze('one of them')).not.toContain('1');
  });

  it('reads British spellings as American ones: "labour", "organised", "defence", "centre", "programme"', () => {
    expect(analyze('the labour party organised a defence programme at the centre')).toEqual(analyze('the labor party organized a defense program at the center'));
    expect(analyze('aluminium tariffs, privatisation and catalogues')).toEqual(analyze('aluminum tariffs, privatization and catalogs'));
  });

  it('changes no word whose look-alike WordNet does not relate to it: "four", "tour", "promise", "premium"', () => {
    for (const word of ['four', 'hour', 'tour', 'promise', 'premium', 'sense']) expect(analyze(word), word).not.toEqual(analyze(word.replace(/our$/, 'or').replace(/ise$/, 'ize').replace(/ium$/, 'um').replace(/ense$/, 'ence')));
  });

  it('reads an ordinal after a month as the day it is: "May 1st" keeps the month and "1st"', () => {
    expect(analyze('on May 1st')).toEqual([...analyze('in May'), '1st']);
    expect(analyze('June 2nd, 2019')).toEqual([...analyze('June'), '2nd', '2019']);
  });

  it('stems inflections to one term', () => {
    expect(analyze('negotiations')).toEqual(analyze('negotiating'));
    expect(analyze('devaluations')).toEqual(analyze('devaluation'));
  });

  it('maps irregular verb forms to their lemma', () => {
    expect(analyze('led')).toEqual(analyze('leading'));
    expect(analyze('won')).toEqual(analyze('win'));
  });

  it('gives every form of a verb one term, even where a shorter verb hides in it', () => {
    expect(analyze('hoped')).toEqual(analyze('hope'));
    expect(analyze('hoping')).toEqual(analyze('hopes'));
    expect(analyze('rating')).toEqual(analyze('rate'));
  });

  it('keeps numbers and years', () => {
    expect(analyze('6.5 trillion yen in 2018, 1,000 cars')).toEqual(['6.5', 'trillion', 'yen', '2018', '1000', 'auto']);
  });

  it('reads % as percent and & as and', () => {
    expect(analyze('30%')).toEqual(analyze('30 percent'));
    expect(analyze('US & Japan')).toEqual(analyze('US and Japan'));
  });

  it('keeps negation, which changes what a question asks', () => {
    expect(analyze("doesn't correlate")).toContain('not');
    expect(analyze('why havent they started')).toEqual(analyze("why haven't they started"));
  });

  it('reads "can\'t" and "won\'t", with or without the apostrophe, as "can not" and "will not", not as the terms "ca" and "wo"', () => {
    for (const text of ["can't", 'cant', "won't", 'wont', 'Can’t']) expect(analyze(`${text} sign`)).toEqual(analyze('not sign'));
  });
});
