/**
 * The index in service, kept current with the corpus directory. Start-up reuses the snapshot when
 * the corpus is unchanged; a change to the directory rebuilds in the background and swaps the new
 * index in at once, so a question is always answered from one whole index, old or new.
 * Noticing changes is the runtime's job (adapters/corpusWatcher.ts calls `reload()`), and so is
 * choosing where a reload builds: in this thread by default, or in a worker thread (the bot's
 * adapters/indexRebuilder.ts), so a large rebuild never takes the thread that answers questions.
 */
import { join } from 'node:path';
import { loadCorpus, type LoadOptions } from './corpus.ts';
import { buildIndexInBackground, type BuildProgress, type IndexInput, type IndexOptions, type SearchIndex } from './searchIndex.ts';
import { hashCorpus, readSnapshot, SNAPSHOT_FILE, SnapshotError, writeSnapshot } from './snapshot.ts';
import type { ArticleInfo, CorpusProblem } from './types.ts';
import { errorMessage } from './errorMessage.ts';

export interface LiveIndexOptions extends IndexOptions, BuildProgress, LoadOptions {
  /** Keep a snapshot of the index next to the corpus and reuse it at start-up. Default `true`. */
  snapshot?: boolean;
  /** Told about every load, reload, broken file and snapshot problem, for logs and metrics. */
  onEvent?: (event: IndexEvent) => void;
  /** How a reload builds the new index. Default `rebuildInThisThread`. */
  rebuild?: Rebuilder;
}

/** An article whose file broke, in its previous good version, so it stays answerable. */
export type CarriedArticle = NonNullable<IndexInput['carried']>[number];

/** What a reload asks its builder for: the directory changed (its hash differs from the index in service). */
export interface RebuildJob {
  dir: string;
  /** The directory's new hash, which the new index's snapshot records. */
  hash: string;
  options: LoadOptions & IndexOptions & BuildProgress;
  /** Where to write the new index's snapshot, if one is kept; else the builder writes none. */
  snapshotPath: string | undefined;
  /**
   * Given the new corpus's broken files, their previous good versions (and reports each broken file).
   * `loaded`: the ids of the articles the new corpus loaded, whose previous versions are never carried.
   */
  carryOver(problems: readonly CorpusProblem[], loaded?: readonly string[]): CarriedArticle[];
  /** Aborted when the index closes: a builder may stop early (its result is ignored either way). */
  signal: AbortSignal;
}

export interface Rebuilt {
  index: SearchIndex;
  /** What became of the snapshot, if the builder wrote it; else the live index writes it. */
  snapshot?: { bytes: number; ms: number } | { failed: string };
}

/** Builds a reload's new index. Rejects when the directory cannot be served. */
export type Rebuilder = (job: RebuildJob) => Promise<Rebuilt>;

/** The default builder: in this thread, in `BACKGROUND_SLICE_MS` slices between questions. */
export async function rebuildInThisThread(job: RebuildJob): Promise<Rebuilt> {
  const corpus = await loadCorpus(job.dir, job.options);
  const carried = job.carryOver(corpus.problems, corpus.articles.map((a) => a.id));
  return { index: await buildIndexInBackground({ articles: corpus.articles, carried }, job.options, job.options) };
}

export type IndexEvent =
  | { kind: 'loaded'; source: 'snapshot' | 'build'; articles: number; passages: number; ms: number; reload: boolean }
  /** A broken file; `kept` says whether its previous good version stays in service. */
  | { kind: 'broken-file'; path: string; reason: string; kept: boolean }
  | { kind: 'snapshot-rejected'; reason: string }
  | { kind: 'snapshot-written'; bytes: number; ms: number }
  | { kind: 'snapshot-failed'; reason: string }
  /** The directory could not be read as a corpus at all; the previous index stays in service. */
  | { kind: 'reload-failed'; reason: string };

export class LiveIndex {
  private index: SearchIndex;
  private hash: string;
  private running: Promise<void> | undefined;
  private again = false;
  private readonly closing = new AbortController();

  private constructor(
    readonly dir: string,
    private readonly options: LiveIndexOptions,
    index: SearchIndex,
    hash: string,
  ) {
    this.index = index;
    this.hash = hash;
  }

