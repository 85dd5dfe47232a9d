/**
 * A snapshot of a built index, kept next to the corpus so start-up can skip re-indexing when the
 * corpus is unchanged. It is JSON Lines written in parts, so an index too big for one JavaScript
 * string (a million passages) still fits, and it ends with a record count so a cut-off file is caught.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { readFile, rename, rm, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { AsPlainObject } from 'minisearch';
import { listArticleFiles, type LoadOptions } from './corpus.ts';
import { MiniSearchRetriever } from './retriever.ts';
import type { IndexOptions, SearchIndex } from './searchIndex.ts';
import { AcronymIndex } from './acronyms.ts';
import { NameIndex } from './names.ts';
import { RoleIndex, type Role } from './roles.ts';
import { Lexicon } from './spelling.ts';
import type { ArticleInfo, Passage } from './types.ts';
import { STOP_WORDS } from './stopWords.ts';
import vocabulary from './vocabulary.json' with { type: 'json' };
import { errorMessage } from './errorMessage.ts';
import { wordnetEdition } from './lexical/extract.ts';

/** The snapshot's file name inside the corpus directory (a dot file, so it is never read as an article). */
export const SNAPSHOT_FILE = '.tradetalk-index.jsonl';
/** Bumped whenever the analyzer, the Markdown-to-text step or the snapshot layout changes, so older snapshots are rebuilt (4: WordNet lemmas, sentence joins at "Nov. 11,"; 5: the month May; 6: no name has a common-word form; 7: a decade is not a year; 8: "pm" is a prime minister, "3 p.m." a time of day; 9: "Oct." is October; 10: a month's short form only beside a day, a year or a word of time, "5 pm" a time; 11: "supposed to" is "expected to"; 12: no sentence ends at "Corp." before a title; 13: nor at "Japan-U.S." before a name; 14: but at "Corp." before a title that opens a sentence; 15: "can't", "w/o" and "2nd" read as words; 16: the acronyms the articles spell out; 17: "May 1st" is a day again; 18: a table row is a paragraph of its cells; 19: footnote markers and definitions are dropped; 20: a title before a name is a name of its own for acronyms; 21: "AT&T" and "S&P" are one word; 22: cardinals written in words are figures; 23: but not the parts of "two hundred" or "twenty-five"; 24: nor "thousand" after a figure, "5k"; 25: British spellings read as American; 26: no sentence ends inside a dateline, "PALM BEACH, Fla. (Reuters) -"; 27: nor at "Co." before a country in brackets; 28: nor at a title before a name, "Mr. Strauss", "Sen. John C. Danforth"; 29: a name with a possessive of its members inside, "National Cattlemen's Beef Association", for acronyms; 30: a name through an ampersand, "Hellman & Friedman", and the name before its place, "Long-Term Credit Bank" of Japan, for acronyms; 31: a name read in the other forms English writes it in, "Finance Ministry" as the Ministry of Finance, for acronyms; 32: the words before a last "of" end at a word, not a connector). */
export const SNAPSHOT_VERSION = 32;
/** Items per line: small enough that no line nears the string limit, large enough to be quick. */
const CHUNK = 5000;
/** Read buffer: lines run to megabytes, and larger reads mean fewer trips through the stream. */
const READ_CHUNK_BYTES = 8 << 20;
const NEWLINE = 0x0a;

/**
 * The file's lines, each decoded once. node:readline builds multi-megabyte lines by repeated string
 * concatenation, which took half of a 100k-passage snapshot's load time; this splits the raw buffers.
 */
export async function* readLines(path: string, chunkBytes = READ_CHUNK_BYTES): AsyncGenerator<string> {
  let pending: Buffer[] = [];
  for await (const chunk of createReadStream(path, { highWaterMark: chunkBytes }) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE, start); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      const piece = chunk.subarray(start, end);
      yield pending.length === 0 ? piece.toString('utf8') : Buffer.concat([...pending, piece]).toString('utf8');
      pending = [];
      start = end + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length > 0) yield Buffer.concat(pending).toString('utf8');
}

export class SnapshotError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'SnapshotError';
  }
}

/** Files read at once while hashing: reading one at a time leaves the disk and thread pool idle. */
const HASH_READ_BATCH = 64;

/**
 * A hash of every article file's name and bytes: any added, changed or removed article changes it.
 * Files are listed as `loadCorpus` lists them (stat first), so a named pipe is never opened and an
 * oversized file never read; a skipped entry counts by its name and the reason it is skipped.
 */
