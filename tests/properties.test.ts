import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { answer, type SearchIndex } from '../src/index.ts';
import { realIndex } from './helpers/corpus.ts';

let index: SearchIndex;
beforeAll(async () => {
  index = await realIndex();
});

const STATUSES = ['answered', 'no_answer', 'invalid', 'reply'];

describe('answer on arbitrary input', () => {
  it('never throws and always returns a well-formed answer, for any Unicode up to 10,000 characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 10_000 }), (q) => {
        const a = answer(index, q);
        expect(STATUSES).toContain(a.status);
        expect(typeof a.text).toBe('string');
        expect(a.text.length).toBeGreaterThan(0);
        if (a.status !== 'answered') expect(a.citations).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on strings built from chat markup, mentions and corpus words', () => {
    const piece = fc.constantFrom('<!channel>', '<!here>', '@everyone', '<@U123>', '<#C1|general>', '*', '_', '`', '```', '<', '>', '&amp;', 'U.S.', "Japan's", 'tariff', 'Pence', '2018', '\u0000', '\uD800', '🇯🇵', ' ', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), (parts) => {
        const a = answer(index, parts.join(''));
        expect(STATUSES).toContain(a.status);
      }),
      { numRuns: 300 },
    );
  });

  it('never echoes a mass mention back', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom('<!channel>', '<!here>', '<!everyone>', '@everyone', '@here'), (text, mention) => {
        const a = answer(index, `${text} ${mention} ${text}`);
        expect(a.text).not.toContain(mention);
      }),
      { numRuns: 200 },
    );
  });
});