  /** Loads the corpus in `dir`, from its snapshot when that is current, else by building (and saving a new snapshot). */
  static async open(dir: string, options: LiveIndexOptions = {}): Promise<LiveIndex> {
    // An unreadable directory falls through to loadCorpus, whose error says what to do about it.
    // The corpus is hashed while the snapshot is read; the snapshot is used only if the hashes match.
    const hashing = hashCorpus(dir, options).catch(() => undefined);
    const path = join(dir, SNAPSHOT_FILE);
    if (options.snapshot !== false) {
      try {
        const index = await readSnapshot(path, hashing.then((h) => h ?? 'unreadable corpus'), options);
        const hash = (await hashing)!;
        options.onEvent?.({ kind: 'loaded', source: 'snapshot', articles: index.articles.size, passages: index.passages.size, ms: index.buildMs, reload: false });
        return new LiveIndex(dir, options, index, hash);
      } catch (err) {
        if (!(err instanceof SnapshotError)) throw err;
        if (!err.message.endsWith('no snapshot')) options.onEvent?.({ kind: 'snapshot-rejected', reason: err.message });
      }
    }
    const hash = await hashing;
    const corpus = await loadCorpus(dir, options);
    for (const p of corpus.problems) options.onEvent?.({ kind: 'broken-file', path: p.path, reason: p.reason, kept: false });
    const index = await buildIndexInBackground(corpus, options, options);
    options.onEvent?.({ kind: 'loaded', source: 'build', articles: index.articles.size, passages: index.passages.size, ms: index.buildMs, reload: false });
    const live = new LiveIndex(dir, options, index, hash ?? (await hashCorpus(dir, options)));
    await live.saveSnapshot();
    return live;
  }

  /** The index in service. Read it once per question: a reload never changes an index already taken. */
  get current(): SearchIndex {
    return this.index;
  }

  /**
   * Re-reads the directory and swaps in a new index if anything changed. Calls made during a reload
   * are folded into one more reload after it, so bursts of changes never queue up.
   */
  reload(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.reloadOnce();
        } while (this.again && !this.closing.signal.aborted);
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  /** Stops reloading: a reload under way is told to stop (a worker build is ended) and awaited. */
  async close(): Promise<void> {
    this.closing.abort();
    await this.running;
  }

  private async reloadOnce(): Promise<void> {
    const emit = this.options.onEvent;
    const signal = this.closing.signal;
    if (signal.aborted) return;
    try {
      // Hashing is cheap and asynchronous; a directory that hashes the same needs no build at all.
      const hash = await hashCorpus(this.dir, this.options);
      if (hash === this.hash || signal.aborted) return;
      const rebuilt = await (this.options.rebuild ?? rebuildInThisThread)({
        dir: this.dir,
        hash,
        options: this.options,
        snapshotPath: this.options.snapshot === false ? undefined : join(this.dir, SNAPSHOT_FILE),
        carryOver: (problems, loaded) => this.carryOver(problems, loaded),
        signal,
      });
      if (signal.aborted) return;
      const { index, snapshot } = rebuilt;
      this.index = index;
      this.hash = hash;
      emit?.({ kind: 'loaded', source: 'build', articles: index.articles.size, passages: index.passages.size, ms: index.buildMs, reload: true });
      if (snapshot === undefined) await this.saveSnapshot();
      else if ('failed' in snapshot) emit?.({ kind: 'snapshot-failed', reason: snapshot.failed });
      else emit?.({ kind: 'snapshot-written', ...snapshot });
    } catch (err) {
      if (!signal.aborted) emit?.({ kind: 'reload-failed', reason: errorMessage(err) });
    }
  }

  /** The previous good version of each broken file, with its passages, so the article stays answerable. */
  private carryOver(problems: readonly CorpusProblem[], loaded: readonly string[] = []): CarriedArticle[] {
    const byPath = new Map<string, ArticleInfo>();
    const fresh = new Set(loaded);
    for (const article of this.index.articles.values()) if (!fresh.has(article.id)) byPath.set(article.path, article);
    const carried: CarriedArticle[] = [];
    for (const problem of problems) {
      const article = byPath.get(problem.path);
      this.options.onEvent?.({ kind: 'broken-file', path: problem.path, reason: problem.reason, kept: Boolean(article) });
      if (!article) continue;
      const passages = [...this.index.passages.values()].filter((p) => p.articleId === article.id);
      carried.push({ article, passages });
    }
    return carried;
  }

  private async saveSnapshot(): Promise<void> {
    if (this.options.snapshot === false) return;
    const started = performance.now();
    try {
      const { bytes } = await writeSnapshot(this.index, join(this.dir, SNAPSHOT_FILE), this.hash, this.options);
      this.options.onEvent?.({ kind: 'snapshot-written', bytes, ms: performance.now() - started });
    } catch (err) {
      this.options.onEvent?.({ kind: 'snapshot-failed', reason: errorMessage(err) });
    }
  }
}
