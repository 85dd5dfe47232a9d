/**
 * The sentences of a passage and their analyzed terms, worked out on first use and cached:
 * the same passages come back question after question. The cache is bounded, so a bot that
 * runs for months over a large archive does not end up holding an analysis of every passage.
 */
import { LRUCache } from 'lru-cache';
import { analyze } from './analyze.ts';
import { splitSentences } from './sentences.ts';
import type { SearchIndex } from './searchIndex.ts';
import type { Passage } from './types.ts';

/** Passages whose analysis is kept: fifty questions' worth of candidates (an entry is ~14 KB). */
export const PASSAGE_CACHE_SIZE = 1000;

export interface SentenceTerms {
  text: string;
  terms: ReadonlySet<string>;
}

interface Analysis {
  sentences: SentenceTerms[];
  terms: ReadonlySet<string>;
}

// Keyed by the passage object, not its id: a reloaded article has new passage objects.
const cache = new LRUCache<Passage, Analysis>({ max: PASSAGE_CACHE_SIZE });

function analysisOf(passage: Passage): Analysis {
  let cached = cache.get(passage);
  if (!cached) {
    const sentences = splitSentences(passage.text).map((text) => ({ text, terms: new Set(analyze(text)) }));
    cached = { sentences, terms: new Set(sentences.flatMap((s) => [...s.terms])) };
    cache.set(passage, cached);
  }
  return cached;
}

export function sentencesOf(passage: Passage): readonly SentenceTerms[] {
  return analysisOf(passage).sentences;
}

/** Every term of the passage text. */
export function termsOfPassage(passage: Passage): ReadonlySet<string> {
  return analysisOf(passage).terms;
}

const byArticleCache = new WeakMap<SearchIndex, Map<string, Passage[]>>();

/** An article's passages in reading order. */
export function passagesOfArticle(index: SearchIndex, articleId: string): readonly Passage[] {
  let byArticle = byArticleCache.get(index);
  if (!byArticle) {
    byArticle = new Map();
    for (const p of index.passages.values()) {
      const list = byArticle.get(p.articleId) ?? [];
      list.push(p);
      byArticle.set(p.articleId, list);
    }
    for (const list of byArticle.values()) list.sort((a, b) => a.position - b.position);
    byArticleCache.set(index, byArticle);
  }
  return byArticle.get(articleId) ?? [];
}

/** The passage that follows one in its article, if any. */
export function passageAfter(index: SearchIndex, passage: Passage): Passage | undefined {
  return passagesOfArticle(index, passage.articleId).find((p) => p.position > passage.position);
}
