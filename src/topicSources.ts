/**
 * Which articles mention a topic, for "which articles mention rice?": an article counts when its
 * passages (text, title or metadata) hold every word of the topic, as the index spells it.
 */
import type { SearchIndex } from './searchIndex.ts';

/**
 * At most this many passages are read for a topic, the best-scoring first: a listing is asked rarely, and reading every
 * passage of a word most articles use would hold up other questions (about 0.3 s for 20,000). Past it the listing says
 * "at least".
 */
export const MAX_TOPIC_PASSAGES = 5_000;

/**
 * The ids of the articles whose passages hold all of `terms` (index terms), none for no terms; `complete` is false
 * when more than `MAX_TOPIC_PASSAGES` passages hold one of them, so that more articles may mention it than are found.
 */
export function articlesMentioning(index: SearchIndex, terms: readonly string[]): { articleIds: Set<string>; complete: boolean } {
  const wanted = [...new Set(terms)];
  const found = new Map<string, Set<string>>();
  if (wanted.length === 0) return { articleIds: new Set(), complete: true };
  const hits = index.retriever.search({ terms: wanted, limit: MAX_TOPIC_PASSAGES + 1 });
  for (const hit of hits.slice(0, MAX_TOPIC_PASSAGES)) {
    const articleId = index.passages.get(hit.id)?.articleId;
    if (articleId === undefined) continue;
    const held = found.get(articleId) ?? new Set<string>();
    for (const t of hit.matched) held.add(t);
    found.set(articleId, held);
  }
  const articleIds = new Set([...found].filter(([, held]) => wanted.every((t) => held.has(t))).map(([id]) => id));
  return { articleIds, complete: hits.length <= MAX_TOPIC_PASSAGES };
}
