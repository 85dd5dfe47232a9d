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
interface EngineInternals {
  _index: { get(term: string): Map<number, Map<number, number>> | undefined };
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _nextId: number;
  _documentIds: Map<number, unknown>;
}

/** A passage the search has matched so far. */
interface Found {
  docId: number;
  score: number;
  /** The score of the term being added, summed over its fields. */
  termScore: number;
  term: string | undefined;
  /** Query terms matched, in the order first matched. */
  terms: string[];
  /** Query terms matched in the text field. */
  inText: string[];
}

/** The embedded backend: MiniSearch with BM25+ scoring over pre-analyzed fields. */
export class MiniSearchRetriever implements Retriever {
  private readonly engine: MiniSearch<IndexedDoc>;
  private readonly df = new Map<string, number>();
  private readonly boosts: Record<'text' | 'title' | 'meta', number>;
  private readonly bm25: { k: number; b: number; d: number };
  /** Per-search scratch space of `search`, emptied before it returns. */
  private readonly scratch: (Found | undefined)[] = [];

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
    const engine = this.engine as unknown as EngineInternals;
    // A removed document leaves postings behind until MiniSearch vacuums; its own search handles those.
    if (this.engine.dirtCount > 0) return this.engineSearch(request);
    const { k, b, d } = this.bm25;
    const documentCount = engine._documentCount;
    const fields = ENGINE_OPTIONS.fields.map((field) => ({ field, id: engine._fieldIds[field]!, boost: this.boosts[field as keyof typeof this.boosts] || 1 }));
    // Matched passages by short id (a sparse array is cheaper than a Map here), and in the order first matched.
    const byDoc = this.scratch;
    // Filled to the size of the index, so the array keeps fast elements rather than turning into a dictionary.
    while (byDoc.length < engine._nextId) byDoc.push(undefined);
    const found: Found[] = [];
    const queryTerms = splitTerms(terms.join(' ')).filter((t) => t !== '');
    for (const term of queryTerms) {
      const data = engine._index.get(term);
      if (!data) continue;
      const termBoost = weights?.get(term) ?? 1;
      const touched: Found[] = [];
      for (const { field, id: fieldId, boost: fieldBoost } of fields) {
        const freqs = data.get(fieldId);
        if (!freqs) continue;
        const avgFieldLength = engine._avgFieldLength[fieldId]!;
        const invDocFreq = Math.log(1 + (documentCount - freqs.size + 0.5) / (freqs.size + 0.5));
        for (const [docId, termFreq] of freqs) {
          const fieldLength = engine._fieldLength.get(docId)![fieldId]!;
          const rawScore = invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)));
          const weighted = termBoost * fieldBoost * rawScore;
          let f = byDoc[docId];
          if (!f) found.push((byDoc[docId] = f = { docId, score: 0, termScore: 0, term: undefined, terms: [], inText: [] }));
          // A term's fields are summed first, then added to the passage's score, as MiniSearch combines them.
          if (f.term === term) f.termScore += weighted;
          else {
            f.term = term;
            f.termScore = weighted;
            touched.push(f);
            if (!f.terms.includes(term)) f.terms.push(term);
          }
          if (field === 'text' && !f.inText.includes(term)) f.inText.push(term);
        }
      }
      for (const f of touched) {
        f.score += f.termScore;
        f.term = undefined;
      }
    }
    // The best `limit`, by score then by when first matched: the first `limit` of MiniSearch's stable sort.
    const best: { f: Found; score: number }[] = [];
    for (const f of found) {
      byDoc[f.docId] = undefined;
      const score = f.score * (f.terms.length || 1);
      if (best.length === limit && !(score > best[best.length - 1]!.score)) continue;
      let at = best.length;
      while (at > 0 && score > best[at - 1]!.score) at -= 1;
      best.splice(at, 0, { f, score });
      if (best.length > limit) best.pop();
    }
    return best.map(({ f, score }) => ({ id: String(engine._documentIds.get(f.docId)), score, matched: [...f.terms], matchedInText: f.terms.filter((t) => f.inText.includes(t)) }));
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
