import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, buildIndex, loadCorpus, type SearchIndex } from '../src/index.ts';
import { article, realIndex } from './helpers/corpus.ts';

const STATUSES = ['answered', 'no_answer', 'invalid'];

let index: SearchIndex;
beforeAll(async () => {
  index = await realIndex();
});

/** Any answer must be well-formed: a known status, some text, citations only when answered. */
function expectWellFormed(a: ReturnType<typeof answer>): void {
  expect(STATUSES).toContain(a.status);
  expect(a.text.length).toBeGreaterThan(0);
  if (a.status !== 'answered') expect(a.citations).toEqual([]);
}

describe('answer survives hostile messages', () => {
  it('answers a 100 KB message built from corpus words, and says it read only the start', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('tariff ', 'Japan ', 'Pence ', 'persimmons ', 'the ', '?\n'), { minLength: 20_000, maxLength: 25_000 }), (parts) => {
        const message = parts.join('').padEnd(100_000, 'x ');
        const a = answer(index, message);
        expectWellFormed(a);
        expect(a.notes.join(' ')).toMatch(/longer than \d+ characters/);
      }),
      { numRuns: 5 },
    );
  });

  it('never throws on invalid UTF-16 (lone surrogates anywhere)', () => {
    const lone = fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF');
    fc.assert(
      fc.property(fc.array(fc.oneof(lone, fc.constantFrom('Japan', ' tariffs', '?', '🇯🇵')), { maxLength: 300 }), (parts) => {
        const a = answer(index, parts.join(''));
        expectWellFormed(a);
        expect(a.text.isWellFormed()).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on control characters, and never lets them into the reply', () => {
    const control = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(fc.array(fc.oneof(control, fc.constantFrom('\u007f', '\u202e', '\u200b', 'Korus', ' agreement', '?')), { maxLength: 300 }), (parts) => {
        const a = answer(index, parts.join(''));
        expectWellFormed(a);
        expect(a.text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the corpus pipeline survives extreme corpora', () => {
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
    const corpus = await loadCorpus(dir);
    expect(corpus.problems).toEqual([]);
    const big = buildIndex(corpus);
    expect(big.passages.size).toBeGreaterThan(10_000);
    const a = answer(big, 'What was the persimmon quota?');
    expect(a.status).toBe('answered');
    expect(a.text).toContain('12,000 tonnes');
  }, 120_000);

  it('answers from a corpus of one article', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'only.md'), article({ title: 'Talks resume', publisher: 'Wire', date: '2019-01-02' }, 'Japan and the United States resumed trade talks on farm tariffs in Washington.'));
    const one = buildIndex(await loadCorpus(dir));
    expectWellFormed(answer(one, 'Where did the talks on farm tariffs resume?'));
    expect(answer(one, 'Where did the talks on farm tariffs resume?').status).toBe('answered');
    expect(answer(one, 'What is the capital of France?').status).toBe('no_answer');
  });

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
