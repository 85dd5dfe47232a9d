/**
 * Issue 11, item 10: a rebuild of a large corpus runs in a worker thread, and the thread that
 * answers questions keeps answering throughout, also while one large article is indexed. Slow (a
 * 10,000-passage build and a 3 MB article), so it runs in
 * `npm run test:scale`; the small cases are in tests/liveIndex.test.ts.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createWorkerRebuilder } from '../../adapters/indexRebuilder.ts';
import { syntheticCorpus } from '../../bench/synthetic.ts';
import { answer } from '../../src/index.ts';
import { LiveIndex, type IndexEvent } from '../../src/liveIndex.ts';
import { SNAPSHOT_FILE } from '../../src/snapshot.ts';
import { CORPUS_DIR } from '../helpers/corpus.ts';
import { watchedWorkerRebuilder } from '../helpers/watched-rebuilder.ts';

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
    const rebuild = watchedWorkerRebuilder({
      onBuilding: () => {
        order.push('building');
        building = true;
        setImmediate(askAgain);
      },
      onDone: () => {
        building = false;
        order.push('worker done');
      },
    });
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

  it('keeps answering while one large article is indexed: the stall the issue found, which yielding between articles cannot break', async () => {
    const root = await mkdtemp(join(tmpdir(), 'tradetalk-worker-'));
    dirs.push(root);
    const dir = join(root, 'corpus');
    await cp(CORPUS_DIR, dir, { recursive: true, filter: (src) => !src.includes(SNAPSHOT_FILE) });
    const live = await LiveIndex.open(dir, { rebuild: createWorkerRebuilder(), snapshot: false });
    expect(answer(live.current, 'Who is Taro Aso?').status).toBe('answered');
    // One article just under the size limit: 3 MB of distinct report paragraphs.
    const paragraphs = Array.from({ length: 6_000 }, (_, i) => `Report ${i}: negotiators in round ${i} discussed tariff line ${i * 7} on item ${i * 13}, and officials said talks on quota ${i} would continue in Tokyo and Washington next month.`);
    await writeFile(join(dir, 'large.md'), `---\ntitle: Tariff lines\npublisher: Wire\ndate: 2019-06-01\n---\n\n${paragraphs.join('\n\n')}\n`);
    // Questions are asked on every turn of the event loop until the reload is done: the build of the
    // one large article must leave turns free, which a build on this thread cannot, whatever it yields between articles.
    let reloading = true;
    let answered = 0;
    const askAgain = () => {
      if (!reloading) return;
      if (answer(live.current, 'Who is Taro Aso?').status === 'answered') answered += 1;
      setImmediate(askAgain);
    };
    setImmediate(askAgain);
    await live.reload();
    reloading = false;
    await live.close();
    expect(live.current.articles.size).toBe(6);
    // Built on this thread, only the reading and hashing around the build leave turns (47 in one run); in the worker, thousands (4,976).
    expect(answered).toBeGreaterThan(500);
    console.log(`${answered} questions answered while the worker indexed one 3 MB article`);
  });
});
