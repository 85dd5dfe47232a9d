/**
 * `npm run eval:all [-- [--set NAME]... [--save FILE] [--against FILE]]`: scores every evaluation
 * set (tools/evalSets.ts) in one run and prints a line of figures per set. `--save` keeps each
 * item's outcome; `--against` compares this run with a saved one item by item, with a sign test,
 * so a change is judged on every set at once and not on one set's percentage (docs/quality.md). `--blind NAME` prints
 * only the counts of that set and its dialogues (`NAME-d`), never their items, for sets judged by their totals.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { buildIndex } from '../src/index.ts';
import type { SearchIndex } from '../src/searchIndex.ts';
import { compareSet, formatComparison, outcomesOf, parseSavedRun, type SavedRun } from './compareRuns.ts';
import { loadCorpora, PROJECT_ROOT } from './corpusDir.ts';
import { EVAL_SETS, evalSet, SHARED_EVAL } from './evalSets.ts';
import { CONFIDENT, evaluate, parseEvalFile, type EvalReport, type Rate } from './evaluate.ts';

const USAGE = `usage: npm run eval:all -- [--set NAME]... [--save FILE] [--against FILE [--blind NAME]...]
  sets: ${EVAL_SETS.map((s) => s.name).join(', ')} (default: all)
  --save FILE     write each item's outcome to FILE (JSON)
  --against FILE  compare with a run saved by --save: items turned right and wrong, with a sign test
  --blind NAME    with --against: for that set and its dialogues (NAME-d), print the counts but no item`;

const cell = (r: Rate) => (r.total === 0 ? '-' : `${((100 * r.hits) / r.total).toFixed(1)}% ${r.hits}/${r.total}`);

function row(name: string, r: EvalReport): string {
  const figures = [r.answerAccuracy, r.recallAt1, r.recallAt3, r.inScopeAnswered, r.outOfScopeDeclined, r.noiseDeclined, r.followUpAccuracy, r.confidentWrong];
  return [name.padEnd(10), ...figures.map((f) => cell(f).padEnd(16))].join('').trimEnd();
}

/** The commit checked out, to label a saved run; undefined outside a git checkout. */
function currentCommit(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

try {
  const { values } = parseArgs({
    options: { set: { type: 'string', multiple: true }, save: { type: 'string' }, against: { type: 'string' }, blind: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const sets = values.set?.length ? [...new Set(values.set)].map(evalSet) : EVAL_SETS;
  // Each name must be a set; a typo would print the very items it was meant to hide.
  const blind = new Set((values.blind ?? []).flatMap((name) => [evalSet(name).name, ...EVAL_SETS.filter((s) => s.name === `${name}-d`).map((s) => s.name)]));
  if (!existsSync(SHARED_EVAL)) throw new Error(`the shared evaluation data is not at ${SHARED_EVAL}; it sits beside the project (see docs/quality.md)`);
  const before = values.against ? parseSavedRun(await readFile(values.against, 'utf8'), values.against) : undefined;
  if (before && !sets.some((s) => before.sets[s.name])) {
    throw new Error(`${values.against} holds none of the sets to compare (${sets.map((s) => s.name).join(', ')}); it has ${Object.keys(before.sets).join(', ') || 'none'}`);
  }

  const indexes = new Map<string, SearchIndex>();
  const commit = currentCommit();
  const run: SavedRun = { ...(commit ? { commit } : {}), sets: {} };
  console.log(`${'set'.padEnd(10)}${['accuracy', 'recall@1', 'recall@3', 'answered', 'declined', 'noise', 'follow-ups', `wrong >= ${CONFIDENT}`].map((h) => h.padEnd(16)).join('').trimEnd()}`);
  for (const set of sets) {
    const key = set.corpora.join('\n');
    let index = indexes.get(key);
    if (!index) indexes.set(key, (index = buildIndex(await loadCorpora(set.corpora))));
    const report = evaluate(index, parseEvalFile(await readFile(set.questions, 'utf8'), set.questions));
    run.sets[set.name] = outcomesOf(report);
    console.log(row(set.name, report));
  }
  if (values.save) {
    await writeFile(values.save, `${JSON.stringify(run, null, 1)}\n`);
    console.log(`\nsaved to ${values.save}`);
  }
  if (before) {
    const compared = sets.filter((s) => before.sets[s.name]).map((s) => compareSet(s.name, before.sets[s.name]!, run.sets[s.name]!));
    const missing = sets.filter((s) => !before.sets[s.name]).map((s) => s.name);
    console.log(`\nagainst ${values.against}${before.commit ? ` (${before.commit})` : ''}:\n${formatComparison(compared, blind)}`);
    if (missing.length) console.log(`not in the saved run, so not compared: ${missing.join(', ')}`);
  }
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
}
