/**
 * `npm run ask -- "question"` prints a readable answer; `--json` prints the answer object;
 * `--jsonl` answers one question per line of standard input, one JSON object per line, in order. A
 * line may also be a JSON object, `{"question": "...", "history": ["earlier question", ...]}`: the
 * question is answered in the light of the earlier ones, as in a chat thread.
 * Only answers go to standard output; anything else goes to standard error.
 */
import { createInterface } from 'node:readline';
import { answer, buildIndex, loadCorpus, replayHistory, type SearchIndex } from '../src/index.ts';
import { corpusDir } from './corpusDir.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const jsonl = args.includes('--jsonl');
const question = args.filter((a) => a !== '--json' && a !== '--jsonl').join(' ');

/** A line of `--jsonl` input: a JSON object with a question and its history, or else the question as plain text. */
function answerLine(index: SearchIndex, line: string) {
  if (line.trimStart().startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      parsed = undefined;
    }
    if (typeof parsed === 'object' && parsed !== null && typeof (parsed as { question?: unknown }).question === 'string') {
      const { question: q, history } = parsed as { question: string; history?: unknown };
      const earlier = Array.isArray(history) ? history.filter((h): h is string => typeof h === 'string') : [];
      return answer(index, q, { history: replayHistory(index, earlier) });
    }
  }
  return answer(index, line);
}

try {
  const corpus = await loadCorpus(corpusDir());
  for (const p of corpus.problems) console.error(`skipped ${p.path}: ${p.reason}`);
  const index = buildIndex(corpus);
  if (jsonl) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) process.stdout.write(`${JSON.stringify(answerLine(index, line))}\n`);
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
