import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchIndex } from '../src/index.ts';
import { evaluate, parseEvalFile } from '../tools/evaluate.ts';
import { realIndex } from './helpers/corpus.ts';

let index: SearchIndex;
beforeAll(async () => {
  index = await realIndex();
});

const dialogue = (extra: object) =>
  JSON.stringify({ id: 'x1', question: 'and aso?', in_scope: true, answers: ['Aso'], seed: null, kind: 'followup-ellipsis', ...extra });

describe('the eval format with dialogues', () => {
  it('reads an item with the earlier questions of its dialogue', () => {
    expect(parseEvalFile(dialogue({ history: ['what did pence say about the tpp?'] }))[0]!.history).toEqual(['what did pence say about the tpp?']);
  });

  it('names the line of a history that is not a list of questions', () => {
    expect(() => parseEvalFile(`\n${dialogue({ history: 'what did pence say?' })}`, 'd.jsonl')).toThrow('d.jsonl:2: history must be a list of earlier questions');
  });

  it('scores the last turn in the light of the history, and reports follow-up accuracy apart', () => {
    const report = evaluate(index, parseEvalFile(dialogue({ history: ['what did pence say about the tpp?'] })));
    expect(report.followUpAccuracy).toEqual({ hits: 1, total: 1 });
    expect(report.items[0]!.correct).toBe(true);
  });
});
