/**
 * The search backend behind a small interface, so that an engine for archives beyond one
 * machine can replace the embedded MiniSearch index without touching ranking or answers.
 */
import MiniSearch, { type AsPlainObject } from 'minisearch';

/** A passage as the backend indexes it: fields already analyzed into space-separated terms. */
export interface IndexedDoc {
  id: string;
  /** Terms of the passage text. */
  text: string;
  /** Terms of the article title. */
  title: string;
  /** Terms of the article's publisher, author, date and the passage's section. */
  meta: string;
}

export interface RetrieverHit {
  id: string;
  score: number;
  /** The query terms this passage matched, in any field. */
  matched: string[];
  /** The query terms this passage matched in its text. */
  matchedInText: string[];
}

export interface SearchRequest {
  terms: string[];
  /** Per-term weight; 1 when absent. */
  weights?: ReadonlyMap<string, number>;
  limit: number;
}

export interface Retriever {
  readonly size: number;
  add(docs: Iterable<IndexedDoc>): void;
  search(request: SearchRequest): RetrieverHit[];
  /** How many passages contain `term` in any field. */
  documentFrequency(term: string): number;
  /** Plain-data state for a snapshot next to the corpus. */
  snapshot(): RetrieverSnapshot;
}

/** What a snapshot holds of the embedded backend. */
export interface RetrieverSnapshot {
  engine: AsPlainObject;
  /** Document frequency of every term. */
  df: [string, number][];
}

/** Field boosts: a match in the passage text counts most; title and metadata help choose the article. */
export const DEFAULT_FIELD_BOOSTS: Readonly<Record<'text' | 'title' | 'meta', number>> = { text: 1, title: 0.5, meta: 0.5 };
/** BM25+ parameters (MiniSearch's defaults, written out so they are visible and tunable). */
export const DEFAULT_BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

export interface MiniSearchRetrieverOptions {
  /** Default `DEFAULT_FIELD_BOOSTS`. */
  boosts?: Partial<Record<'text' | 'title' | 'meta', number>>;
  /** Default `DEFAULT_BM25`. */
  bm25?: { k: number; b: number; d: number };
}

const splitTerms = (text: string): string[] => (text ? text.split(' ') : []);

/** MiniSearch over fields that are already analyzed: terms are split on spaces and kept as they are. */
const ENGINE_OPTIONS = {
  fields: ['text', 'title', 'meta'],
  idField: 'id',
  tokenize: splitTerms,
  processTerm: (term: string) => term,
  searchOptions: { tokenize: splitTerms, processTerm: (term: string) => term },
};

/** What the fast search reads of MiniSearch 7's index (private fields, checked against `engine.search` by tests). */
export interface EngineInternals {
  _index: { get(term: string): Map<number, Map<number, number>> | undefined };
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _nextId: number;
  _documentIds: Map<number, unknown>;
}

/**
 * Whether the engine's private fields have the shape the fast search reads: a MiniSearch release
 * that changes them sends every search through `engine.search` instead of failing every question.
 */
export function hasKnownInternals(engine: Partial<EngineInternals>): engine is EngineInternals {
  return (
    engine._index !== undefined &&
    typeof engine._index.get === 'function' &&
    engine._fieldIds !== undefined &&
    engine._fieldLength instanceof Map &&
    Array.isArray(engine._avgFieldLength) &&
    typeof engine._documentCount === 'number' &&
    typeof engine._nextId === 'number' &&
    engine._documentIds instanceof Map
  );
}

/** At most this many distinct terms are searched by the fast path: each is a bit of a 32-bit mask. */
const MAX_FAST_TERMS = 31;

/** The search's running totals, per passage short id. */
interface Scratch {
  score: Float64Array;
  /** The score of the term being added, summed over its fields. */
  termScore: Float64Array;
  /** Position (+1) of the query term `termScore` belongs to. */
  termAt: Int32Array;
  /** Distinct query terms matched, as bits; 0 for a passage not yet matched. */
  matched: Int32Array;
  /** Distinct query terms matched in the text field, as bits. */
  inText: Int32Array;
}

/** How many bits of a mask are set. */
function bitCount(mask: number): number {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n += 1;
  return n;
}

