import { writeFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWorkerRebuilder } from '../adapters/indexRebuilder.ts';
import { watchedWorkerRebuilder } from './helpers/watched-rebuilder.ts';
import { answer } from '../src/index.ts';
import { LiveIndex, type IndexEvent } from '../src/liveIndex.ts';
import { SNAPSHOT_FILE } from '../src/snapshot.ts';
import { article, CORPUS_DIR } from './helpers/corpus.ts';

// An article on a subject the seed articles never mention (semiconductor memory chips, Samsung), so the question is answerable only once it is loaded.
const KOREA = article(
  { title: 'Seoul joins the talks', publisher: 'Wire', date: '2019-07-01' },
  'South Korea asked to join the tariff talks on semiconductor memory chips made by Samsung, a Seoul trade official said on Monday.',
);
const KOREA_QUESTION = 'Which Samsung semiconductor chips did South Korea want in the tariff talks?';

let dir: string;
let events: IndexEvent[];
let live: LiveIndex | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tradetalk-live-'));
  await cp(CORPUS_DIR, dir, { recursive: true, filter: (src) => !src.includes(SNAPSHOT_FILE) });
  events = [];
});
afterEach(async () => {
  await live?.close();
  live = undefined;
  await rm(dir, { recursive: true, force: true });
});

const open = async () => (live = await LiveIndex.open(dir, { onEvent: (e) => events.push(e) }));
const loads = () => events.filter((e) => e.kind === 'loaded');

describe('LiveIndex start-up', () => {
  it('builds the index and writes a snapshot when there is none', async () => {
    await open();
    expect(loads()).toEqual([expect.objectContaining({ source: 'build', articles: 5, reload: false })]);
    expect(events.some((e) => e.kind === 'snapshot-written')).toBe(true);
  });

  it('starts from the snapshot when the corpus is unchanged', async () => {
    await (await LiveIndex.open(dir)).close();
    await open();
    expect(loads()).toEqual([expect.objectContaining({ source: 'snapshot', articles: 5 })]);
  });

  it('rebuilds instead of trusting a corrupt snapshot', async () => {
    await (await LiveIndex.open(dir)).close();
    await writeFile(join(dir, SNAPSHOT_FILE), '{"kind":"header","version":1,"corpusHash":"');
    await open();
    expect(events[0]).toMatchObject({ kind: 'snapshot-rejected' });
    expect(loads()).toEqual([expect.objectContaining({ source: 'build', articles: 5 })]);
    expect(answer(live!.current, 'Who is Taro Aso?').status).toBe('answered');
  });

  it('rebuilds instead of failing to start when the snapshot cannot be read', async () => {
    await mkdir(join(dir, SNAPSHOT_FILE));
    await open();
    expect(events[0]).toMatchObject({ kind: 'snapshot-rejected', reason: expect.stringContaining(SNAPSHOT_FILE) });
    expect(loads()).toEqual([expect.objectContaining({ source: 'build', articles: 5 })]);
  });

  it('rebuilds instead of failing to start when a snapshot line is JSON of another shape', async () => {
    await (await LiveIndex.open(dir)).close();
    const [header, , ...rest] = (await readFile(join(dir, SNAPSHOT_FILE), 'utf8')).split('\n');
    await writeFile(join(dir, SNAPSHOT_FILE), [header, 'null', ...rest].join('\n'));
    await open();
    expect(events[0]).toMatchObject({ kind: 'snapshot-rejected', reason: expect.stringContaining('damaged') });
    expect(loads()).toEqual([expect.objectContaining({ source: 'build', articles: 5 })]);
  });

  it('reports an article over maxArticleBytes as a broken file naming its size, and serves the rest', async () => {
    await writeFile(join(dir, 'korea.md'), KOREA + '\nThe talks went on.\n'.repeat(500));
    live = await LiveIndex.open(dir, { maxArticleBytes: 8192, snapshot: false, onEvent: (e) => events.push(e) });
    expect(events).toContainEqual({ kind: 'broken-file', path: expect.stringMatching(/korea\.md$/), reason: expect.stringMatching(/^too large: \d+ bytes, over the 8192-byte limit/), kept: false });
    expect(answer(live.current, KOREA_QUESTION).status).toBe('no_answer');
  });

  it('rebuilds when the corpus changed since the snapshot was written', async () => {
    await (await LiveIndex.open(dir)).close();
    await writeFile(join(dir, 'korea.md'), KOREA);
    await open();
    expect(events[0]).toMatchObject({ kind: 'snapshot-rejected', reason: expect.stringContaining('stale') });
    expect(loads()).toEqual([expect.objectContaining({ source: 'build', articles: 6 })]);
  });
});

