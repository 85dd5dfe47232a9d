/**
 * `npm run eval [-- [--corpus DIR]... [questions.jsonl]]`: scores the bot on a question file and
 * prints the figures and the misses. With no `--corpus`, the corpus is `CORPUS_DIR` or `corpus/`;
 * several `--corpus` directories are read as one corpus. `--set NAME` takes both from the list of
 * evaluation sets (tools/evalSets.ts): `npm run eval:transfer` is `npm run eval -- --set transfer`.
 */
import { access, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildIndex } from '../src/index.ts';
import { corpusDir, loadCorpora, PROJECT_ROOT } from './corpusDir.ts';
import { evaluate, formatReport, parseEvalFile } from './evaluate.ts';
import { EVAL_SETS, evalSet } from './evalSets.ts';

/** The development questions live beside the project, in the shared evaluation folder. */
export const DEFAULT_QUESTIONS = resolve(PROJECT_ROOT, '../shared/eval/dev-questions.jsonl');

try {
  const { values, positionals } = parseArgs({
    options: { corpus: { type: 'string', multiple: true }, set: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(
      'usage: npm run eval -- [--corpus DIR]... [questions.jsonl]\n       npm run eval -- --set NAME\n' +
        '  default questions: ../shared/eval/dev-questions.jsonl; default corpus: CORPUS_DIR or corpus/ (several --corpus are read as one corpus)\n' +
        `  --set takes the questions and the corpus of one evaluation set: ${EVAL_SETS.map((s) => s.name).join(', ')}`,
    );
    process.exit(0);
  }
  if (values.set && (values.corpus?.length || positionals.length)) throw new Error('--set names the questions and the corpus itself: give it alone, or give --corpus and a question file instead');
  const set = values.set ? evalSet(values.set) : undefined;
  const file = set ? set.questions : positionals[0] ? resolve(positionals[0]) : DEFAULT_QUESTIONS;
  try {
    await access(file);
  } catch {
    throw new Error(
      `question file not found: ${file}\n` +
        'Pass one: npm run eval -- path/to/questions.jsonl. The development and transfer sets live in ../shared/eval/ beside this project (see docs/quality.md).',
    );
  }
  const items = parseEvalFile(await readFile(file, 'utf8'), file);
  const dirs = set ? set.corpora : values.corpus?.length ? values.corpus : [corpusDir()];
  const corpus = await loadCorpora(dirs);
  for (const p of corpus.problems) console.error(`skipped ${p.path}: ${p.reason}`);
  const index = buildIndex(corpus);
  console.log(`${items.length} questions from ${file}\n`);
  console.log(formatReport(evaluate(index, items)));
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
}
