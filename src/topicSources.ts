/**
 * Which articles mention a topic, for "which articles mention rice?": an article counts when its
 * passages (text, title or metadata) hold every word of the topic, as the index spells it.
 */
import type { SearchIndex } from './searchIndex.ts';

/** At most this many passages are read for a topic: a listing, not a ranking, and asked rarely. */
export const MAX_TOPIC_PASSAGES = 5_000;

/** The ids of the articles whose passages hold all of `terms` (index terms); none for no terms. */
export function articlesMentioning(index: SearchIndex, terms: readonly string[]): Set<string> {
  const wanted = [...new Set(terms)];
  const found = new Map<string, Set<string>>();
  if (wanted.length === 0) return new Set();
  for (const hit of index.retriever.search({ terms: wanted, limit: Math.min(index.retriever.size, MAX_TOPIC_PASSAGES) })) {
    const articleId = index.passages.get(hit.id)?.articleId;
    if (articleId === undefined) continue;
    const held = found.get(articleId) ?? new Set<string>();
    for (const t of hit.matched) held.add(t);
    found.set(articleId, held);
  }
  return new Set([...found].filter(([, held]) => wanted.every((t) => held.has(t))).map(([id]) => id));
}
