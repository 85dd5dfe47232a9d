/** Turns the Markdown of an article body into the plain text that is indexed and quoted. */

/** Normalises line endings, Unicode form and invisible characters so that every later step sees one shape of text. */
export function normaliseText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    // Zero-width and bidi controls carry no meaning for search and would break quotes.
    .replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g, '')
    .replace(/[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ');
}

/** Strips inline Markdown (emphasis, links, code) from one paragraph, keeping the words. */
export function markdownToPlain(paragraph: string): string {
  return paragraph
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_](\S(?:.*?\S)?)[*_](?=$|[\s).,;:!?])/g, '$1$2')
    .replace(/^>\s?/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface Block {
  kind: 'heading' | 'paragraph';
  text: string;
}

/** Splits a Markdown body into headings and plain-text paragraphs. */
export function bodyBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of normaliseText(body).split(/\n\s*\n/)) {
    const trimmed = chunk.trim();
    if (!trimmed) continue;
    const heading = /^#{1,6}\s+(.+)$/.exec(trimmed);
    if (heading?.[1] && !trimmed.includes('\n')) {
      blocks.push({ kind: 'heading', text: markdownToPlain(heading[1]) });
      continue;
    }
    const text = markdownToPlain(trimmed);
    if (text) blocks.push({ kind: 'paragraph', text });
  }
  return blocks;
}
