import { beforeAll, describe, expect, it } from 'vitest';
import { SyntheticText } from '../bench/synthetic.ts';
import { analyzeQuery } from '../src/rank.ts';
import { hasKnownInternals, MiniSearchRetriever, type EngineInternals, type IndexedDoc } from '../src/retriever.ts';
import type { SearchIndex } from '../src/searchIndex.ts';
import { realIndex } from './helpers/corpus.ts';

/** A small synthetic archive: Zipf words, so common terms match many passages and some passages tie. */
function syntheticRetriever(passages: number): { retriever: MiniSearchRetriever; text: SyntheticText } {
  const text = new SyntheticText(3);
  const retriever = new MiniSearchRetriever();
  const docs: IndexedDoc[] = [];
  for (let i = 0; i < passages; i++) {
    const title = Array.from({ length: text.int(2, 5) }, () => text.word()).join(' ');
    const body = Array.from({ length: text.int(5, 40) }, () => text.word()).join(' ');
    docs.push({ id: `p${i}`, text: body, title, meta: text.pick(['daily ledger', 'harbor times', 'capital wire']) });
    // Copies of a passage score exactly alike: their order must still be MiniSearch's.
    if (i % 50 === 0) docs.push({ id: `p${i}-copy`, text: body, title, meta: 'daily ledger' });
  }
  retriever.add(docs);
  return { retriever, text };
}

describe('MiniSearchRetriever.search', () => {
  let real: SearchIndex;
  beforeAll(async () => {
    real = await realIndex();
  });

  it('finds the same passages, scores and matched terms as MiniSearch’s own search, ties in the same order', () => {
    const { retriever, text } = syntheticRetriever(1000);
    for (let q = 0; q < 120; q++) {
      const terms = Array.from({ length: text.int(1, 8) }, () => text.word());
      // Repeated terms and terms no passage has are searched as MiniSearch searches them.
      if (q % 7 === 0) terms.push(terms[0]!, 'nosuchterm');
      const weights = q % 2 === 0 ? new Map(terms.map((t, i) => [t, i % 3 === 0 ? 0.6 : 1])) : undefined;
      const request = { terms, limit: [1, 20, 200][q % 3]!, ...(weights ? { weights } : {}) };
      expect(retriever.search(request)).toEqual(retriever.engineSearch(request));
    }
  }, 30_000);

  it('agrees with MiniSearch’s search on the real corpus', () => {
    for (const question of ['currency clause Bank of Japan', 'who is the commerce secretary visiting tokyo?', 'tariffs on cars and car parts', 'rice beef pork']) {
      const terms = analyzeQuery(real, question).terms.map((t) => t.term);
      const request = { terms, weights: new Map(terms.map((t) => [t, 0.8])), limit: 50 };
      expect(real.retriever.search(request)).toEqual((real.retriever as MiniSearchRetriever).engineSearch(request));
    }
  });

  it('still agrees after passages are added to an index already searched', () => {
    const { retriever, text } = syntheticRetriever(200);
    const request = { terms: ['the', 'said', text.word(), text.word()], limit: 50 };
    retriever.search(request);
    retriever.add([{ id: 'late', text: 'the said the', title: 'said', meta: 'harbor times' }]);
    expect(retriever.search(request)).toEqual(retriever.engineSearch(request));
    expect(retriever.search(request).some((h) => h.id === 'late')).toBe(true);
  });

  it('reads the installed MiniSearch’s own index (a release that changes it would send every search the slow way)', () => {
    const { retriever } = syntheticRetriever(10);
    const engine = (retriever as unknown as { engine: Partial<EngineInternals> }).engine;
    expect(hasKnownInternals(engine)).toBe(true);
  });

  it('does not take an engine of another shape for one it can read', () => {
    expect(hasKnownInternals({})).toBe(false);
    expect(hasKnownInternals({ _index: new Map(), _fieldIds: {}, _fieldLength: new Map(), _avgFieldLength: [], _documentCount: 0, _nextId: 0 })).toBe(false);
  });

  it('returns nothing for no terms or no room', () => {
    const { retriever } = syntheticRetriever(10);
    expect(retriever.search({ terms: [], limit: 20 })).toEqual([]);
    expect(retriever.search({ terms: ['the'], limit: 0 })).toEqual([]);
  });
});
