import { describe, expect, it } from 'vitest';
import { frameTerms } from '../src/frames.ts';
import { analyze } from '../src/analyze.ts';

const terms = (words: string) => new Set(analyze(words));

describe('the frame of a question: when and at what occasion, not what it asks', () => {
  it('reads a date and an occasion after "at" and "in" as the frame, and the topic after "on" as the core', () => {
    expect(frameTerms('what did japan agree to on us car exports at the second economic dialogue in oct 2017?')).toEqual(terms('second economic dialogue oct 2017'));
  });

  it('reads a communication or an act after "in" as an occasion', () => {
    expect(frameTerms('how much did trump say in his tweet the japan trade deficit was')).toEqual(terms('tweet'));
    expect(frameTerms('which sectors did each side ring-fence in the september joint statement')).toEqual(terms('september joint statement'));
  });

  it('reads "on" as a time only with a date', () => {
    expect(frameTerms("what happened to japan's pork tariffs on jan 1 2020?")).toEqual(terms('jan 1 2020'));
    expect(frameTerms("what's trump's stance on currency?").size).toBe(0);
  });

  it('leaves times the sentence itself would say in the core: "the last day", "the end"', () => {
    expect(frameTerms('what did trump and abe do on the last day of the state visit?').size).toBe(0);
  });

  it('leaves a place or a thing after "in" in the core unless it names a date or an occasion', () => {
    expect(frameTerms('how many cars does japan sell in the us?').size).toBe(0);
  });

  it('reads a time or an occasion after a preposition of time as the frame, but not a person', () => {
    expect(frameTerms('what did abe say after the trade talks?')).toEqual(terms('trade talks'));
    expect(frameTerms('who took over after motegi?').size).toBe(0);
  });

  it('reads a clause opened by "now that", "once" or a later "when" as the frame', () => {
    expect(frameTerms("what's the tariff on us beef now that the deal is in force?")).toEqual(terms('deal force'));
    expect(frameTerms("what's the final tariff on us wine once the deal is fully phased in")).toEqual(terms('once deal fully phased'));
    expect(frameTerms('will north korea come up when pence visits tokyo?')).toEqual(terms('pence visits tokyo'));
  });

  it('leaves "once again" and "at once", which are adverbs, in the core', () => {
    expect(frameTerms('why did trump once again delay the car tariffs?').size).toBe(0);
    expect(frameTerms('which tariffs did japan remove at once under the deal?').size).toBe(0);
  });

  it('leaves a "when" that asks, at the start of the question, in the core', () => {
    expect(frameTerms('when did the deal enter into force?').size).toBe(0);
  });

  it('leaves a "when" that asks after a mention or a greeting in the core: "@TradeTalk when did…", "ok so when\'s…"', () => {
    expect(frameTerms('@TradeTalk when did the trade agreement enter into force?').size).toBe(0);
    expect(frameTerms("ok so when's the next round of talks").size).toBe(0);
    expect(frameTerms('what happened when the talks ended').size).toBeGreaterThan(0);
  });

  it('keeps in the core a word the caller says identifies the question, and a frame word the core also has', () => {
    expect(frameTerms('who played golf with trump and abe at kasumigaseki', (w) => w === 'kasumigaseki').size).toBe(0);
    expect(frameTerms('what did the 2019 deal do in 2019?').size).toBe(0);
  });
});
