/**
 * The index worker thread's body: loads the corpus, builds the new index, writes its
 * snapshot, and posts the index back as snapshot lines, so the thread that answers questions only
 * restores it. Started for one rebuild by adapters/indexRebuilder.ts, which holds the protocol.
 */
import { once } from 'node:events';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { loadCorpus, type LoadOptions } from '../src/corpus.ts';
import type { CarriedArticle } from '../src/liveIndex.ts';
import { buildIndex, type IndexOptions } from '../src/searchIndex.ts';
import { snapshotLines, writeSnapshotLines } from '../src/snapshot.ts';
import type { CorpusProblem } from '../src/types.ts';
import { errorMessage } from '../src/errorMessage.ts';

/** What the worker is started with (plain data: it is copied into the thread). */
export interface WorkerJob {
  dir: string;
  /** The corpus hash the snapshot records (the live index hashed the directory before asking for a build). */
  hash: string;
  options: LoadOptions & IndexOptions;
  snapshotPath: string | undefined;
}

/** The one message the worker waits for: the previous good versions of the broken files it reported. */
export interface CarriedMessage {
  kind: 'carried';
  carried: CarriedArticle[];
}

export type WorkerMessage =
  | { kind: 'problems'; problems: CorpusProblem[]; loaded: string[] }
  | { kind: 'line'; text: string }
  | { kind: 'done'; snapshot?: { bytes: number; ms: number } | { failed: string } }
  | { kind: 'failed'; reason: string };

async function run(job: WorkerJob, port: MessagePort): Promise<void> {
  const post = (m: WorkerMessage) => port.postMessage(m);
  try {
    const { hash } = job;
    const corpus = await loadCorpus(job.dir, job.options);
    const reply = once(port, 'message');
    post({ kind: 'problems', problems: corpus.problems, loaded: corpus.articles.map((a) => a.id) });
    const [{ carried }] = (await reply) as [CarriedMessage];
    const index = buildIndex({ articles: corpus.articles, carried }, job.options);
    const lines = [...snapshotLines(index, hash, job.options)];
    let snapshot: Extract<WorkerMessage, { kind: 'done' }>['snapshot'];
    if (job.snapshotPath !== undefined) {
      const started = performance.now();
      try {
        const { bytes } = await writeSnapshotLines(lines, job.snapshotPath);
        snapshot = { bytes, ms: performance.now() - started };
      } catch (err) {
        snapshot = { failed: errorMessage(err) };
      }
    }
    for (const text of lines) post({ kind: 'line', text });
    post({ kind: 'done', ...(snapshot ? { snapshot } : {}) });
  } catch (err) {
    post({ kind: 'failed', reason: errorMessage(err) });
  }
}

if (parentPort) await run(workerData as WorkerJob, parentPort);
