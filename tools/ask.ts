/**
 * `npm run ask -- "question"` prints a readable answer; `--json` prints the answer object;
 * `--jsonl` answers one question per line of standard input, one JSON object per line, in order.
 * Only answers go to standard output; anything else goes to standard error.
 */
import { createInterface } from 'node:readline';
import { answer, buildIndex, loadCorpus } from '../src/index.ts';
import { corpusDir } from './corpusDir.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const jsonl = args.includes('--jsonl');
const question = args.filter((a) => a !== '--json' && a !== '--jsonl').join(' ');

try {
  const corpus = await loadCorpus(corpusDir());
  for (const p of corpus.problems) console.error(`skipped ${p.path}: ${p.reason}`);
  const index = buildIndex(corpus);
  if (jsonl) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) process.stdout.write(`${JSON.stringify(answer(index, line))}\n`);
  } else if (question.trim() === '') {
    console.error('usage: npm run ask -- "your question" [--json]   or   npm run ask -- --jsonl < questions.txt');
    process.exitCode = 2;
  } else {
    const result = answer(index, question);
    process.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : `${result.text}\n`);
  }
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
}
