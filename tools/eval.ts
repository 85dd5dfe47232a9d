/**
 * `npm run eval [-- [--corpus DIR]... [questions.jsonl]]`: scores the bot on a question file and
 * prints the figures and the misses. With no `--corpus`, the corpus is `CORPUS_DIR` or `corpus/`;
 * several `--corpus` directories are read as one corpus. `npm run eval:transfer` scores the
 * held-out transfer set against the seed articles plus the transfer articles.
 */
import { access, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildIndex } from '../src/index.ts';
import { corpusDir, loadCorpora, PROJECT_ROOT } from './corpusDir.ts';
import { evaluate, formatReport, parseEvalFile } from './evaluate.ts';

/** The development questions live beside the project, in the shared evaluation folder. */
export const DEFAULT_QUESTIONS = resolve(PROJECT_ROOT, '../shared/eval/dev-questions.jsonl');

try {
  const { values, positionals } = parseArgs({ options: { corpus: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  if (values.help) {
    console.log('usage: npm run eval -- [--corpus DIR]... [questions.jsonl]\n  default questions: ../shared/eval/dev-questions.jsonl; default corpus: CORPUS_DIR or corpus/ (several --corpus are read as one corpus)');
    process.exit(0);
  }
  const file = positionals[0] ? resolve(positionals[0]) : DEFAULT_QUESTIONS;
  try {
    await access(file);
  } catch {
    throw new Error(
      `question file not found: ${file}\n` +
        'Pass one: npm run eval -- path/to/questions.jsonl. The development and transfer sets live in ../shared/eval/ beside this project (see docs/quality.md).',
    );
  }
  const items = parseEvalFile(await readFile(file, 'utf8'), file);
  const dirs = values.corpus?.length ? values.corpus : [corpusDir()];
  const corpus = await loadCorpora(dirs);
  for (const p of corpus.problems) console.error(`skipped ${p.path}: ${p.reason}`);
  const index = buildIndex(corpus);
  console.log(`${items.length} questions from ${file}\n`);
  console.log(formatReport(evaluate(index, items)));
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
}
