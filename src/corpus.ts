/** Loads the articles of the corpus directory: one Markdown file with YAML front matter per article. */
import type { Stats } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { bodyBlocks, normaliseText } from './clean.ts';
import type { Article, ArticleInfo, Corpus, CorpusProblem } from './types.ts';
import { errorMessage } from './errorMessage.ts';

/** Article files larger than this are skipped (and reported) without being read: a 50 MB file would stall indexing. */
export const DEFAULT_MAX_ARTICLE_BYTES = 4 * 1024 * 1024;

export interface LoadOptions {
  /** Larger article files are skipped and reported as problems. Default `DEFAULT_MAX_ARTICLE_BYTES`. */
  maxArticleBytes?: number;
}

/** File endings read as articles; anything else in the directory (snapshots, notes) is ignored. */
export const ARTICLE_EXTENSIONS: readonly string[] = ['.md', '.markdown'];

/** Whether a file in the corpus directory is an article: dot files (the index snapshot, editors' swap files) never are. */
export function isArticleFile(name: string): boolean {
  return !name.startsWith('.') && ARTICLE_EXTENSIONS.includes(extname(name).toLowerCase());
}

/** A corpus that cannot be served at all: missing, empty, or with no readable article. */
export class CorpusError extends Error {
  constructor(
    message: string,
    readonly problems: CorpusProblem[] = [],
  ) {
    super(message);
    this.name = 'CorpusError';
  }
}

/** Thrown by `parseArticle` for one broken file; `loadCorpus` turns it into a reported problem. */
export class ArticleError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'ArticleError';
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isoDate(value: unknown, path: string): string {
  // YAML 1.2 (the yaml package's default schema) has no timestamp type: an unquoted 2017-04-13 stays a string.
  if (typeof value !== 'string' && typeof value !== 'number') throw new ArticleError(path, 'missing date');
  const text = String(value).trim();
  const m = ISO_DATE.exec(text);
  if (!m) throw new ArticleError(path, `bad date ${JSON.stringify(text)} (expected YYYY-MM-DD)`);
  const date = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
    throw new ArticleError(path, `bad date ${JSON.stringify(text)} (not a calendar date)`);
  }
  return text;
}

function requiredText(data: Record<string, unknown>, key: string, path: string): string {
  const value = data[key];
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    throw new ArticleError(path, `missing ${key}`);
  }
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new ArticleError(path, `${key} must be text, got ${JSON.stringify(value)}`);
  }
  return String(value).replace(/\s+/g, ' ').trim();
}

function optionalText(data: Record<string, unknown>, key: string, path: string): string | undefined {
  const value = data[key];
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
  return requiredText(data, key, path);
}

function optionalUrl(data: Record<string, unknown>, path: string): string | undefined {
  const url = optionalText(data, 'url', path);
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ArticleError(path, `bad url ${JSON.stringify(url)}`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new ArticleError(path, `bad url ${JSON.stringify(url)} (must be http or https)`);
  }
  return parsed.href;
}

/** A `---` line, which opens and closes the front matter. */
const FENCE = /^---[ \t]*$/;

/** Splits the YAML front matter (between the first two `---` lines) from the body, and parses it. */
function frontMatter(path: string, source: string): { data: Record<string, unknown>; content: string } {
  const lines = source.split('\n');
  if (!FENCE.test(lines[0] ?? '')) throw new ArticleError(path, 'no front matter (the file must start with a --- line)');
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close < 0) throw new ArticleError(path, 'no front matter (unclosed --- block)');
  let data: unknown;
  try {
    // YAML 1.2 keeps dates as written; a YAML 1.1 parser such as js-yaml would roll 2018-13-45 over into a valid Date.
    data = parseYaml(lines.slice(1, close).join('\n'));
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new ArticleError(path, `bad front matter: ${reason}`);
  }
  if (data === null || data === undefined || (typeof data === 'object' && !Array.isArray(data) && Object.keys(data).length === 0)) {
    throw new ArticleError(path, 'no front matter (empty --- block)');
  }
  if (typeof data !== 'object' || Array.isArray(data)) throw new ArticleError(path, 'bad front matter: expected "key: value" lines');
  return { data: data as Record<string, unknown>, content: lines.slice(close + 1).join('\n') };
}

