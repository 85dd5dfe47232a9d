/** Turns the Markdown of an article body into the plain text that is indexed and quoted. */
import MarkdownIt, { type Token } from 'markdown-it';

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

export interface Block {
  kind: 'heading' | 'paragraph';
  text: string;
}

/** Strict CommonMark: no typographer, no linkify, so the words come out as written. */
const markdown = new MarkdownIt('commonmark');

/** The words of an inline token: link and emphasis text and image alt text kept; HTML tags, link targets and markup dropped. */
function plain(inline: Token): string {
  let text = '';
  for (const t of inline.children ?? []) {
    if (t.type === 'text' || t.type === 'code_inline' || t.type === 'image') text += t.content;
    else if (t.type === 'softbreak' || t.type === 'hardbreak') text += ' ';
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Splits a Markdown body (CommonMark, parsed by markdown-it) into headings and plain-text paragraphs:
 * list items and quoted paragraphs become paragraphs, without their bullets and `>`. Inline HTML tags
 * are dropped and their words kept; link reference definitions, rules and HTML blocks (page furniture
 * such as an embed or an advert) are dropped whole.
 */
export function bodyBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  const tokens = markdown.parse(normaliseText(body), {});
  tokens.forEach((token, i) => {
    let block: Block | undefined;
    if (token.type === 'inline') {
      const opener = tokens[i - 1];
      block = { kind: opener?.type === 'heading_open' ? 'heading' : 'paragraph', text: plain(token) };
    } else if (token.type === 'code_block' || token.type === 'fence') {
      block = { kind: 'paragraph', text: token.content.replace(/\s+/g, ' ').trim() };
    }
    if (block?.text) blocks.push(block);
  });
  return blocks;
}
