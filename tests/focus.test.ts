import { beforeAll, describe, expect, it } from 'vitest';
import { answer, type SearchIndex } from '../src/index.ts';
import { MISSING_FOCUS_FACTOR, UNKNOWN_FOCUS_FACTOR } from '../src/answer.ts';
import { copulaSubject, questionFocus } from '../src/focus.ts';
import { realIndex } from './helpers/corpus.ts';

describe('the focus of a question', () => {
  it('is the head noun of the phrase it asks with', () => {
    expect(questionFocus("whats trump's golf score vs abe at mobara")).toBe('score');
    expect(questionFocus('how many aegis ashore batteries did japan agree to buy after the visit')).toBe('batteries');
    expect(questionFocus('what countermeasures did japan notify to the wto over the us steel tariffs')).toBe('countermeasures');
    expect(questionFocus('which japanese companies ended up buying the surplus us corn')).toBe('companies');
    expect(questionFocus("what's the final tariff on us wine in japan once the deal is fully phased in")).toBe('tariff');
  });

  it('ends before an adverb of time or the verb of a phrasal verb that follows the noun, which WordNet also knows as nouns', () => {
    expect(questionFocus('which nippon automaker first put down roots building autos in the buckeye state, and what yr?')).toBe('automaker');
    expect(questionFocus('which toyota exec put out the statement on nummi')).toBe('exec');
    expect(questionFocus('which companies set up rapidus?')).toBe('companies');
    expect(questionFocus('how many dell services employees move over to ntt data')).toBe('employees');
    expect(questionFocus('which bank originally owned the stake')).toBe('bank');
    // A noun before any other is still read: "what cut do japanese clubs get", "which first lady".
    expect(questionFocus('under the new posting rules what cut do japanese clubs get on the first 25m')).toBe('cut');
    expect(questionFocus('which trade deal did japan sign')).toBe('deal');
  });

  it('ends before a plain present-tense verb after a plural noun, which WordNet also knows as a noun: "how many people work at…"', () => {
    expect(questionFocus('how many people work at the honda aircraft plant?')).toBe('people');
    expect(questionFocus('which companies plan to build plants in ohio?')).toBe('companies');
  });

  it('runs on through a noun that a particle follows as a preposition, not as part of a phrasal verb', () => {
    // A plural noun is the head of the phrase, not a verb: "jobs over the next five years", "models out of japan".
    expect(questionFocus('how many auto jobs over the next five years will the deal create')).toBe('jobs');
    expect(questionFocus('which car models out of japan face the new tariffs')).toBe('models');
    // "Out in ohio", "down in georgia": a particle before "in", "of" or "at" says where or when.
    expect(questionFocus('which steel plant out in ohio is closing')).toBe('plant');
    expect(questionFocus('which auto plant down in georgia got the money')).toBe('plant');
  });

  it('is no noun that only names the sort of answer, which the answer type checks', () => {
    for (const q of ['which minister replaced seko', 'what year did the talks start', 'what share of imports come from the us', 'what was the deficit in 2018']) {
      expect(questionFocus(q), q).toBeUndefined();
    }
  });

  it('is a plural of people that a name alone does not answer: "which banks", "which japanese steelmakers"', () => {
    expect(questionFocus('which banks are lending bridgestone the money for firestone')).toBe('banks');
    expect(questionFocus('which japanese steelmakers get hit hardest by the tariffs')).toBe('steelmakers');
    expect(questionFocus('which minister replaced seko')).toBeUndefined();
  });

  it('is no plural of people that names anyone at all: "which officials", "which guys" are answered by names with any title', () => {
    expect(questionFocus('which officials met lighthizer in tokyo')).toBeUndefined();
    expect(questionFocus('which japanese officials are flying to dc next week')).toBeUndefined();
    expect(questionFocus('which guys signed the deal')).toBeUndefined();
  });

  it('is no noun that only says "some sort of"', () => {
    expect(questionFocus('what types of vehicles did the investigation cover')).toBeUndefined();
    expect(questionFocus('how much farm stuff does japan import')).toBeUndefined();
  });

  it('is no noun when "what" is the object of the verb: "what is the budget request paying for"', () => {
    expect(questionFocus("what's japan's record defense budget request for fiscal 2018 paying for?")).toBeUndefined();
    expect(questionFocus('what did matsuyama shoot at kasumigaseki')).toBeUndefined();
  });

  it('ends the noun phrase at an irregular past form of a verb: "which japanese official shot down…"', () => {
    expect(questionFocus("which japanese official shot down trump's talk of an august deal?")).toBeUndefined();
    expect(questionFocus('which goods rose the most after the deal')).toBe('goods');
  });

  it('is none for questions that ask with no noun', () => {
    for (const q of ['who replaced seko as trade minister', 'when did the diet ratify the deal', 'why did trump delay the tariffs', 'how long did they meet']) {
      expect(questionFocus(q), q).toBeUndefined();
    }
  });
});

