/**
 * `npm run calibrate`: chooses the answer threshold (`DEFAULT_MIN_CONFIDENCE`) by cross-validation
 * over the development and transfer questions, and prints the answered-versus-declined curve.
 * `--ablate` removes one method step at a time and prints what each costs on both sets;
 * `--grid` searches weights, scoring each setting by the cross-validated result on both sets
 * (so that no setting can win on one set alone).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { answer, buildIndex, type AnswerOptions, type SearchIndex } from '../src/index.ts';
import { MISSING_NAME_FACTOR } from '../src/answer.ts';
import { loadCorpora, PROJECT_ROOT } from './corpusDir.ts';
import { asReceived, containsGold, parseEvalFile, type EvalItem } from './evaluate.ts';

const SHARED = resolve(PROJECT_ROOT, '../shared/eval');
const SETS = [
  { name: 'dev', file: resolve(SHARED, 'dev-questions.jsonl'), corpus: [resolve(PROJECT_ROOT, 'corpus')] },
  { name: 'transfer', file: resolve(SHARED, 'transfer/questions.jsonl'), corpus: [resolve(PROJECT_ROOT, 'corpus'), resolve(SHARED, 'transfer/articles')] },
];
/** Folds for cross-validating the threshold. */
const FOLDS = 5;
const THRESHOLDS = Array.from({ length: 101 }, (_, i) => i / 100);

interface Scored {
  set: string;
  inScope: boolean;
  /** The answer at threshold 0 quotes a gold string (in scope only). */
  right: boolean;
  confidence: number;
  answered: boolean;
}

function score(index: SearchIndex, items: EvalItem[], set: string, options: AnswerOptions): Scored[] {
  return items.map((item) => {
    const a = answer(index, asReceived(item.question), { ...options, minConfidence: 0 });
    const quoted = [...a.sentences.map((s) => s.text), ...a.notes].join(' ');
    const answered = a.status === 'answered';
    return { set, inScope: item.in_scope, right: answered && containsGold(quoted, item.answers), confidence: a.confidence, answered };
  });
}

/**
 * What the answers are worth at a threshold, per question: a right answer or a declined
 * out-of-scope question +1, a wrong answer (in scope without the fact, or out of scope) -1, a
 * declined in-scope question 0. A wrong answer costs more than a declined one, because users
 * believe it.
 */
function utility(items: Scored[], t: number): number {
  let total = 0;
  for (const s of items) {
    const answered = s.answered && s.confidence >= t;
    if (s.inScope) total += answered ? (s.right ? 1 : -1) : 0;
    else total += answered ? -1 : 1;
  }
  return total / Math.max(1, items.length);
}

function bestThreshold(items: Scored[]): number {
  let best = 0;
  let bestU = -1;
  for (const t of THRESHOLDS) {
    const u = utility(items, t);
    if (u > bestU) [best, bestU] = [t, u];
  }
  return best;
}

/** Threshold chosen on the other folds, utility measured on each held-out fold; interleaved folds over both sets. */
function crossValidate(items: Scored[]): { utility: number; thresholds: number[] } {
  const thresholds: number[] = [];
  let total = 0;
  for (let f = 0; f < FOLDS; f++) {
    const train = items.filter((_, i) => i % FOLDS !== f);
    const test = items.filter((_, i) => i % FOLDS === f);
    const t = bestThreshold(train);
    thresholds.push(t);
    total += utility(test, t) * test.length;
  }
  return { utility: total / items.length, thresholds };
}