export async function hashCorpus(dir: string, options: LoadOptions = {}): Promise<string> {
  const { files, problems } = await listArticleFiles(dir, options);
  const hash = createHash('sha256');
  for (let i = 0; i < files.length; i += HASH_READ_BATCH) {
    const batch = files.slice(i, i + HASH_READ_BATCH);
    const contents = await Promise.all(batch.map((file) => readFile(file.path)));
    batch.forEach((file, k) => hash.update(file.name).update('\0').update(contents[k]!).update('\0'));
  }
  for (const problem of problems) hash.update('skipped\0').update(basename(problem.path)).update('\0').update(problem.reason).update('\0');
  return hash.digest('hex');
}

/**
 * What, besides the corpus, decides the index: the analyzer's vocabulary and its WordNet extract
 * (lemmas are index terms), the options, the layout.
 */
export function indexFingerprint(options: IndexOptions = {}, wordnet: string = wordnetEdition()): string {
  return createHash('sha256')
    .update(JSON.stringify({ version: SNAPSHOT_VERSION, vocabulary, wordnet, stopWords: [...STOP_WORDS], maxChars: options.maxChars, minChars: options.minChars, boosts: options.boosts, bm25: options.bm25 }))
    .digest('hex')
    .slice(0, 16);
}

type Line =
  | { kind: 'header'; version: number; corpusHash: string; fingerprint: string; newestDate: string }
  | { kind: 'articles'; v: ArticleInfo[] }
  | { kind: 'passages'; v: Passage[] }
  | { kind: 'lexicon'; v: [string, number][] }
  | { kind: 'roles'; v: Role[] }
  | { kind: 'names'; v: string[] }
  | { kind: 'acronyms'; v: [string, string][] }
  | { kind: 'df'; v: [string, number][] }
  | { kind: 'engine'; v: Omit<AsPlainObject, 'index'> }
  | { kind: 'postings'; v: AsPlainObject['index'] }
  | { kind: 'end'; lines: number };

function* chunks<T>(items: T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += CHUNK) yield items.slice(i, i + CHUNK);
}

/**
 * The snapshot's records, one JSON text each (no newline): written to the file, one a line, or
 * posted by the index worker thread (adapters/indexWorker.ts) one a message.
 */
export function* snapshotLines(index: SearchIndex, corpusHash: string, options: IndexOptions = {}): Generator<string> {
  let lines = 0;
  const line = (record: Line) => {
    lines += 1;
    return JSON.stringify(record);
  };
  yield line({ kind: 'header', version: SNAPSHOT_VERSION, corpusHash, fingerprint: indexFingerprint(options), newestDate: index.newestDate });
  for (const c of chunks([...index.articles.values()])) yield line({ kind: 'articles', v: c });
  for (const c of chunks([...index.passages.values()])) yield line({ kind: 'passages', v: c });
  for (const c of chunks(index.lexicon.toJSON())) yield line({ kind: 'lexicon', v: c });
  for (const c of chunks(index.roles.toJSON())) yield line({ kind: 'roles', v: c });
  for (const c of chunks(index.names.toJSON())) yield line({ kind: 'names', v: c });
  for (const c of chunks(index.acronyms.toJSON())) yield line({ kind: 'acronyms', v: c });
  const { engine, df } = index.retriever.snapshot();
  for (const c of chunks(df)) yield line({ kind: 'df', v: c });
  const { index: postings, ...rest } = engine;
  yield line({ kind: 'engine', v: rest });
  for (const c of chunks(postings)) yield line({ kind: 'postings', v: c });
  yield line({ kind: 'end', lines: lines + 1 });
}

/** Writes the snapshot next to the corpus, atomically (a temporary file renamed into place). */
export function writeSnapshot(index: SearchIndex, path: string, corpusHash: string, options: IndexOptions = {}): Promise<{ bytes: number }> {
  return writeSnapshotLines(snapshotLines(index, corpusHash, options), path);
}

/** Where a snapshot is written before it is renamed into place; one per process, so replicas never share it. */
export function temporarySnapshotPath(path: string): string {
  return `${path}.${process.pid}.tmp`;
}

