/**
 * `npm run bench answer`: `answer()` latency on the seed corpus, the bot's everyday case. Every
 * development and transfer question is asked 20 times after one warm-up round (which fills the
 * passage cache and loads the WordNet extract), and p50 and p99 are printed. Then the time to read
 * a 40,000-character message (Slack's most) of words, and of markup that once took time growing
 * with the square of its length ("<a<a<a…", unclosed "<script>"s), as a ratio of the plain one; and
 * the time a follow-up takes to read an article that is one 40,000-character sentence of capitalised
 * words, which was read again from each of its letters, as a ratio of one of lower-case words.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { sentencesInContext } from '../src/conversationContext.ts';
import { answer, buildIndex, loadCorpus } from '../src/index.ts';
import { prepareQuestion } from '../src/question.ts';
import { ms, percentile } from './stats.ts';

const ROOT = resolve(import.meta.dirname, '..');
const ROUNDS = 20;

export async function benchAnswer(): Promise<string> {
  const index = buildIndex(await loadCorpus(resolve(ROOT, 'corpus')));
  const questions: string[] = [];
  for (const file of ['../shared/eval/dev-questions.jsonl', '../shared/eval/transfer/questions.jsonl']) {
    const text = await readFile(resolve(ROOT, file), 'utf8').catch(() => '');
    for (const line of text.split('\n')) if (line.trim()) questions.push((JSON.parse(line) as { question: string }).question);
  }
  if (questions.length === 0) questions.push('what does japan want to avoid in a trade deal?', 'korus?', 'who is the US trade representative?');
  for (const q of questions) answer(index, q);
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of questions) {
      const started = performance.now();
      answer(index, q);
      times.push(performance.now() - started);
    }
  }
  const read = (message: string) => {
    const started = performance.now();
    for (let i = 0; i < 5; i++) prepareQuestion(message);
    return (performance.now() - started) / 5;
  };
  const size = 40_000;
  const plain = read('what did japan agree to '.repeat(size / 24).slice(0, size));
  const hostile = (['<a', '<!', '<script>', '```x'] as const).map((unit) => `"${unit}…" ${(read(unit.repeat(size / unit.length)) / plain).toFixed(1)}×`);
  // A fresh index each time: the sentences a follow-up reads are cached per index.
  const followUpRead = (word: string) => {
    const article = { id: 'a', path: 'a.md', title: 'A', publisher: 'P', date: '2020-01-01', body: `${word} `.repeat(size / (word.length + 1)) + 'ended.' };
    const one = buildIndex({ articles: [article] });
    const started = performance.now();
    sentencesInContext(one, 'a');
    return performance.now() - started;
  };
  const lower = followUpRead('abcd');
  const capitals = followUpRead('ABCD') / lower;
  return [
    `answer() on the seed corpus, ${questions.length} questions × ${ROUNDS}: p50 ${ms(percentile(times, 50))}, p99 ${ms(percentile(times, 99))}, max ${ms(Math.max(...times))}`,
    `reading a ${size.toLocaleString('en')}-character message: words ${ms(plain)}; markup, as a multiple of that: ${hostile.join(', ')}`,
    `a follow-up reading an article of one ${size.toLocaleString('en')}-character sentence: lower-case words ${ms(lower)}; capitalised words ${capitals.toFixed(1)}× that`,
  ].join('\n');
}
