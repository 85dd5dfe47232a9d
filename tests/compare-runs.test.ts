import { describe, expect, it } from 'vitest';
import { compareSet, formatComparison, parseSavedRun, signTest, type Outcome } from '../tools/compareRuns.ts';
import { EVAL_SETS, evalSet } from '../tools/evalSets.ts';

const outcome = (id: string, correct: boolean, confidence = 0.5, status = 'answered', hitAt3 = true): Outcome => ({
  id,
  question: `question ${id}`,
  inScope: true,
  status,
  correct,
  confidence,
  hitAt1: false,
  hitAt3,
});

describe('signTest: the chance of a split of changed items at least this uneven if the change did nothing', () => {
  it('is 1 when nothing changed, or as much changed for the better as for the worse', () => {
    expect(signTest(0, 0)).toBe(1);
    expect(signTest(3, 3)).toBe(1);
  });

  it('gives the exact two-sided binomial tail', () => {
    expect(signTest(1, 0)).toBe(1);
    expect(signTest(5, 0)).toBeCloseTo(2 / 32, 10);
    expect(signTest(7, 0)).toBeCloseTo(2 / 128, 10);
    expect(signTest(0, 7)).toBeCloseTo(2 / 128, 10);
    expect(signTest(8, 2)).toBeCloseTo((2 * (1 + 10 + 45)) / 1024, 10);
  });

  it('stays a probability for more changed items than any set has (no underflow to 0)', () => {
    expect(signTest(600, 600)).toBeCloseTo(1, 2);
    expect(signTest(700, 500)).toBeGreaterThan(0);
    expect(signTest(700, 500)).toBeLessThan(1e-6);
  });
});

describe('compareSet: two runs of one set, item by item', () => {
  it('lists the items turned right and turned wrong, and the sign test on them', () => {
    const c = compareSet('dev', [outcome('a', false), outcome('b', true), outcome('c', true)], [outcome('a', true), outcome('b', false), outcome('c', true)]);
    expect(c.better.map((x) => x.after.id)).toEqual(['a']);
    expect(c.worse.map((x) => x.after.id)).toEqual(['b']);
    expect(c.p).toBe(1);
  });

  it('lists an item whose status or confidence moved without turning right or wrong', () => {
    const c = compareSet('dev', [outcome('a', false, 0.2, 'no_answer'), outcome('b', true, 0.5)], [outcome('a', false, 0.4), outcome('b', true, 0.52)]);
    expect(c.moved.map((x) => x.after.id)).toEqual(['a']);
  });

  it('counts a confidence move of exactly 0.05 as moved, though 0.5 - 0.45 is not 0.05 in floating point', () => {
    const c = compareSet('dev', [outcome('a', true, 0.5), outcome('b', true, 0.4)], [outcome('a', true, 0.45), outcome('b', true, 0.45)]);
    expect(c.moved.map((x) => x.after.id)).toEqual(['a', 'b']);
  });

  it('lists an item whose gold passage fell out of the best three, though its answer did not change', () => {
    const c = compareSet('transfer', [outcome('p009', false, 0.516)], [outcome('p009', false, 0.516, 'answered', false)]);
    expect(c.moved.map((x) => x.after.id)).toEqual(['p009']);
    expect(formatComparison([c])).toContain('gold passage @3 -> -');
  });

  it('names the items found in one run only', () => {
    const c = compareSet('dev', [outcome('a', true), outcome('old', true)], [outcome('a', true), outcome('new', false)]);
    expect(c.unmatched.sort()).toEqual(['new', 'old']);
  });

  it('prints each changed item, and the total over every set', () => {
    const text = formatComparison([compareSet('dev', [outcome('a', false)], [outcome('a', true)]), compareSet('transfer', [outcome('b', true)], [outcome('b', true)])]);
    expect(text).toContain('dev: 1 better, 0 worse');
    expect(text).toContain('+ a wrong -> right');
    expect(text).not.toContain('transfer:');
    expect(text).toContain('all sets compared: 1 better, 0 worse (sign test p = 1.00)');
  });

  it('prints only the counts of a blind set, never its items, and still counts them in the total', () => {
    const c = compareSet('h1950', [outcome('h27q001', false), outcome('h27q002', true, 0.5)], [outcome('h27q001', true), outcome('h27q002', true, 0.9)]);
    const text = formatComparison([c], new Set(['h1950']));
    expect(text).toContain('h1950: 1 better, 0 worse');
    expect(text).toContain('blind: 1 moved otherwise, 0 in one run only; items not shown');
    expect(text).not.toContain('h27q');
    expect(text).not.toContain('question');
    expect(text).toContain('all sets compared: 1 better, 0 worse');
  });
});

describe('saved runs and the set list', () => {
  it('reads a saved run and refuses a file that is not one, naming it', () => {
    expect(parseSavedRun('{"sets":{"dev":[]}}', 'run.json').sets.dev).toEqual([]);
    expect(() => parseSavedRun('{"dev":[]}', 'run.json')).toThrow(/run\.json: not a saved run/);
    expect(() => parseSavedRun('nope', 'run.json')).toThrow(/run\.json: not JSON/);
    expect(() => parseSavedRun('{"sets":[]}', 'run.json')).toThrow(/not a saved run/);
    expect(() => parseSavedRun('{"sets":{"dev":[null]}}', 'run.json')).toThrow(/not a saved run.*sets\.dev\.0/);
    expect(() => parseSavedRun('{"sets":{"dev":[{"id":"d001"}]}}', 'run.json')).toThrow(/not a saved run.*sets\.dev\.0\.question/);
  });

  it('names every set once, and refuses an unknown name with the known ones', () => {
    expect(new Set(EVAL_SETS.map((s) => s.name)).size).toBe(EVAL_SETS.length);
    expect(evalSet('transfer').corpora).toHaveLength(2);
    expect(() => evalSet('nope')).toThrow(/no evaluation set named "nope"; the sets are dev, transfer/);
  });
});
