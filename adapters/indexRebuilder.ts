/**
 * Corpus rebuilds in a worker thread (adapters/indexWorker.ts), so the thread that answers
 * questions never runs the build: before, a rebuild only yielded between articles, and one large
 * article stalled every answer. The worker loads, builds and writes the snapshot; this side hands
 * it the previous good versions of broken files and restores the finished index from the
 * snapshot lines it posts back. A worker that fails or dies rejects the rebuild, so the index in
 * service stays (LiveIndex logs the failure); one worker is started per rebuild and ends with it.
 */
import { unlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { RebuildJob, Rebuilder, Rebuilt } from '../src/liveIndex.ts';
import { BACKGROUND_SLICE_MS } from '../src/searchIndex.ts';
import { restoreSnapshot, temporarySnapshotPath } from '../src/snapshot.ts';
import type { CarriedMessage, WorkerJob, WorkerMessage } from './indexWorker.ts';
import { errorMessage } from '../src/errorMessage.ts';

/** A rebuild that has not finished in this long is ended and fails, so a hung worker cannot hold every later reload. */
export const DEFAULT_REBUILD_TIMEOUT_MS = 10 * 60_000;

export interface WorkerRebuilderOptions {
  /** Limits for the worker's heap; a worker over them is ended and the rebuild fails. Default: Node's. */
  resourceLimits?: ResourceLimits;
  /** Default `DEFAULT_REBUILD_TIMEOUT_MS`. */
  timeoutMs?: number;
}

/** The worker thread, from the module beside this one: TypeScript under tsx and vitest, JavaScript once compiled. */
function startWorker(workerData: WorkerJob, resourceLimits: ResourceLimits | undefined): Worker {
  const here = import.meta.url;
  const limits = resourceLimits ? { resourceLimits } : {};
  if (!here.endsWith('.ts')) return new Worker(new URL('./indexWorker.js', here), { workerData, ...limits });
  // On Node 20 a worker neither inherits tsx's loader nor applies `--import tsx` from its execArgv,
  // so a small bootstrap loads the TypeScript module through tsx's own API.
  const require = createRequire(here);
  const tsxPackage = require.resolve('tsx/package.json');
  const { exports } = require('tsx/package.json') as { exports: Record<string, { import: { default: string } }> };
  const api = new URL(exports['./esm/api']!.import.default, pathToFileURL(tsxPackage)).href;
  const worker = new URL('./indexWorker.ts', here).href;
  const code = `import(${JSON.stringify(api)}).then((m) => (m.tsImport ?? m.default.tsImport)(${JSON.stringify(worker)}, ${JSON.stringify(here)}))`;
  return new Worker(code, { eval: true, workerData, ...limits });
}

/** Only what can be copied into a thread: the data options, not the callbacks. */
function dataOnly(options: RebuildJob['options']): WorkerJob['options'] {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => typeof v !== 'function'));
}

/** The lines, yielding to the event loop every `BACKGROUND_SLICE_MS`, so restoring a large index lets questions through; stops when the index closes. */
async function* sliced(lines: readonly string[], signal: AbortSignal): AsyncGenerator<string> {
  let sliceStart = performance.now();
  for (const line of lines) {
    if (performance.now() - sliceStart >= BACKGROUND_SLICE_MS) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
    if (signal.aborted) throw new Error('the index closed during the rebuild');
    yield line;
  }
}

/** A `Rebuilder` for `LiveIndex` that builds in a worker thread. */
export function createWorkerRebuilder(options: WorkerRebuilderOptions = {}): Rebuilder {
  const timeoutMs = options.timeoutMs ?? DEFAULT_REBUILD_TIMEOUT_MS;
  if (!(Number.isFinite(timeoutMs) && timeoutMs > 0)) throw new RangeError(`timeoutMs must be a positive number of milliseconds, got ${timeoutMs}`);
  return (job) =>
    new Promise<Rebuilt>((resolve, reject) => {
      const started = performance.now();
      const worker = startWorker({ dir: job.dir, hash: job.hash, options: dataOnly(job.options), snapshotPath: job.snapshotPath }, options.resourceLimits);
      const lines: string[] = [];
      let settled = false;
      let finished = false;
      const settle = () => {
        if (settled) return false;
        settled = true;
        clearTimeout(timer);
        job.signal.removeEventListener('abort', onAbort);
        return true;
      };
      const fail = (reason: string) => {
        if (!settle()) return;
        // A worker ended while writing the snapshot leaves its temporary file behind (a thread shares its process's pid).
        void worker.terminate().then(() => (job.snapshotPath === undefined ? undefined : unlink(temporarySnapshotPath(job.snapshotPath)).catch(() => undefined)));
        reject(new Error(reason));
      };
      const timer = setTimeout(() => fail(`the index worker did not finish within ${timeoutMs} ms`), timeoutMs);
      timer.unref();
      const succeed = (result: Rebuilt) => settle() && resolve(result);
      const onAbort = () => fail('the index closed during the rebuild');
      job.signal.addEventListener('abort', onAbort, { once: true });
      worker.on('message', (m: WorkerMessage) => {
        switch (m.kind) {
          case 'problems':
            try {
              worker.postMessage({ kind: 'carried', carried: job.carryOver(m.problems, m.loaded) } satisfies CarriedMessage);
            } catch (err) {
              fail(`carrying over broken articles failed: ${errorMessage(err)}`);
            }
            break;
          case 'line':
            lines.push(m.text);
            break;
          case 'done':
            finished = true;
            restoreSnapshot(sliced(lines, job.signal), 'the index worker', job.hash, job.options, { inSlices: true }).then(
              (index) => succeed({ index: { ...index, buildMs: performance.now() - started }, ...(m.snapshot ? { snapshot: m.snapshot } : {}) }),
              (err: unknown) => fail(`the index worker's index could not be restored: ${errorMessage(err)}`),
            );
            break;
          case 'failed':
            fail(m.reason);
            break;
        }
      });
      worker.on('error', (err) => fail(`the index worker failed: ${errorMessage(err)}`));
      worker.on('exit', (code) => {
        if (!finished) fail(`the index worker exited (code ${code}) before finishing the rebuild`);
      });
    });
}
