import { cp, mkdir, mkdtemp, readdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorpusWatcher, isCorpusChange, type CorpusWatchEvent } from '../adapters/corpusWatcher.ts';
import { answer } from '../src/index.ts';
import { LiveIndex, type IndexEvent } from '../src/liveIndex.ts';
import { SNAPSHOT_FILE } from '../src/snapshot.ts';
import { article, CORPUS_DIR } from './helpers/corpus.ts';

// On a subject the seed articles never mention, so the question is answerable only once it is loaded.
const KOREA = article(
  { title: 'Seoul joins the talks', publisher: 'Wire', date: '2019-07-01' },
  'South Korea asked to join the tariff talks on semiconductor memory chips made by Samsung, a Seoul trade official said on Monday.',
);
const KOREA_QUESTION = 'Which Samsung semiconductor chips did South Korea want in the tariff talks?';
const PLACEHOLDER = article({ title: 'Placeholder', publisher: 'Wire', date: '2019-07-01' }, 'Officials met in Tokyo to prepare the next round.');

type Event = IndexEvent | CorpusWatchEvent;

let root: string;
let dir: string;
let events: Event[];
let live: LiveIndex | undefined;
let watcher: CorpusWatcher | undefined;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'tradetalk-watch-'));
  dir = join(root, 'corpus');
  events = [];
});
afterEach(async () => {
  watcher?.close();
  watcher = undefined;
  await live?.close();
  live = undefined;
  await rm(root, { recursive: true, force: true });
});

const copySeed = (to: string) => cp(CORPUS_DIR, to, { recursive: true, filter: (src) => !src.includes(SNAPSHOT_FILE) });

async function start(): Promise<void> {
  live = await LiveIndex.open(dir, { snapshot: false, onEvent: (e) => events.push(e) });
  const index = live;
  watcher = await CorpusWatcher.start(dir, () => index.reload(), { debounceMs: 50, checkMs: 100, onEvent: (e) => events.push(e) });
}

/** Resolves at the next event of `kind` (a reload, for `loaded`), failing after `ms`. */
function nextEvent(kind: Event['kind'], ms = 4000): Promise<Event> {
  const seen = events.length;
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      const found = events.slice(seen).find((e) => e.kind === kind && (e.kind !== 'loaded' || e.reload));
      if (found) resolve(found);
      else if (Date.now() - started > ms) reject(new Error(`no ${kind} event within ${ms} ms: ${JSON.stringify(events.slice(seen))}`));
      else return;
      clearInterval(poll);
    }, 10);
  });
}

describe('CorpusWatcher', () => {
  it('reloads by itself when an article file in the watched directory changes', async () => {
    await copySeed(dir);
    await start();
    const reloaded = nextEvent('loaded');
    await writeFile(join(dir, 'korea.md'), KOREA);
    expect(await reloaded).toMatchObject({ reload: true, articles: 6 });
    expect(answer(live!.current, KOREA_QUESTION).status).toBe('answered');
  });

  it('says when the directory disappears and comes back, and resumes hot reload on the new one', async () => {
    await copySeed(dir);
    await start();
    const gone = nextEvent('dir-gone');
    await rm(dir, { recursive: true });
    expect(await gone).toEqual({ kind: 'dir-gone', dir });
    const back = nextEvent('dir-back');
    const reloaded = nextEvent('loaded');
    // Made elsewhere and renamed into place, so the watch never sees it half-copied (a reload of 5 articles).
    const staging = join(root, 'staging');
    await copySeed(staging);
    await writeFile(join(staging, 'korea.md'), KOREA);
    await rename(staging, dir);
    expect(await back).toEqual({ kind: 'dir-back', dir });
    expect(await reloaded).toMatchObject({ reload: true, articles: 6 });
    // And it keeps watching the new directory.
    const again = nextEvent('loaded');
    await rm(join(dir, 'korea.md'));
    expect(await again).toMatchObject({ reload: true, articles: 5 });
  });

  it('notices a ConfigMap-style update: the ..data link swapped to a new timestamped directory', async () => {
    // The kubelet's layout: each article is a link through ..data, which links to a timestamped directory.
    const first = join(dir, '..2026_11_23_10_00_00.000000001');
    await mkdir(dir);
    await copySeed(first);
    await writeFile(join(first, 'korea.md'), PLACEHOLDER);
    await symlink('..2026_11_23_10_00_00.000000001', join(dir, '..data'));
    for (const name of await readdir(first)) await symlink(join('..data', name), join(dir, name));
    await start();
    expect(answer(live!.current, KOREA_QUESTION).status).toBe('no_answer');

    // The update: a new timestamped directory, a ..data_tmp link to it renamed over ..data, the old directory removed.
    const reloaded = nextEvent('loaded');
    const second = join(dir, '..2026_11_23_10_05_00.000000002');
    await copySeed(second);
    await writeFile(join(second, 'korea.md'), KOREA);
    await symlink('..2026_11_23_10_05_00.000000002', join(dir, '..data_tmp'));
    await rename(join(dir, '..data_tmp'), join(dir, '..data'));
    await rm(first, { recursive: true });
    expect(await reloaded).toMatchObject({ reload: true, articles: 6 });
    expect(answer(live!.current, KOREA_QUESTION).status).toBe('answered');
  });
});

describe('isCorpusChange', () => {
  it('counts articles and ConfigMap links as changes, but not the index snapshot or other files', () => {
    expect(['a.md', '..data', '..data_tmp', '..2026_11_23_10_05_00.000000002'].map(isCorpusChange)).toEqual([true, true, true, true]);
    expect([SNAPSHOT_FILE, `${SNAPSHOT_FILE}.123.tmp`, 'notes.txt', '.a.md.swp'].map(isCorpusChange)).toEqual([false, false, false, false]);
  });
});
