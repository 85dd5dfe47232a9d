/**
 * One step of the scale benchmark, in its own process so memory figures are its own:
 * `build DIR` indexes a corpus and writes its snapshot; `serve DIR` starts from the snapshot,
 * answers 1,000 questions, then times bare MiniSearch on the same passages and questions.
 * Prints one JSON line of figures.
 */
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { buildProgressBar } from '../adapters/progress.ts';
import { answer, buildIndex, loadCorpus } from '../src/index.ts';
import { LiveIndex } from '../src/liveIndex.ts';
import { hashCorpus, SNAPSHOT_FILE, writeSnapshot } from '../src/snapshot.ts';
import { percentile } from './stats.ts';
import { SYNTHETIC_INDEX_OPTIONS, syntheticQuestions } from './synthetic.ts';

const WARM_UP = 100;
/** Bare MiniSearch takes about a second a question at a million passages; there it runs on the first 200. */
const BARE_QUESTIONS_LARGE = 200;
const LARGE = 500_000;
/** BENCH_MAX_SCORED_POSTINGS=Infinity measures answer() without pruning common terms (the "before"). */
const maxScoredPostings = process.env.BENCH_MAX_SCORED_POSTINGS ? Number(process.env.BENCH_MAX_SCORED_POSTINGS) : undefined;
const [mode, dir] = process.argv.slice(2);
if (!dir || (mode !== 'build' && mode !== 'serve')) throw new Error('usage: scale-child.ts build|serve DIR');
const snapshotPath = join(dir, SNAPSHOT_FILE);

/** Resident memory once settled: V8 hands freed pages back to the system a little after a big load. */
async function rssMb(): Promise<number> {
  globalThis.gc?.();
  await new Promise((r) => setTimeout(r, 2000));
  globalThis.gc?.();
  return process.memoryUsage().rss / 2 ** 20;
}

function timeEach(questions: string[], run: (q: string) => unknown, warmUp = WARM_UP): number[] {
  for (const q of syntheticQuestions(warmUp, 99)) run(q);
  return questions.map((q) => {
    const started = performance.now();
    run(q);
    return performance.now() - started;
  });
}

if (mode === 'build') {
  const started = performance.now();
  const corpus = await loadCorpus(dir);
  const loadMs = performance.now() - started;
  const bar = buildProgressBar(`Indexing ${corpus.articles.length} articles`);
  const index = buildIndex(corpus, SYNTHETIC_INDEX_OPTIONS, bar);
  bar.stop();
  const hash = await hashCorpus(dir);
  const writeStarted = performance.now();
  const { bytes } = await writeSnapshot(index, snapshotPath, hash, SYNTHETIC_INDEX_OPTIONS);
  const writeMs = performance.now() - writeStarted;
  console.log(JSON.stringify({ passages: index.passages.size, loadMs, buildMs: index.buildMs, writeMs, bytes, rssMb: await rssMb() }));
} else {
  const questions = syntheticQuestions();
  const rssBefore = await rssMb();
  const started = performance.now();
  let source = '';
  // The bot's own start-up path: hash the corpus, check and load the snapshot.
  const live = await LiveIndex.open(dir, { ...SYNTHETIC_INDEX_OPTIONS, onEvent: (e) => e.kind === 'loaded' && (source = e.source) });
  const startMs = performance.now() - started;
  if (source !== 'snapshot') throw new Error(`the snapshot was not used (${source})`);
  const index = live.current;
  const rssLoaded = await rssMb();
  const answered = { count: 0 };
  const ours = timeEach(questions, (q) => {
    if (answer(index, q, maxScoredPostings === undefined ? {} : { maxScoredPostings }).status === 'answered') answered.count += 1;
  });
  const rssAfterQuestions = await rssMb();
  const heapAfterQuestionsMb = process.memoryUsage().heapUsed / 2 ** 20;
  const bareQuestions = index.passages.size >= LARGE ? questions.slice(0, BARE_QUESTIONS_LARGE) : questions;

  const bareStarted = performance.now();
  const bare = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  bare.addAll([...index.passages.values()].map((p) => ({ id: p.id, text: p.text })));
  const bareBuildMs = performance.now() - bareStarted;
  const theirs = timeEach(bareQuestions, (q) => bare.search(q).slice(0, 10), index.passages.size >= LARGE ? 10 : WARM_UP);
  console.log(
    JSON.stringify({
      startMs,
      rssBeforeMb: rssBefore,
      rssLoadedMb: rssLoaded,
      rssAfterQuestionsMb: rssAfterQuestions,
      heapAfterQuestionsMb,
      answered: answered.count,
      p50: percentile(ours, 50),
      p99: percentile(ours, 99),
      bareBuildMs,
      bareP50: percentile(theirs, 50),
      bareP99: percentile(theirs, 99),
      bareQuestions: bareQuestions.length,
    }),
  );
}