function curve(items: Scored[], set: string): string[] {
  const mine = items.filter((s) => s.set === set);
  const inScope = mine.filter((s) => s.inScope);
  const out = mine.filter((s) => !s.inScope);
  const lines = [`${set}: threshold  in-scope answered  answer accuracy  out-of-scope declined`];
  for (const t of THRESHOLDS.filter((_, i) => i % 5 === 0)) {
    const answered = inScope.filter((s) => s.answered && s.confidence >= t);
    const right = answered.filter((s) => s.right);
    const declined = out.filter((s) => !(s.answered && s.confidence >= t));
    const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`.padStart(7);
    lines.push(`  ${t.toFixed(2)}       ${pct(answered.length, inScope.length)}            ${pct(right.length, inScope.length)}          ${pct(declined.length, out.length)}`);
  }
  return lines;
}

const { values } = parseArgs({ options: { grid: { type: 'boolean', default: false }, ablate: { type: 'boolean', default: false } } });
const loaded = await Promise.all(
  SETS.map(async (s) => ({ ...s, index: buildIndex(await loadCorpora(s.corpus)), items: parseEvalFile(await readFile(s.file, 'utf8'), s.file) })),
);
const run = (options: AnswerOptions) => loaded.flatMap((s) => score(s.index, s.items, s.name, options));

/** Each method step, and the options that remove it: its contribution is what removing it costs. */
const STEPS: [string, AnswerOptions][] = [
  ['everything', {}],
  ['- WordNet synonyms', { synonymCredit: 0 }],
  ['- WordNet derived forms', { derivedCredit: 0 }],
  ['- roles from appositives', { roleCredit: 0 }],
  ['- proximity', { proximityPenalty: 0 }],
  ['- lighter unknown English words', { unknownEnglishWordFactor: 1 }],
  ['- answer types', { answerTypeBonus: 0, missingAnswerTypeFactor: 1 }],
  ['- names the answer must mention', { missingNameFactor: 1 }],
  ['- focus the quotes must hold', { missingFocusFactor: 1, unknownFocusFactor: 1 }],
  ['- countries above other names (0.8)', { missingPlaceFactor: MISSING_NAME_FACTOR }],
  ['- earlier articles for past events', { earlierArticleFactor: 1 }],
];

/** Figures of one set at a threshold, as `npm run eval` gives them. */
function figures(items: Scored[], set: string, t: number): string {
  const mine = items.filter((s) => s.set === set);
  const inScope = mine.filter((s) => s.inScope);
  const out = mine.filter((s) => !s.inScope);
  const answered = inScope.filter((s) => s.answered && s.confidence >= t);
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`.padStart(6);
  return `${pct(answered.filter((s) => s.right).length, inScope.length)} ${pct(answered.length, inScope.length)} ${pct(out.filter((s) => !(s.answered && s.confidence >= t)).length, out.length)}`;
}

if (values.ablate) {
  console.log('method step                         cv utility  dev: accuracy answered declined   transfer: accuracy answered declined');
  for (const [name, options] of STEPS) {
    const items = run(options);
    const cv = crossValidate(items);
    const t = bestThreshold(items);
    console.log(`${name.padEnd(36)} ${cv.utility.toFixed(3)}      ${figures(items, 'dev', t)}            ${figures(items, 'transfer', t)}   (threshold ${t})`);
  }
} else if (values.grid) {
  // Weights the ablation does not switch off; add a setting here to compare it.
  const grid: AnswerOptions[] = [];
  for (const passagePrior of [0.3, 0.5, 0.7])
    for (const answerTypeBonus of [0.1, 0.15, 0.3])
      for (const missingNameFactor of [0.8, 1])
        for (const unknownEnglishWordFactor of [0.3, 0.5, 0.7]) grid.push({ passagePrior, answerTypeBonus, missingNameFactor, unknownEnglishWordFactor });
  const results = grid.map((options) => ({ options, ...crossValidate(run(options)) })).sort((a, b) => b.utility - a.utility);
  for (const r of results.slice(0, 10)) console.log(r.utility.toFixed(3), JSON.stringify(r.options), r.thresholds.join(' '));
} else {
  const items = run({});
  const cv = crossValidate(items);
  console.log(`cross-validated utility ${cv.utility.toFixed(3)}; thresholds chosen per fold: ${cv.thresholds.join(', ')}; on all questions: ${bestThreshold(items)}\n`);
  for (const set of SETS) console.log([...curve(items, set.name), ''].join('\n'));
}
