import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answer, buildIndex, loadCorpus } from '../src/index.ts';
import { hashCorpus, indexFingerprint, readLines, readSnapshot, SNAPSHOT_FILE, SnapshotError, writeSnapshot } from '../src/snapshot.ts';
import { wordnetEdition } from '../src/lexical/extract.ts';
import { article, CORPUS_DIR } from './helpers/corpus.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tradetalk-snapshot-'));
  await cp(CORPUS_DIR, dir, { recursive: true, filter: (src) => !src.includes(SNAPSHOT_FILE) });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function snapshotOfCorpus() {
  const index = buildIndex(await loadCorpus(dir));
  const hash = await hashCorpus(dir);
  const path = join(dir, SNAPSHOT_FILE);
  await writeSnapshot(index, path, hash);
  return { index, hash, path };
}

describe('index snapshots', () => {
  it('restore an index that answers exactly as the one built from the corpus', async () => {
    const { index, hash, path } = await snapshotOfCorpus();
    const restored = await readSnapshot(path, hash);
    expect(restored.passages.size).toBe(index.passages.size);
    for (const q of ['When did the working-level talks take place?', 'What did Pence say about Japan?', 'Who is Taro Aso?', 'What is the capital of France?']) {
      expect(answer(restored, q)).toEqual(answer(index, q));
    }
  });

  it('are rejected as stale when an article is added', async () => {
    const { path } = await snapshotOfCorpus();
    await writeFile(join(dir, 'new.md'), article({ title: 'New', publisher: 'Wire', date: '2019-07-01' }));
    await expect(readSnapshot(path, await hashCorpus(dir))).rejects.toThrow(/stale: the corpus has changed/);
  });

  it('are rejected as stale when built with other index options', async () => {
    const { path, hash } = await snapshotOfCorpus();
    await expect(readSnapshot(path, hash, { maxChars: 300 })).rejects.toThrow(/stale: built with another vocabulary or options/);
  });

  it('are rejected as stale when built with another WordNet extract', async () => {
    const { path, hash } = await snapshotOfCorpus();
    const [header, ...rest] = (await readFile(path, 'utf8')).split('\n');
    const built = { ...JSON.parse(header!), fingerprint: indexFingerprint({}, 'an-older-extract') };
    await writeFile(path, [JSON.stringify(built), ...rest].join('\n'));
    await expect(readSnapshot(path, hash)).rejects.toThrow(/stale: built with another vocabulary or options/);
  });

  it('name the WordNet extract by its contents', async () => {
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    await writeFile(a, '{"lemmas":{"bus":"artifact|||n"},"exceptions":{}}');
    await writeFile(b, '{"lemmas":{"bus":"artifact|coach||n"},"exceptions":{}}');
    expect(wordnetEdition(a)).not.toBe(wordnetEdition(b));
    expect(wordnetEdition()).toMatch(/^[0-9a-f]{16}$/);
  });

  it('are rejected when cut off part-way', async () => {
    const { path, hash } = await snapshotOfCorpus();
    const text = await readFile(path, 'utf8');
    const lines = text.trimEnd().split('\n');
    await writeFile(path, `${lines.slice(0, -2).join('\n')}\n`);
    await expect(readSnapshot(path, hash)).rejects.toThrow(/cut off before its end/);
  });

  it('are rejected when a line is damaged', async () => {
    const { path, hash } = await snapshotOfCorpus();
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace('"kind":"passages"', '"kind":"passages'));
    await expect(readSnapshot(path, hash)).rejects.toThrow(/damaged at line \d+/);
  });

  it('are rejected when records are missing but the file still parses', async () => {
    const { path, hash } = await snapshotOfCorpus();
    const lines = (await readFile(path, 'utf8')).trimEnd().split('\n');
    const withoutPostings = lines.filter((l) => !l.startsWith('{"kind":"postings"'));
    await writeFile(path, `${withoutPostings.join('\n')}\n`);
    await expect(readSnapshot(path, hash)).rejects.toBeInstanceOf(SnapshotError);
  });

  it('are reported missing when there is none', async () => {
    await expect(readSnapshot(join(dir, SNAPSHOT_FILE), 'x')).rejects.toThrow(/no snapshot/);
  });

  it('are not counted in the corpus hash, so writing one does not make itself stale', async () => {
    const before = await hashCorpus(dir);
    await snapshotOfCorpus();
    expect(await hashCorpus(dir)).toBe(before);
  });
});

describe('readLines', () => {
  it('returns every line intact when lines and multi-byte characters straddle read chunks', async () => {
    const lines = ['', 'short', '日本と米国の貿易交渉 — “quoted” 🇯🇵'.repeat(40), 'x'.repeat(1000), 'last line without a newline'];
    const path = join(dir, 'lines.txt');
    await writeFile(path, lines.join('\n'));
    for (const chunkBytes of [1, 7, 64, 1 << 20]) {
      const read: string[] = [];
      for await (const line of readLines(path, chunkBytes)) read.push(line);
      expect(read).toEqual(lines);
    }
  });
});