describe('LiveIndex reloads', () => {
  it('picks up an added article', async () => {
    await open();
    expect(answer(live!.current, KOREA_QUESTION).status).toBe('no_answer');
    await writeFile(join(dir, 'korea.md'), KOREA);
    await live!.reload();
    const reply = answer(live!.current, KOREA_QUESTION);
    expect(reply.status).toBe('answered');
    expect(reply.citations[0]?.title).toBe('Seoul joins the talks');
  });

  it('drops a removed article', async () => {
    await writeFile(join(dir, 'korea.md'), KOREA);
    await open();
    await unlink(join(dir, 'korea.md'));
    await live!.reload();
    expect(live!.current.articles.has('korea')).toBe(false);
    expect(answer(live!.current, KOREA_QUESTION).status).toBe('no_answer');
  });

  it('keeps the previous good version of an article whose file breaks, and says why', async () => {
    await writeFile(join(dir, 'korea.md'), KOREA);
    await open();
    await writeFile(join(dir, 'korea.md'), 'title: oops, the front matter fences are gone\n\nSouth Korea');
    await live!.reload();
    expect(events).toContainEqual(expect.objectContaining({ kind: 'broken-file', path: expect.stringContaining('korea.md'), kept: true }));
    expect(answer(live!.current, KOREA_QUESTION).status).toBe('answered');
  });

  it('picks up an article added under the name of one in service with another ending, reporting the duplicate', async () => {
    await writeFile(join(dir, 'korea.md'), KOREA);
    await open();
    await writeFile(join(dir, 'korea.markdown'), KOREA.replace('Seoul joins the talks', 'Seoul joins the talks again'));
    await live!.reload();
    expect(events.filter((e) => e.kind === 'reload-failed')).toEqual([]);
    expect(events).toContainEqual(expect.objectContaining({ kind: 'broken-file', path: expect.stringMatching(/korea\.md$/), reason: expect.stringContaining('duplicate id "korea"'), kept: false }));
    expect(live!.current.articles.get('korea')?.title).toBe('Seoul joins the talks again');
    expect(answer(live!.current, KOREA_QUESTION).status).toBe('answered');
  });

  it('keeps serving the old index when the whole directory becomes unreadable as a corpus', async () => {
    await open();
    const before = live!.current;
    await rm(dir, { recursive: true });
    await live!.reload();
    expect(events.at(-1)).toMatchObject({ kind: 'reload-failed' });
    expect(live!.current).toBe(before);
  });

  it('leaves an index already taken by a question untouched by a reload', async () => {
    await open();
    const taken = live!.current;
    const passages = taken.passages.size;
    await writeFile(join(dir, 'korea.md'), KOREA);
    await live!.reload();
    expect(live!.current).not.toBe(taken);
    expect(taken.passages.size).toBe(passages);
    expect(answer(taken, KOREA_QUESTION).status).toBe('no_answer');
  });

  it('does nothing when no article file changed', async () => {
    await open();
    const before = live!.current;
    await writeFile(join(dir, 'notes.txt'), 'not an article');
    await live!.reload();
    expect(live!.current).toBe(before);
  });

  it('folds reloads asked for during a reload into one more, which sees changes made meanwhile', async () => {
    // Each reload that finds a change adds one more article as soon as it has loaded, so every
    // reload that runs shows up as a 'loaded' event.
    let added = 0;
    live = await LiveIndex.open(dir, {
      snapshot: false,
      onEvent: (e) => {
        events.push(e);
        if (e.kind === 'loaded' && e.reload) writeFileSync(join(dir, `extra-${++added}.md`), article({ title: `Extra ${added}`, publisher: 'Wire', date: '2019-07-02' }));
      },
    });
    await writeFile(join(dir, 'korea.md'), KOREA);
    const first = live.reload();
    const during = [live.reload(), live.reload(), live.reload()];
    for (const p of during) expect(p).toBe(first);
    await first;
    expect(loads().filter((e) => e.reload)).toHaveLength(2);
    expect([...live.current.articles.values()].map((a) => a.title)).toContain('Extra 1');
  });
});

/** Issue 11, item 10: the bot rebuilds in a worker thread (adapters/indexRebuilder.ts). A large corpus is in tests/slow/indexWorker.test.ts. */
/** A ceiling for a busy shared machine, where a worker that loads the core and WordNet can take seconds; not a speed target (`npm run bench` measures speed). */
const WORKER_TEST_TIMEOUT_MS = 30_000;

