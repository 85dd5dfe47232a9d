import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');
/** Each test starts a process that loads the corpus: on a busy 2-core machine that can take longer than vitest's default 5 s. */
const PROCESS_TEST = { timeout: 30_000 };

function run(args: string[], stdin = '', command = TSX): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, CORPUS_DIR: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ stdout, stderr, code }));
    child.stdin.end(stdin);
  });
}

describe('npm run ask', PROCESS_TEST, () => {
  it('prints a readable answer', async () => {
    const r = await run(['tools/ask.ts', 'who is the US trade representative?']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Robert Lighthizer');
    expect(r.stdout).toContain('Sources:');
  });

  it('prints the answer object with --json', async () => {
    const r = await run(['tools/ask.ts', '--json', 'korus?']);
    const parsed = JSON.parse(r.stdout) as { question: string; status: string; citations: unknown[] };
    expect(parsed.question).toBe('korus?');
    expect(parsed.status).toBe('answered');
    expect(parsed.citations.length).toBeGreaterThan(0);
  });

  it('answers one JSON line per input line, in order, with nothing else on standard output, run as the README says', async () => {
    const questions = ['korus?', '', 'qwertyuiop', 'who is the US trade representative?'];
    // `--silent` keeps npm's own "> tradetalk@… ask" banner off standard output.
    const r = await run(['run', '--silent', 'ask', '--', '--jsonl'], `${questions.join('\n')}\n`, 'npm');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(questions.length);
    const answers = lines.map((l) => JSON.parse(l) as { question: string; status: string });
    expect(answers.map((a) => a.question)).toEqual(questions);
    expect(answers.map((a) => a.status)).toEqual(['answered', 'invalid', 'no_answer', 'answered']);
  });
});

describe('npm run ask with history', PROCESS_TEST, () => {
  it('answers a JSON line with a history in the light of the earlier questions, and plain lines as before', async () => {
    const lines = ['{"question": "and aso?", "history": ["what did pence say about the tpp?"]}', 'korus?'];
    const r = await run(['run', '--silent', 'ask', '--', '--jsonl'], `${lines.join('\n')}\n`, 'npm');
    const answers = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { question: string; status: string; notes: string[] });
    expect(answers.map((a) => a.question)).toEqual(['and aso?', 'korus?']);
    expect(answers[0]!.notes.join(' ')).toContain('follow-up to "what did pence say about the tpp?"');
    expect(answers[1]!.status).toBe('answered');
  });
});

describe('npm run ask with a bad JSON line', PROCESS_TEST, () => {
  it('reports a line that opens a JSON object but is not a question object in its place and on standard error, and answers the rest', async () => {
    const lines = ['{"question":', '{"foo": 1}', '{"question": "when was that?", "history": "oops"}', 'korus?'];
    const r = await run(['tools/ask.ts', '--jsonl'], `${lines.join('\n')}\n`);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { line?: number; error?: string; status?: string });
    expect(out.map((o) => o.line)).toEqual([1, 2, 3, undefined]);
    expect(out[0]!.error).toMatch(/^not valid JSON/);
    expect(out[1]!.error).toMatch(/^no "question" string/);
    expect(out[2]!.error).toMatch(/^"history" must be a list of earlier questions/);
    expect(out[3]!.status).toBe('answered');
    expect(r.stderr).toContain('line 3: "history" must be a list');
  });

  it('reads a question file saved with a byte order mark and CRLF line ends, its last line without one', async () => {
    const r = await run(['tools/ask.ts', '--jsonl'], '\uFEFF{"question": "korus?"}\r\n\r\n{"question": "who is the US trade representative?", "history": []}');
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { question?: string; status?: string; error?: string });
    expect(out.map((o) => o.error)).toEqual([undefined, undefined, undefined]);
    expect(out.map((o) => o.question)).toEqual(['korus?', '', 'who is the US trade representative?']);
    expect(out.map((o) => o.status)).toEqual(['answered', 'invalid', 'answered']);
  });

  it('prints its usage for --help rather than answering it', async () => {
    const r = await run(['tools/ask.ts', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: npm run ask/);
  });
});

describe('npm run eval', PROCESS_TEST, () => {
  it('prints the figures and the misses for a question file', async () => {
    const r = await run(['tools/eval.ts', resolve(ROOT, 'tests/fixtures/eval-sample.jsonl')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/answer accuracy\s+100\.0% \(1\/1\)/);
    expect(r.stdout).toMatch(/out-of-scope declined\s+100\.0% \(1\/1\)/);
    expect(r.stdout).toContain('misses: none');
  });
});