/** Writes lines made by `snapshotLines` as a snapshot file, atomically (a temporary file renamed into place). */
export async function writeSnapshotLines(lines: Iterable<string>, path: string): Promise<{ bytes: number }> {
  const temporary = temporarySnapshotPath(path);
  const out = createWriteStream(temporary, { encoding: 'utf8' });
  try {
    for (const text of lines) {
      if (!out.write(`${text}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
    await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
    await rename(temporary, path);
  } catch (err) {
    out.destroy();
    await rm(temporary, { force: true });
    throw err;
  }
  return { bytes: (await stat(path)).size };
}

/**
 * Loads a snapshot if it belongs to this corpus and these options. Throws `SnapshotError` when it is
 * missing, stale, from another version, or damaged, so the caller rebuilds instead of trusting it.
 * `corpusHash` may still be being computed: it is awaited before the index is built from the file.
 */
export async function readSnapshot(path: string, corpusHash: string | Promise<string>, options: IndexOptions = {}): Promise<SearchIndex> {
  try {
    await stat(path);
  } catch {
    throw new SnapshotError(path, 'no snapshot');
  }
  return restoreSnapshot(readLines(path), path, corpusHash, options);
}

export interface RestoreOptions {
  /**
   * Let the event loop run while the search engine's maps are rebuilt (slower overall): for an
   * index restored while the bot is answering. Pass lines that yield too. Default `false`.
   */
  inSlices?: boolean;
}

/**
 * An index from a snapshot's lines, as `snapshotLines` made them, checked as `readSnapshot` checks
 * a file: `path` names where they came from in a `SnapshotError`.
 */
export async function restoreSnapshot(
  lines: AsyncIterable<string> | Iterable<string>,
  path: string,
  corpusHash: string | Promise<string>,
  options: IndexOptions = {},
  restore: RestoreOptions = {},
): Promise<SearchIndex> {
  try {
    return await restoreLines(lines, path, corpusHash, options, restore);
  } catch (err) {
    // A file that cannot be read (a directory, no permission) or a record of another shape is damaged too: the caller rebuilds.
    if (err instanceof SnapshotError) throw err;
    throw new SnapshotError(path, `unreadable or damaged (${errorMessage(err)})`);
  }
}

async function restoreLines(
  lines: AsyncIterable<string> | Iterable<string>,
  path: string,
  corpusHash: string | Promise<string>,
  options: IndexOptions,
  restore: RestoreOptions,
): Promise<SearchIndex> {
  const started = performance.now();
  const articles = new Map<string, ArticleInfo>();
  const passages = new Map<string, Passage>();
  // Filled line by line rather than at the end, so a sliced restore never has one long step for it.
  const lexicon = new Lexicon();
  const roles: Role[] = [];
  const names: string[] = [];
  const acronyms: [string, string][] = [];
  const df: [string, number][] = [];
  const postings: AsPlainObject['index'] = [];
  let header: Extract<Line, { kind: 'header' }> | undefined;
  let engine: Omit<AsPlainObject, 'index'> | undefined;
  let count = 0;
  let ended = false;
  for await (const text of lines) {
    count += 1;
    let line: Line;
    try {
      line = JSON.parse(text) as Line;
    } catch {
      throw new SnapshotError(path, `damaged at line ${count}`);
    }
    if (count === 1) {
      if (line.kind !== 'header') throw new SnapshotError(path, 'no header');
      if (line.version !== SNAPSHOT_VERSION) throw new SnapshotError(path, `version ${line.version}, expected ${SNAPSHOT_VERSION}`);
      if (line.fingerprint !== indexFingerprint(options)) throw new SnapshotError(path, 'stale: built with another vocabulary or options');
      header = line;
      continue;
    }
    switch (line.kind) {
      case 'articles':
        for (const a of line.v) articles.set(a.id, a);
        break;
      case 'passages':
        for (const p of line.v) passages.set(p.id, p);
        break;
      case 'lexicon':
        lexicon.restore(line.v);
        break;
      case 'roles':
        for (const r of line.v) roles.push(r);
        break;
      case 'names':
        for (const n of line.v) names.push(n);
        break;
      case 'acronyms':
        for (const a of line.v) acronyms.push(a);
        break;
      case 'df':
        for (const e of line.v) df.push(e);
        break;
      case 'engine':
        engine = line.v;
        break;
      case 'postings':
        for (const e of line.v) postings.push(e);
        break;
      case 'end':
        if (line.lines !== count) throw new SnapshotError(path, `damaged: ${count} lines, expected ${line.lines}`);
        ended = true;
        break;
      default:
        throw new SnapshotError(path, `unknown record at line ${count}`);
    }
  }
  if (!header || !engine || !ended) throw new SnapshotError(path, 'damaged: cut off before its end');
  if (header.corpusHash !== (await corpusHash)) throw new SnapshotError(path, 'stale: the corpus has changed');
  let retriever: MiniSearchRetriever;
  try {
    const snapshot = { engine: { ...engine, index: postings }, df };
    retriever = restore.inSlices ? await MiniSearchRetriever.restoreInSlices(snapshot, options) : MiniSearchRetriever.restore(snapshot, options);
  } catch (err) {
    throw new SnapshotError(path, `damaged index (${errorMessage(err)})`);
  }
  if (retriever.size !== passages.size) throw new SnapshotError(path, `damaged: ${retriever.size} indexed passages, ${passages.size} stored`);
  return { articles, passages, retriever, lexicon, roles: RoleIndex.fromJSON(roles), names: NameIndex.fromJSON(names), acronyms: AcronymIndex.fromJSON(acronyms), newestDate: header.newestDate, buildMs: performance.now() - started };
}
