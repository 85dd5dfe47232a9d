/**
 * Scale specifications: corpora far larger than the seed articles. Slow (about a minute), so they
 * run in `npm run test:scale`, not in the default `npm test`.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answer, buildIndex, loadCorpus } from '../../src/index.ts';
import { article } from '../helpers/corpus.ts';

describe('the corpus pipeline at scale', () => {
  const dirs: string[] = [];
  const tempDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tradetalk-robust-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('indexes a 10 MB article file and answers from it', async () => {
    const dir = await tempDir();
    const paragraph = 'Negotiators in Tokyo discussed tariffs on rice, beef and cars for another long session. ';
    const filler = Array.from({ length: Math.ceil(10_000_000 / (paragraph.length * 5)) }, () => paragraph.repeat(5)).join('\n\n');
    const body = `${filler}\n\nThe persimmon quota was settled at 12,000 tonnes, an official said.`;
    await writeFile(join(dir, 'huge.md'), article({ title: 'A very long transcript', publisher: 'Wire', date: '2019-01-02' }, body));
    // Over the default MAX_ARTICLE_BYTES (4 MiB), so the limit is raised for this article.
    const corpus = await loadCorpus(dir, { maxArticleBytes: 20_000_000 });
    expect(corpus.problems).toEqual([]);
    const big = buildIndex(corpus);
    expect(big.passages.size).toBeGreaterThan(10_000);
    const a = answer(big, 'What was the persimmon quota?');
    expect(a.status).toBe('answered');
    expect(a.text).toContain('12,000 tonnes');
  }, 120_000);

  it('answers from a corpus of 100,000 articles', async () => {
    const dir = await tempDir();
    const ports = ['Yokohama', 'Osaka', 'Kobe', 'Nagoya', 'Hakata', 'Sendai', 'Niigata', 'Chiba'];
    for (let start = 0; start < 100_000; start += 1000) {
      await Promise.all(
        Array.from({ length: 1000 }, (_, k) => {
          const i = start + k;
          const text = `Customs at ${ports[i % ports.length]} cleared shipment ${i} of auto parts under the bilateral agreement.`;
          return writeFile(join(dir, `a${i}.md`), article({ title: `Shipment ${i}`, publisher: 'Port Wire', date: '2019-01-02' }, text));
        }),
      );
    }
    const corpus = await loadCorpus(dir);
    expect(corpus.articles).toHaveLength(100_000);
    const many = buildIndex(corpus);
    const a = answer(many, 'Which port cleared shipment 77777?');
    expect(a.status).toBe('answered');
    expect(a.citations[0]?.title).toBe('Shipment 77777');
  }, 300_000);
});
