/** Turns the Markdown of an article body into the plain text that is indexed and quoted. */
import MarkdownIt, { type Token } from 'markdown-it';
import footnote from 'markdown-it-footnote';

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

/**
 * Strict CommonMark: no typographer, no linkify, so the words come out as written. Tables (GFM) are
 * read too: scraped articles have them, and as plain CommonMark their pipes and rule rows were quoted.
 * GFM footnotes are read by markdown-it's own plugin, which moves each note (`[^1]: Reuters, 12 May
 * 2019.`, with the lines indented under it) out of the text into a block of notes at the end, and
 * before which a note that is a bare URL was read as a link reference and its marker quoted as "^1".
 */
const markdown = new MarkdownIt('commonmark').enable('table').use(footnote);

/**
 * A footnote marker, `[^label]`, as the text gives it when no note defines it, with the spaces before it when
 * punctuation follows ("rose 5% [^2]." reads "rose 5%."): a broken footnote, not words anyone wrote to be read.
 */
const FOOTNOTE_MARKER = / *\[\^[^\]\s]+\](?=[.,;:!?)])|\[\^[^\]\s]+\]/g;

/** The words of an inline token: link and emphasis text and image alt text kept; HTML tags, link targets, footnote markers and markup dropped. */
function plain(inline: Token): string {
  let text = '';
  for (const t of inline.children ?? []) {
    if (t.type === 'text' || t.type === 'code_inline' || t.type === 'image') text += t.content;
    else if (t.type === 'softbreak' || t.type === 'hardbreak') text += ' ';
    // A defined note's marker: written as the marker it stands for, and dropped with the undefined ones.
    else if (t.type === 'footnote_ref') text += '[^1]';
  }
  return text.replace(FOOTNOTE_MARKER, '').replace(/\s+/g, ' ').trim();
}

/**
 * A paragraph set wholly in emphasis (`_A TV monitor showing…_`) is a photo caption, the Markdown
 * convention news scrapes use: it describes a picture the reader cannot see, so it is never indexed or quoted.
 */
function isCaption(inline: Token): boolean {
  const parts = (inline.children ?? []).filter((t) => !(t.type === 'text' && t.content.trim() === ''));
  const first = parts[0]?.type;
  if (first !== 'em_open' && first !== 'strong_open') return false;
  const close = first.replace('_open', '_close');
  let depth = 0;
  for (const [i, t] of parts.entries()) {
    if (t.type === first) depth += 1;
    else if (t.type === close) depth -= 1;
    if (depth === 0 && i < parts.length - 1) return false;
  }
  return parts.at(-1)?.type === close;
}

/**
 * Splits a Markdown body (CommonMark, parsed by markdown-it) into headings and plain-text paragraphs:
 * list items and quoted paragraphs become paragraphs, without their bullets and `>`. Inline HTML tags
 * are dropped and their words kept, and so are footnote markers (`[^1]`); link reference definitions,
 * footnote definitions, rules, HTML blocks (page furniture such as an embed or an advert) and photo
 * captions are dropped whole.
 */
export function bodyBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  const tokens = markdown.parse(normaliseText(body), {});
  // A table row is one paragraph, each cell under its header: "Product: Beef; Tariff: 9% by 2033."
  let headers: string[] = [];
  let row: string[] | undefined;
  let inNotes = false;
  tokens.forEach((token, i) => {
    let block: Block | undefined;
    // The notes: a source or an aside, which quoted alone answers nothing.
    if (token.type === 'footnote_block_open' || token.type === 'footnote_block_close') inNotes = token.type === 'footnote_block_open';
    else if (inNotes) return;
    else if (token.type === 'tr_open') row = [];
    else if (token.type === 'tr_close' && row) {
      if (tokens[i + 1]?.type === 'thead_close') headers = row;
      else {
        const cells = row.flatMap((cell, k) => (cell === '' ? [] : [headers[k] ? `${headers[k]}: ${cell}` : cell]));
        const text = cells.join('; ');
        if (text) blocks.push({ kind: 'paragraph', text: /[.!?]$/.test(text) ? text : `${text}.` });
      }
      row = undefined;
    } else if (token.type === 'inline' && row) row.push(plain(token));
    else if (token.type === 'inline') {
      const opener = tokens[i - 1];
      if (opener?.type === 'paragraph_open' && isCaption(token)) return;
      block = { kind: opener?.type === 'heading_open' ? 'heading' : 'paragraph', text: plain(token) };
    } else if (token.type === 'code_block' || token.type === 'fence') {
      block = { kind: 'paragraph', text: token.content.replace(/\s+/g, ' ').trim() };
    }
    if (block?.text) blocks.push(block);
  });
  return blocks;
}
