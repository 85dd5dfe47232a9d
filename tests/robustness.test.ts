import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { answer, type SearchIndex } from '../src/index.ts';
import { article, realIndex, tempIndex } from './helpers/corpus.ts';

const STATUSES = ['answered', 'no_answer', 'invalid', 'reply'];

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

describe('the corpus pipeline survives a tiny corpus', () => {
  it('answers from a corpus of one article', async () => {
    const one = await tempIndex({
      'only.md': article({ title: 'Talks resume', publisher: 'Wire', date: '2019-01-02' }, 'Japan and the United States resumed trade talks on farm tariffs in Washington.'),
    });
    expectWellFormed(answer(one, 'Where did the talks on farm tariffs resume?'));
    expect(answer(one, 'Where did the talks on farm tariffs resume?').status).toBe('answered');
    expect(answer(one, 'What is the capital of France?').status).toBe('no_answer');
  });
});
