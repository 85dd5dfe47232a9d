/** Turns the Markdown of an article body into the plain text that is indexed and quoted. */
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

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

/** The words of a node: link and emphasis text kept, HTML tags and link targets dropped, whitespace collapsed. */
function plain(node: Nodes): string {
  return toString(node, { includeHtml: false }).replace(/\s+/g, ' ').trim();
}

/**
 * A paragraph set wholly in emphasis (`_A TV monitor showing…_`) is a photo caption, the Markdown
 * convention news scrapes use: it describes a picture the reader cannot see, so it is never indexed or quoted.
 */
function isCaption(node: Nodes): boolean {
  if (node.type !== 'paragraph') return false;
  const parts = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  return parts.length === 1 && (parts[0]!.type === 'emphasis' || parts[0]!.type === 'strong');
}

function collect(nodes: readonly Nodes[], blocks: Block[]): void {
  for (const node of nodes) {
    if (isCaption(node)) continue;
    switch (node.type) {
      case 'heading':
      case 'paragraph':
      case 'code': {
        const text = plain(node);
        if (text) blocks.push({ kind: node.type === 'heading' ? 'heading' : 'paragraph', text });
        break;
      }
      // Each list item's paragraphs, without the bullet; a quote's paragraphs, without the >.
      case 'list':
      case 'listItem':
      case 'blockquote':
        collect(node.children, blocks);
        break;
      // Link reference definitions, HTML blocks, rules: no words to index.
      default:
        break;
    }
  }
}

/**
 * Splits a Markdown body (CommonMark, parsed by mdast-util-from-markdown) into headings and plain-text
 * paragraphs. Inline HTML tags are dropped and their words kept; an HTML block (page furniture such as
 * an embed or an advert) is dropped whole.
 */
export function bodyBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  collect(fromMarkdown(normaliseText(body)).children, blocks);
  return blocks;
}
