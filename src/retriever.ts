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

/** The embedded backend: MiniSearch with BM25+ scoring over pre-analyzed fields. */
export class MiniSearchRetriever implements Retriever {
  private readonly engine: MiniSearch<IndexedDoc>;
  private readonly df = new Map<string, number>();
  private readonly boosts: Record<'text' | 'title' | 'meta', number>;
  private readonly bm25: { k: number; b: number; d: number };

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
      const terms = new Set([...splitTerms(doc.text), ...splitTerms(doc.title), ...splitTerms(doc.meta)]);
      for (const term of terms) this.df.set(term, (this.df.get(term) ?? 0) + 1);
    }
  }

  documentFrequency(term: string): number {
    return this.df.get(term) ?? 0;
  }

  search({ terms, weights, limit }: SearchRequest): RetrieverHit[] {
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
