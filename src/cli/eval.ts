/** `npm run eval [-- file.jsonl]`: scores the bot on a question file and prints the figures and misses. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { buildIndex, loadCorpus } from '../index.ts';
import { evaluate, formatReport, parseEvalFile } from '../evaluate.ts';
import { corpusDir, PROJECT_ROOT } from './corpusDir.ts';

const DEFAULT_QUESTIONS = resolve(PROJECT_ROOT, '../shared/eval/dev-questions.jsonl');

const file = process.argv[2] ? resolve(process.argv[2]) : DEFAULT_QUESTIONS;
try {
  const items = parseEvalFile(await readFile(file, 'utf8'), file);
  const corpus = await loadCorpus(corpusDir());
  for (const p of corpus.problems) console.error(`skipped ${p.path}: ${p.reason}`);
  const index = buildIndex(corpus);
  console.log(`${items.length} questions from ${file}\n`);
  console.log(formatReport(evaluate(index, items)));
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
}
