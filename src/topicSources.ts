/**
 * Which articles mention a topic, for "which articles mention rice?": an article counts when its
 * passages (text, title or metadata) hold every word of the topic, as the index spells it.
 */
import type { SearchIndex } from './searchIndex.ts';

/**
 * At most this many passages are read for a topic (the sum of its words' passage counts): the retriever reads every
 * passage of each word it searches, and a word most articles use would hold up other questions on the main thread
 * (about 0.3 s at 100,000 passages). A topic past it is too common to list.
 */
export const MAX_TOPIC_POSTINGS = 5_000;

/** The articles that mention a topic, or that it is in too many passages to list them. */
export type TopicArticles = { articleIds: Set<string>; tooCommon?: false } | { tooCommon: true };

/** The articles whose passages hold all of `terms` (index terms); none for no terms. `maxPostings`: default `MAX_TOPIC_POSTINGS`. */
export function articlesMentioning(index: SearchIndex, terms: readonly string[], maxPostings = MAX_TOPIC_POSTINGS): TopicArticles {
  const wanted = [...new Set(terms)];
  if (wanted.length === 0) return { articleIds: new Set() };
  const postings = wanted.reduce((sum, t) => sum + index.retriever.documentFrequency(t), 0);
  if (postings > maxPostings) return { tooCommon: true };
  const found = new Map<string, Set<string>>();
  for (const hit of index.retriever.search({ terms: wanted, limit: postings })) {
    const articleId = index.passages.get(hit.id)?.articleId;
    if (articleId === undefined) continue;
    const held = found.get(articleId) ?? new Set<string>();
    for (const t of hit.matched) held.add(t);
    found.set(articleId, held);
  }
  return { articleIds: new Set([...found].filter(([, held]) => wanted.every((t) => held.has(t))).map(([id]) => id)) };
}
