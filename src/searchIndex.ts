/** Builds the searchable index of a corpus: passages, their analyzed terms, and the word lexicon. */
import { analyze, tokenize, termsOf } from './analyze.ts';
import { splitPassages, type PassageOptions } from './passages.ts';
import { MiniSearchRetriever, type MiniSearchRetrieverOptions, type Retriever } from './retriever.ts';
import { Lexicon } from './spelling.ts';
import type { Article, Corpus, Passage } from './types.ts';

export interface IndexOptions extends PassageOptions, MiniSearchRetrieverOptions {}

/** Everything a question is answered from. Built once per corpus and never mutated afterwards. */
export interface SearchIndex {
  articles: ReadonlyMap<string, Article>;
  passages: ReadonlyMap<string, Passage>;
  retriever: Retriever;
  lexicon: Lexicon;
  /** The newest article's date, ISO; questions about later events cannot be answered. */
  newestDate: string;
  /** How long the build took, in milliseconds. */
  buildMs: number;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Words that name an article beyond its text: publisher, author, year and month, and the compact form of names ("insiderstories"). */
export function metaText(article: Article, section?: string): string {
  const names = [article.publisher, article.author ?? ''];
  const compact = names.flatMap((name) => {
    const words = name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const withoutThe = words[0] === 'the' ? words.slice(1) : words;
    return withoutThe.length > 1 ? [withoutThe.join(''), words.join('')] : [];
  });
  const [year, month] = article.date.split('-');
  const monthName = MONTHS[Number(month) - 1] ?? '';
  return [...names, ...compact, year, monthName, section ?? ''].join(' ');
}

/** Splits, analyzes and indexes every article of the corpus. */
export function buildIndex(corpus: Pick<Corpus, 'articles'>, options: IndexOptions = {}): SearchIndex {
  const started = performance.now();
  const articles = new Map<string, Article>();
  const passages = new Map<string, Passage>();
  const lexicon = new Lexicon();
  const retriever = new MiniSearchRetriever(options);
  let newestDate = '';
  for (const article of corpus.articles) {
    articles.set(article.id, article);
    if (article.date > newestDate) newestDate = article.date;
    const titleTerms = analyze(article.title).join(' ');
    const docs = splitPassages(article, options).map((passage) => {
      passages.set(passage.id, passage);
      const tokens = tokenize(passage.text);
      for (const t of tokens) lexicon.add(t.surface);
      return {
        id: passage.id,
        text: termsOf(tokens).join(' '),
        title: titleTerms,
        meta: analyze(metaText(article, passage.section)).join(' '),
      };
    });
    retriever.add(docs);
  }
  return { articles, passages, retriever, lexicon, newestDate, buildMs: performance.now() - started };
}
