/** Splits articles into passages sized for answering, so one long paragraph cannot swamp the ranking. */
import { bodyBlocks } from './clean.ts';
import { splitSentences } from './sentences.ts';
import type { Article, Passage } from './types.ts';

/** A paragraph longer than this is cut into sentence groups. */
export const DEFAULT_MAX_PASSAGE_CHARS = 600;
/** A paragraph shorter than this is joined to the next one of the same section when both fit. */
export const DEFAULT_MIN_PASSAGE_CHARS = 250;

export interface PassageOptions {
  /** Longest passage, in characters, before a paragraph is cut at sentence ends. Default `DEFAULT_MAX_PASSAGE_CHARS`. */
  maxChars?: number;
  /** Paragraphs shorter than this are merged forward. Default `DEFAULT_MIN_PASSAGE_CHARS` (no merging). */
  minChars?: number;
}

/** Cuts a long paragraph into runs of whole sentences of about equal length, none over `maxChars` unless one sentence is. */
export function chunkSentences(sentences: string[], maxChars: number): string[] {
  const total = sentences.reduce((n, s) => n + s.length + 1, 0);
  const parts = Math.max(1, Math.ceil(total / maxChars));
  const target = total / parts;
  const chunks: string[] = [];
  let current: string[] = [];
  let size = 0;
  for (const s of sentences) {
    const next = size + s.length + 1;
    if (current.length > 0 && (next > maxChars || (size >= target * 0.8 && next > target * 1.1))) {
      chunks.push(current.join(' '));
      current = [];
      size = 0;
    }
    current.push(s);
    size += s.length + 1;
  }
  if (current.length > 0) chunks.push(current.join(' '));
  return chunks;
}

/** The passages of one article, in reading order. */
export function splitPassages(article: Article, options: PassageOptions = {}): Passage[] {
  const maxChars = options.maxChars ?? DEFAULT_MAX_PASSAGE_CHARS;
  const minChars = options.minChars ?? DEFAULT_MIN_PASSAGE_CHARS;
  const texts: { text: string; section?: string }[] = [];
  let section: string | undefined;
  let pending: { text: string; section?: string } | undefined;
  const flush = () => {
    if (pending) texts.push(pending);
    pending = undefined;
  };
  for (const block of bodyBlocks(article.body)) {
    if (block.kind === 'heading') {
      flush();
      section = block.text;
      continue;
    }
    const pieces = block.text.length > maxChars ? chunkSentences(splitSentences(block.text), maxChars) : [block.text];
    for (const piece of pieces) {
      if (pending && pending.text.length < minChars && pending.text.length + piece.length + 1 <= maxChars) {
        pending = { ...pending, text: `${pending.text} ${piece}` };
        continue;
      }
      flush();
      pending = section === undefined ? { text: piece } : { text: piece, section };
    }
  }
  flush();
  // A short last paragraph (often "The deal was forged…") reads with the one before it.
  const last = texts[texts.length - 1];
  const before = texts[texts.length - 2];
  if (last && before && last.text.length < minChars && before.section === last.section && before.text.length + last.text.length + 1 <= maxChars) {
    texts.splice(-2, 2, { ...before, text: `${before.text} ${last.text}` });
  }
  return texts.map((t, position) => ({
    id: `${article.id}#${position}`,
    articleId: article.id,
    position,
    text: t.text,
    ...(t.section === undefined ? {} : { section: t.section }),
  }));
}