/** The embedded backend: MiniSearch with BM25+ scoring over pre-analyzed fields. */
export class MiniSearchRetriever implements Retriever {
  private readonly engine: MiniSearch<IndexedDoc>;
  private readonly df = new Map<string, number>();
  private readonly boosts: Record<'text' | 'title' | 'meta', number>;
  private readonly bm25: { k: number; b: number; d: number };
  /** Per-search scratch space of `search`, allocated on the first search. */
  private scratch: Scratch | undefined;
  /** `fieldLengths`, dropped when passages are added. */
  private lengths: Int32Array[] | undefined;

  /** `engine`, when given, is `restored.engine` already loaded. */
  constructor(options: MiniSearchRetrieverOptions = {}, restored?: RetrieverSnapshot, engine?: MiniSearch<IndexedDoc>) {
    this.boosts = { ...DEFAULT_FIELD_BOOSTS, ...options.boosts };
    this.bm25 = options.bm25 ?? { ...DEFAULT_BM25 };
    this.engine = engine ?? (restored ? MiniSearch.loadJS<IndexedDoc>(restored.engine, ENGINE_OPTIONS) : new MiniSearch<IndexedDoc>(ENGINE_OPTIONS));
    if (restored) for (const [term, n] of restored.df) this.df.set(term, n);
  }

  /** A retriever restored from a snapshot, without re-indexing. */
  static restore(snapshot: RetrieverSnapshot, options: MiniSearchRetrieverOptions = {}): MiniSearchRetriever {
    return new MiniSearchRetriever(options, snapshot);
  }

  /**
   * The same, letting the event loop run every thousand terms (MiniSearch's `loadJSAsync`): for an
   * index restored while the bot answers questions, after a rebuild in a worker thread.
   */
  static async restoreInSlices(snapshot: RetrieverSnapshot, options: MiniSearchRetrieverOptions = {}): Promise<MiniSearchRetriever> {
    return new MiniSearchRetriever(options, snapshot, await MiniSearch.loadJSAsync<IndexedDoc>(snapshot.engine, ENGINE_OPTIONS));
  }

  get size(): number {
    return this.engine.documentCount;
  }

  add(docs: Iterable<IndexedDoc>): void {
    this.lengths = undefined;
    for (const doc of docs) {
      this.engine.add(doc);
      const terms = new Set<string>();
      for (const field of [doc.text, doc.title, doc.meta]) for (const term of splitTerms(field)) terms.add(term);
      for (const term of terms) this.df.set(term, (this.df.get(term) ?? 0) + 1);
    }
  }

  documentFrequency(term: string): number {
    return this.df.get(term) ?? 0;
  }

