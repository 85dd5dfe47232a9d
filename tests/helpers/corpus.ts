import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildIndex, createTradeTalk, loadCorpus, type SearchIndex, type TradeTalk } from '../../src/index.ts';
import type { TurnOptions } from '../../src/service.ts';

export const CORPUS_DIR = resolve(import.meta.dirname, '../../corpus');

/** An article of a held-out set in `eval/`, as it was written (`heldout16/articles/….md`). */
export const heldOutArticle = (path: string): string => readFileSync(resolve(import.meta.dirname, '../../eval', path), 'utf8');

let shared: Promise<SearchIndex> | undefined;
/** The index of the real corpus, built once per test file. */
export function realIndex(): Promise<SearchIndex> {
  shared ??= loadCorpus(CORPUS_DIR).then((c) => buildIndex(c));
  return shared;
}

/** A temporary corpus directory with the given files; remove it with `cleanup`. */
export async function tempCorpus(files: Record<string, string>): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'tradetalk-corpus-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** The index of a corpus of the given files, built from a temporary directory that is removed again. */
export async function tempIndex(files: Record<string, string>): Promise<SearchIndex> {
  const { dir, cleanup } = await tempCorpus(files);
  try {
    return buildIndex(await loadCorpus(dir));
  } finally {
    await cleanup();
  }
}

export function article(front: Record<string, string>, body = 'Japan and the United States held trade talks in Tokyo.'): string {
  const lines = Object.entries(front).map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
}

/**
 * Five short articles about other things, one per topic: beside them a name that only one article
 * uses is rare enough to be what a question is specifically about (a corpus of two or three passages has no rare word).
 */
export function otherArticles(topics: readonly string[] = ['rice', 'beef', 'steel', 'cars', 'yen']): Record<string, string> {
  return Object.fromEntries(
    topics.map((w, i) => [`${w}.md`, article({ title: `On ${w}`, publisher: 'Wire', date: `2019-0${i + 1}-10` }, `Japan and the United States discussed ${w} in Tokyo.`)]),
  );
}

/** Asking this makes `failingCore` throw, as a core bug would. */
export const BOOM = 'please explode';

/** What the core was asked: the question and the options (history) it came with. */
export interface Asked {
  question: string;
  options: TurnOptions | undefined;
}

/**
 * The real core over `index`, except that it throws on questions containing `BOOM`: shows one bad
 * question cannot stop an adapter. Every question asked is pushed to `asked`, when given.
 */
export function failingCore(index: SearchIndex, asked?: Asked[]): TradeTalk {
  const real = createTradeTalk(() => index);
  return {
    ...real,
    answer: (q, options) => {
      asked?.push({ question: q, options });
      if (q.includes(BOOM)) throw new Error('simulated core failure');
      return real.answer(q, options);
    },
  };
}
