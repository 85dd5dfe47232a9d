/**
 * Issue 11, item 10: a rebuild of a large corpus runs in a worker thread, and the thread that
 * answers questions keeps answering throughout. Slow (a 10,000-passage build), so it runs in
 * `npm run test:scale`; the small cases are in tests/liveIndex.test.ts.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createWorkerRebuilder } from '../../adapters/indexRebuilder.ts';
import { syntheticCorpus } from '../../bench/synthetic.ts';
import { answer } from '../../src/index.ts';
import { LiveIndex, type IndexEvent, type Rebuilder } from '../../src/liveIndex.ts';
import { SNAPSHOT_FILE } from '../../src/snapshot.ts';
import { CORPUS_DIR } from '../helpers/corpus.ts';

const PASSAGES = 10_000;

describe('a large rebuild in the index worker', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('leaves the answering thread free: questions asked while it builds are answered before it is done', async () => {
    const root = await mkdtemp(join(tmpdir(), 'tradetalk-worker-'));
    dirs.push(root);
    const dir = join(root, 'corpus');
    await cp(CORPUS_DIR, dir, { recursive: true, filter: (src) => !src.includes(SNAPSHOT_FILE) });
    const events: IndexEvent[] = [];
    // The log of what happened, in order. Once the worker has loaded the corpus and starts to build
    // (it asks for the broken files' previous versions then), a question is answered on every turn
    // of the event loop until the worker is done.
    const order: string[] = [];
    let building = false;
    // Printed, never asserted: the longest the answering thread went without a turn (the restore at the end).
    let lastTurn = 0;
    let longestPause = 0;
    const askAgain = () => {
      if (!building) return;
      const now = performance.now();
      if (lastTurn) longestPause = Math.max(longestPause, now - lastTurn);
      lastTurn = now;
      order.push(`answered: ${answer(live.current, 'Who is Taro Aso?').status}`);
      setImmediate(askAgain);
    };
    const inWorker = createWorkerRebuilder();
    const rebuild: Rebuilder = async (job) => {
      const rebuilt = await inWorker({
        ...job,
        carryOver: (problems) => {
          order.push('building');
          building = true;
          setImmediate(askAgain);
          return job.carryOver(problems);
        },
      });
      building = false;
      order.push('worker done');
      return rebuilt;
    };
    const live = await LiveIndex.open(dir, { rebuild, snapshot: false, onEvent: (e) => events.push(e) });
    // Asked once first: the first question about a person loads the tagger (about half a second, once).
    expect(answer(live.current, 'Who is Taro Aso?').status).toBe('answered');
    const archive = await syntheticCorpus(join(root, 'synthetic'), PASSAGES);
    await cp(archive, dir, { recursive: true, filter: (src) => !src.endsWith('.complete') });
    await live.reload();
    await live.close();

    const answered = order.filter((o) => o.startsWith('answered'));
    expect(order[0]).toBe('building');
    expect(order.at(-1)).toBe('worker done');
    expect(answered.length).toBeGreaterThan(1);
    expect(new Set(answered)).toEqual(new Set(['answered: answered']));
    expect(events.at(-1)).toMatchObject({ kind: 'loaded', reload: true, articles: 5 + PASSAGES / 20 });
    console.log(`${answered.length} questions answered while the worker rebuilt ${PASSAGES} passages; longest pause between turns ${Math.round(longestPause)} ms`);
  });
});