/** Parses one article file. Throws `ArticleError` with the path and the reason when it is broken. */
export function parseArticle(path: string, raw: string): Article {
  const { data, content } = frontMatter(path, normaliseText(raw));
  const title = requiredText(data, 'title', path);
  const publisher = requiredText(data, 'publisher', path);
  const date = isoDate(data.date, path);
  const author = optionalText(data, 'author', path);
  const url = optionalUrl(data, path);
  const body = content.trim();
  if (!bodyBlocks(body).some((b) => b.kind === 'paragraph')) throw new ArticleError(path, 'empty body');
  const id = basename(path, extname(path));
  return { id, path, title, publisher, date, body, ...(author ? { author } : {}), ...(url ? { url } : {}) };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text; throws `ArticleError` for bytes that are not UTF-8, which would otherwise be quoted as "\uFFFD". */
function decodeUtf8(path: string, bytes: Uint8Array): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new ArticleError(path, 'not UTF-8 text (save the file as UTF-8)');
  }
}

/** Newest first, then by title, so listings and ties are stable. */
export function byNewest(a: ArticleInfo, b: ArticleInfo): number {
  return b.date.localeCompare(a.date) || a.title.localeCompare(b.title);
}

/** An article file found by `listArticleFiles`, checked to be a regular file within the size limit. */
export interface ArticleFile {
  name: string;
  path: string;
  bytes: number;
}

/** Entries checked at once: one at a time leaves the disk and thread pool idle. */
const STAT_BATCH = 64;

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * The article files of `dir` (sorted by name), each checked with `stat` before anything reads it:
 * symbolic links are followed (ConfigMap files are links), but a named pipe, socket, device or
 * directory named like an article is never opened, and a file over the size limit is never read.
 * Each skipped entry becomes a problem naming it and why. Throws if `dir` cannot be listed.
 */
export async function listArticleFiles(dir: string, options: LoadOptions = {}): Promise<{ files: ArticleFile[]; problems: CorpusProblem[] }> {
  const limit = options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const names = (await readdir(dir)).filter(isArticleFile).sort();
  const files: ArticleFile[] = [];
  const problems: CorpusProblem[] = [];
  for (let i = 0; i < names.length; i += STAT_BATCH) {
    const batch = names.slice(i, i + STAT_BATCH);
    const stats = await Promise.all(batch.map((name) => stat(join(dir, name)).catch((err: unknown) => err as Error)));
    batch.forEach((name, k) => {
      const path = join(dir, name);
      const shown = relative(process.cwd(), path) || path;
      const s = stats[k]!;
      if (s instanceof Error) problems.push({ path: shown, reason: `cannot read: ${s.message}` });
      else if (!s.isFile()) problems.push({ path: shown, reason: `skipped: ${kindOf(s)}, not a regular file` });
      else if (s.size > limit) problems.push({ path: shown, reason: `too large: ${s.size} bytes, over the ${limit}-byte limit (MAX_ARTICLE_BYTES)` });
      else files.push({ name, path, bytes: s.size });
    });
  }
  return { files, problems };
}

/**
 * Reads every article in `dir`. Broken, oversized and non-regular files are skipped and reported in
 * `problems`; a missing or empty directory, or one with no readable article, throws `CorpusError`.
 */
export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<Corpus> {
  let listed: Awaited<ReturnType<typeof listArticleFiles>>;
  try {
    if (!(await stat(dir)).isDirectory()) throw new CorpusError(`${dir}: corpus path is not a directory`);
    listed = await listArticleFiles(dir, options);
  } catch (err) {
    if (err instanceof CorpusError) throw err;
    throw new CorpusError(`${dir}: corpus directory not found (set CORPUS_DIR or create it with one Markdown file per article)`);
  }
  if (listed.files.length === 0 && listed.problems.length === 0) {
    throw new CorpusError(`${dir}: corpus directory has no articles (add one Markdown file per article, see README)`);
  }
  const articles: Article[] = [];
  const problems: CorpusProblem[] = [...listed.problems];
  // An id is the file name without its ending, so "a.md" and "a.markdown" would be one article twice: the first keeps it.
  const byId = new Map<string, string>();
  for (const { path } of listed.files) {
    const shown = relative(process.cwd(), path) || path;
    try {
      const article = parseArticle(shown, decodeUtf8(shown, await readFile(path)));
      const first = byId.get(article.id);
      if (first !== undefined) throw new ArticleError(shown, `duplicate id "${article.id}": ${first} has the same name; rename one of them`);
      byId.set(article.id, shown);
      articles.push(article);
    } catch (err) {
      problems.push(
        err instanceof ArticleError
          ? { path: shown, reason: err.reason }
          : { path: shown, reason: errorMessage(err) },
      );
    }
  }
  problems.sort((a, b) => a.path.localeCompare(b.path));
  if (articles.length === 0) {
    throw new CorpusError(
      `${dir}: no readable article (${problems.map((p) => `${p.path}: ${p.reason}`).join('; ')})`,
      problems,
    );
  }
  articles.sort(byNewest);
  return { dir, articles, problems };
}