describe('LiveIndex reloads in a worker thread', { timeout: WORKER_TEST_TIMEOUT_MS }, () => {
  it('answers from the old index while the worker builds, then swaps the new one in, keeping a broken file\'s previous version', async () => {
    // What happens, in order: the worker asks for the broken files' previous versions once it has
    // loaded the corpus, just before it builds; an answer scheduled then completes before it is done.
    const order: string[] = [];
    const rebuild = watchedWorkerRebuilder({
      onBuilding: () => {
        order.push('building');
        setImmediate(() => order.push(`answered: ${answer(live!.current, KOREA_QUESTION).status}`));
      },
      onDone: () => order.push('worker done'),
    });
    live = await LiveIndex.open(dir, { rebuild, onEvent: (e) => events.push(e) });
    const broken = join(dir, '2019-06-04-japan-and-us-to-hold-working-level-trade-talks.md');
    await writeFile(broken, 'no front matter any more');
    await writeFile(join(dir, 'korea.md'), KOREA);
    await live.reload();
    expect(order).toEqual(['building', 'answered: no_answer', 'worker done']);
    expect(loads().at(-1)).toMatchObject({ source: 'build', articles: 6, reload: true });
    expect(events).toContainEqual(expect.objectContaining({ kind: 'broken-file', kept: true }));
    expect(events.at(-1)).toMatchObject({ kind: 'snapshot-written' });
    expect(answer(live.current, KOREA_QUESTION).status).toBe('answered');
    expect(answer(live.current, 'When were the working-level trade talks held?').status).toBe('answered');
  });

  it('picks up an article added under the name of one in service with another ending, in the worker too', async () => {
    await writeFile(join(dir, 'korea.md'), KOREA);
    live = await LiveIndex.open(dir, { rebuild: createWorkerRebuilder(), onEvent: (e) => events.push(e) });
    await writeFile(join(dir, 'korea.markdown'), KOREA.replace('Seoul joins the talks', 'Seoul joins the talks again'));
    await live.reload();
    expect(events.filter((e) => e.kind === 'reload-failed')).toEqual([]);
    expect(events).toContainEqual(expect.objectContaining({ kind: 'broken-file', path: expect.stringMatching(/korea\.md$/), reason: expect.stringContaining('duplicate id "korea"'), kept: false }));
    expect(live.current.articles.get('korea')?.title).toBe('Seoul joins the talks again');
  });

  it('keeps the previous index answering, and reports the failure, when the worker dies', async () => {
    // A worker that runs out of its heap is ended by Node; the rebuild fails and nothing is swapped.
    live = await LiveIndex.open(dir, { rebuild: createWorkerRebuilder({ resourceLimits: { maxOldGenerationSizeMb: 4 } }), onEvent: (e) => events.push(e) });
    const before = live.current;
    await writeFile(join(dir, 'korea.md'), KOREA);
    await live.reload();
    expect(events.at(-1)).toEqual({ kind: 'reload-failed', reason: expect.stringMatching(/^the index worker failed: .*memory/) });
    expect(live.current).toBe(before);
    expect(answer(live.current, 'Who is Taro Aso?').status).toBe('answered');
  });

  it('ends a rebuild that outlasts its time limit, keeps the old index and leaves no temporary snapshot behind', async () => {
    live = await LiveIndex.open(dir, { rebuild: createWorkerRebuilder({ timeoutMs: 1 }), onEvent: (e) => events.push(e) });
    const before = live.current;
    await writeFile(join(dir, 'korea.md'), KOREA);
    await live.reload();
    expect(events.at(-1)).toEqual({ kind: 'reload-failed', reason: 'the index worker did not finish within 1 ms' });
    expect(live.current).toBe(before);
    await vi.waitFor(async () => expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]));
  });

  it('refuses a time limit that is not a positive number, naming the option', () => {
    expect(() => createWorkerRebuilder({ timeoutMs: 0 })).toThrow(/timeoutMs/);
  });

  it('reports a directory the worker cannot read as a corpus, and keeps the old index', async () => {
    live = await LiveIndex.open(dir, { rebuild: createWorkerRebuilder(), onEvent: (e) => events.push(e) });
    const before = live.current;
    for (const name of await readdir(dir)) await rm(join(dir, name));
    await writeFile(join(dir, 'broken.md'), 'no front matter');
    await live.reload();
    expect(events.at(-1)).toEqual({ kind: 'reload-failed', reason: expect.stringContaining('no readable article') });
    expect(live.current).toBe(before);
  });
});