  /**
   * MiniSearch's BM25+ search, scored here over its own index so that only the `limit` best are
   * kept: `engine.search` builds a result object for every passage any term matches (thousands at
   * 100,000 passages) and sorts them all, which was most of an answer's time. Scores, their order
   * and ties (MiniSearch's stable sort keeps the order passages were first matched in) are the
   * same to the last bit; `tests/retriever.test.ts` checks this against `engine.search`.
   */
  search(request: SearchRequest): RetrieverHit[] {
    const { terms, weights, limit } = request;
    if (terms.length === 0 || limit <= 0) return [];
    const engine = this.engine as unknown as Partial<EngineInternals>;
    const queryTerms = splitTerms(terms.join(' ')).filter((t) => t !== '');
    // Each distinct term is a bit of a passage's matched terms. A removed document leaves postings
    // behind until MiniSearch vacuums; its own search handles those, and questions of many terms.
    const distinct = [...new Set(queryTerms)];
    if (this.engine.dirtCount > 0 || distinct.length > MAX_FAST_TERMS || !hasKnownInternals(engine)) return this.engineSearch(request);
    const { k, b, d } = this.bm25;
    const documentCount = engine._documentCount;
    const lengths = this.fieldLengths(engine);
    const fields = ENGINE_OPTIONS.fields.map((field) => {
      const id = engine._fieldIds[field]!;
      return { id, boost: this.boosts[field as keyof typeof this.boosts] || 1, text: field === 'text', lengths: lengths[id]! };
    });
    const { score, termScore, termAt, matched, inText } = this.scratchFor(engine._nextId);
    /** Passages in the order first matched: MiniSearch's order among equal scores. */
    const order: number[] = [];
    const touched: number[] = [];
    queryTerms.forEach((term, position) => {
      const data = engine._index.get(term);
      if (!data) return;
      const bit = 1 << distinct.indexOf(term);
      const termBoost = weights?.get(term) ?? 1;
      touched.length = 0;
      for (const field of fields) {
        const freqs = data.get(field.id);
        if (!freqs) continue;
        const avgFieldLength = engine._avgFieldLength[field.id]!;
        const invDocFreq = Math.log(1 + (documentCount - freqs.size + 0.5) / (freqs.size + 0.5));
        for (const [docId, termFreq] of freqs) {
          const fieldLength = field.lengths[docId]!;
          const rawScore = invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)));
          const weighted = termBoost * field.boost * rawScore;
          if (matched[docId] === 0) order.push(docId);
          // A term's fields are summed first, then added to the passage's score, as MiniSearch combines them.
          if (termAt[docId] === position + 1) termScore[docId] = termScore[docId]! + weighted;
          else {
            termAt[docId] = position + 1;
            termScore[docId] = weighted;
            touched.push(docId);
          }
          matched[docId] = matched[docId]! | bit;
          if (field.text) inText[docId] = inText[docId]! | bit;
        }
      }
      for (const docId of touched) score[docId] = score[docId]! + termScore[docId]!;
    });
    // The best `limit`, by score then by when first matched: the first `limit` of MiniSearch's stable sort.
    const best: { docId: number; score: number }[] = [];
    for (const docId of order) {
      const final = score[docId]! * bitCount(matched[docId]!);
      if (best.length < limit || final > best[best.length - 1]!.score) {
        let at = best.length;
        while (at > 0 && final > best[at - 1]!.score) at -= 1;
        best.splice(at, 0, { docId, score: final });
        if (best.length > limit) best.pop();
      }
    }
    const hits = best.map(({ docId, score: s }) => {
      const has = (mask: number) => distinct.filter((_, i) => (mask & (1 << i)) !== 0);
      return { id: String(engine._documentIds.get(docId)), score: s, matched: has(matched[docId]!), matchedInText: has(inText[docId]!) };
    });
    for (const docId of order) score[docId] = termScore[docId] = termAt[docId] = matched[docId] = inText[docId] = 0;
    return hits;
  }

  /**
   * Each field's length in every passage, by short id: MiniSearch keeps them in a Map of arrays,
   * one lookup a posting. Worked out on the first search after passages are added.
   */
  private fieldLengths(engine: EngineInternals): Int32Array[] {
    if (!this.lengths) {
      this.lengths = ENGINE_OPTIONS.fields.map(() => new Int32Array(engine._nextId));
      for (const [docId, lengths] of engine._fieldLength) lengths.forEach((n, fieldId) => (this.lengths![fieldId]![docId] = n));
    }
    return this.lengths;
  }

  /** Per-passage scratch space of `search`, one slot per short id, all zero between searches. */
  private scratchFor(size: number): Scratch {
    if (!this.scratch || this.scratch.score.length < size) {
      this.scratch = { score: new Float64Array(size), termScore: new Float64Array(size), termAt: new Int32Array(size), matched: new Int32Array(size), inText: new Int32Array(size) };
    }
    return this.scratch;
  }

  /** The same search through `engine.search`: the reference the fast path is tested against. */
  engineSearch({ terms, weights, limit }: SearchRequest): RetrieverHit[] {
    if (terms.length === 0) return [];
    const results = this.engine.search(terms.join(' '), {
      boost: this.boosts,
      bm25: this.bm25,
      combineWith: 'OR',
      prefix: false,
      fuzzy: false,
      ...(weights ? { boostTerm: (term: string) => weights.get(term) ?? 1 } : {}),
    });
    return results.slice(0, limit).map((r) => {
      const matchedInText = r.queryTerms.filter((t) => r.match[t]?.includes('text'));
      return { id: String(r.id), score: r.score, matched: [...r.queryTerms], matchedInText };
    });
  }

  snapshot(): RetrieverSnapshot {
    return { engine: this.engine.toJSON(), df: [...this.df] };
  }
}
