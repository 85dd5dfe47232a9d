/** Builds the searchable index of a corpus: passages, their analyzed terms, and the word lexicon. */
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { analyze, termKey, tokenize, termsOf } from './analyze.ts';
import { splitPassages, type PassageOptions } from './passages.ts';
import { MiniSearchRetriever, type IndexedDoc, type MiniSearchRetrieverOptions, type Retriever } from './retriever.ts';
import { AcronymIndex } from './acronyms.ts';
import { NameIndex } from './names.ts';
import { RoleIndex, rolesIn } from './roles.ts';
import { Lexicon } from './spelling.ts';
import type { Article, ArticleInfo, Corpus, Passage } from './types.ts';

export interface IndexOptions extends PassageOptions, MiniSearchRetrieverOptions {}

/** Everything a question is answered from. Built once per corpus and never mutated afterwards. */
export interface SearchIndex {
  /** Article metadata; bodies are dropped once split, since answers quote passages. */
  articles: ReadonlyMap<string, ArticleInfo>;
  passages: ReadonlyMap<string, Passage>;
  retriever: Retriever;
  lexicon: Lexicon;
  /** Who holds which office, as the articles say. */
  roles: RoleIndex;
  /** Which words the articles use as names. */
  names: NameIndex;
  /** Which acronyms the articles' capitalised names stand for ("ira" → "inflation reduction act"). */
  acronyms: AcronymIndex;
  /** The newest article's date, ISO; questions about later events cannot be answered. */
  newestDate: string;
  /** How long the build took, in milliseconds. */
  buildMs: number;
}

/** What to index: articles to split, and articles carried over already split (a reload keeps the last good version of a broken file). */
export interface IndexInput extends Pick<Corpus, 'articles'> {
  carried?: readonly { article: ArticleInfo; passages: readonly Passage[] }[];
}

export interface BuildProgress {
  /** Called after each article with how many are done, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/** How long a background build works before letting the event loop answer questions. */
export const BACKGROUND_SLICE_MS = 20;

/** Words that name an article beyond its text: publisher, author and the passage's section. */
export function metaText(article: ArticleInfo, section?: string): string {
  return [article.publisher, article.author ?? '', section ?? ''].join(' ');
}

function withoutBody(article: Article): ArticleInfo {
  const { body: _body, ...info } = article;
  return info;
}

/** The build, one article per step, so it can run all at once or in slices between questions. */
function* buildSteps(input: IndexInput, options: IndexOptions, progress: BuildProgress, result: (index: SearchIndex) => void): Generator<void> {
  const started = performance.now();
  const articles = new Map<string, ArticleInfo>();
  const passages = new Map<string, Passage>();
  const lexicon = new Lexicon();
  const roles = new RoleIndex();
  const names = new NameIndex();
  const acronyms = new AcronymIndex();
  const retriever = new MiniSearchRetriever(options);
  let newestDate = '';
  const loaded = new Set(input.articles.map((a) => a.id));
  const work = [
    ...input.articles.map((article) => ({ article: withoutBody(article), passages: () => splitPassages(article, options) })),
    // A previous version never stands beside an article loaded now under the same id ("a.md" broken, "a.markdown" added).
    ...(input.carried ?? []).filter((c) => !loaded.has(c.article.id)).map((c) => ({ article: c.article, passages: () => c.passages })),
  ];
  let done = 0;
  for (const item of work) {
    const { article } = item;
    articles.set(article.id, article);
    if (article.date > newestDate) newestDate = article.date;
    const titleTerms = analyze(article.title).join(' ');
    // An article's passages share their metadata but for the section: analyzed once per section.
    const metaTerms = new Map<string | undefined, string>();
    const metaOf = (section: string | undefined): string => {
      let terms = metaTerms.get(section);
      if (terms === undefined) metaTerms.set(section, (terms = analyze(metaText(article, section)).join(' ')));
      return terms;
    };
    const docs: IndexedDoc[] = item.passages().map((passage) => {
      passages.set(passage.id, passage);
      const tokens = tokenize(passage.text);
      for (const t of tokens) lexicon.add(t.surface);
      roles.add(rolesIn(passage.text));
      names.add(passage.text);
      acronyms.add(passage.text);
      return { id: passage.id, text: termsOf(tokens).join(' '), title: titleTerms, meta: metaOf(passage.section) };
    });
    retriever.add(docs);
    done += 1;
    progress.onProgress?.(done, work.length);
    yield;
  }
  acronyms.dropUsed((acronym) => retriever.documentFrequency(termKey(acronym)) > 0);
  result({ articles, passages, retriever, lexicon, roles, names, acronyms, newestDate, buildMs: performance.now() - started });
}

/** Splits, analyzes and indexes every article of the corpus, in one go. */
export function buildIndex(input: IndexInput, options: IndexOptions = {}, progress: BuildProgress = {}): SearchIndex {
  let index: SearchIndex | undefined;
  for (const _ of buildSteps(input, options, progress, (i) => (index = i)));
  return index!;
}

/**
 * The same build, yielding to the event loop every `BACKGROUND_SLICE_MS`, so a bot rebuilding a
 * large corpus keeps answering from the old index meanwhile.
 */
export async function buildIndexInBackground(input: IndexInput, options: IndexOptions = {}, progress: BuildProgress = {}): Promise<SearchIndex> {
  let index: SearchIndex | undefined;
  let sliceStart = performance.now();
  for (const _ of buildSteps(input, options, progress, (i) => (index = i))) {
    if (performance.now() - sliceStart >= BACKGROUND_SLICE_MS) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
  return index!;
}