describe('the subject a "when", "where" or "who is" question asks about', () => {
  it('is the head noun after the copula: "the next olympics", "the summit", "the deal"', () => {
    expect(copulaSubject('when is the next olympics?')).toBe('olympics');
    expect(copulaSubject('where is the summit?')).toBe('summit');
    expect(copulaSubject('when was the deal signed?')).toBe('deal');
  });

  it('is no noun that names the sort of answer ("who\'s the finance minister?"), nor a name asked about ("who is abe?")', () => {
    expect(copulaSubject("who's the finance minister?")).toBeUndefined();
    expect(copulaSubject('who is abe?')).toBeUndefined();
  });
});

describe('answer: quotes without the focus', () => {
  let index: SearchIndex;
  beforeAll(async () => {
    index = await realIndex();
  });

  it('doubts quotes about the subject that never name what was asked ("the menu" of a lunch the articles only mention)', () => {
    const q = 'what menu did pence and abe have at their working lunch?';
    const doubted = answer(index, q, { minConfidence: 0 });
    const trusted = answer(index, q, { minConfidence: 0, missingFocusFactor: 1 });
    expect(doubted.sentences.map((s) => s.text).join(' ')).not.toMatch(/menu/i);
    expect(doubted.confidence).toBeCloseTo(trusted.confidence * MISSING_FOCUS_FACTOR, 2);
  });

  it('does not doubt quotes that hold the focus', () => {
    const q = 'which news agency did suga talk to about the tpp?';
    const a = answer(index, q);
    expect(a.status).toBe('answered');
    expect(a.confidence).toBe(answer(index, q, { missingFocusFactor: 1, unknownFocusFactor: 1 }).confidence);
  });

  it('doubts them more when no article uses the focus at all, in any form', () => {
    const q = 'what dessert did pence and abe have at their working lunch?';
    const doubted = answer(index, q, { minConfidence: 0 });
    const known = answer(index, q, { minConfidence: 0, unknownFocusFactor: 1 });
    expect(known.confidence).toBeGreaterThan(0);
    expect(doubted.confidence).toBeCloseTo(known.confidence * UNKNOWN_FOCUS_FACTOR, 2);
  });

  it('doubts them as much when no article uses what a "when is the X" question asks the date of', () => {
    const q = 'when is the next olympics?';
    const doubted = answer(index, q, { minConfidence: 0 });
    const known = answer(index, q, { minConfidence: 0, unknownFocusFactor: 1 });
    expect(known.confidence).toBeGreaterThan(0.31);
    expect(doubted.confidence).toBeCloseTo(known.confidence * UNKNOWN_FOCUS_FACTOR, 2);
    expect(answer(index, q).status).toBe('no_answer');
  });

  it('does not doubt them more when the articles use the focus elsewhere', () => {
    const q = 'what deal did pence and abe talk about at their working lunch?';
    expect(questionFocus(q)).toBe('deal');
    expect(answer(index, q, { minConfidence: 0 }).confidence).toBe(answer(index, q, { minConfidence: 0, unknownFocusFactor: 1 }).confidence);
  });
});
