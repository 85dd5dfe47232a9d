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

const USAGE = 'usage: npm run ask -- "your question" [--json]   or   npm run ask -- --jsonl < questions.txt\n' +
  '  --jsonl: one question per line, as plain text or as {"question": "...", "history": ["earlier question", ...]}';

/** What a JSON line of `--jsonl` input must look like. */
const LINE_SHAPE = 'expected {"question": "...", "history": ["earlier question", ...]}';

/**
 * A line of `--jsonl` input: a JSON object with a question and its history, or else the question as
 * plain text. A line that opens a JSON object but is not one of that shape is an error, reported in
 * its place (so output lines still match input lines) and on standard error, never read as a question.
 */
function answerLine(index: SearchIndex, line: string, n: number): unknown {
  if (!line.trimStart().startsWith('{')) return answer(index, line);
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (err) {
    return lineError(n, `not valid JSON (${err instanceof Error ? err.message : String(err)}); ${LINE_SHAPE}`);
  }
  const { question: q, history } = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as { question?: unknown; history?: unknown };
  if (typeof q !== 'string') return lineError(n, `no "question" string; ${LINE_SHAPE}`);
  if (history !== undefined && !(Array.isArray(history) && history.every((h) => typeof h === 'string'))) return lineError(n, `"history" must be a list of earlier questions (strings); ${LINE_SHAPE}`);
  return answer(index, q, { history: replayHistory(index, history ?? []) });
}

function lineError(n: number, error: string): { line: number; error: string } {
  console.error(`line ${n}: ${error}`);
  return { line: n, error };
}

if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}

try {
  const corpus = await loadCorpus(corpusDir());
  for (const p of corpus.problems) console.error(`skipped ${p.path}: ${p.reason}`);
  const index = buildIndex(corpus);
  if (jsonl) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    let n = 0;
    for await (const line of lines) {
      // A file saved with a byte order mark (Notepad, PowerShell) starts with one, which JSON.parse refuses.
      const text = ++n === 1 ? line.replace(/^\uFEFF/, '') : line;
      process.stdout.write(`${JSON.stringify(answerLine(index, text, n))}\n`);
    }
  } else if (question.trim() === '') {
    console.error(USAGE);
    process.exitCode = 2;
  } else {
    const result = answer(index, question);
    process.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : `${result.text}\n`);
  }
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
}
