/**
 * Markdown's structure as blocks and marks: markdown-it's token stream walked into a reading text.
 * Nothing is rendered: raw HTML stays the text it is (markdown-it with `html: false` gives it as text),
 * links keep their words and lose their address, an image leaves its description.
 */
import MarkdownIt, { type Token } from 'markdown-it';
import type { MarkKind } from '../document/model.js';
import { ReadingText, type BuiltText } from './reading-text.js';

/** CommonMark with tables and strikethrough; no HTML, no typographic quotes, no bare addresses made links. */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** What a block inside a list or quote belongs to. */
type Container = { kind: 'list'; ordered: boolean } | { kind: 'item'; ordered: boolean; level: number; started: boolean } | { kind: 'quote' };

/** The inline spans that become marks; strikethrough is a deletion in a transcription. */
const MARKS = new Map<string, MarkKind>([
  ['em_open', 'emphasis'],
  ['strong_open', 'emphasis'],
  ['s_open', 'deleted'],
]);

/** The deepest level a block records (the model's limit). */
const MAX_LEVEL = 6;

/**
 * The reading text of Markdown `source`: headings with their level; paragraphs; list items with `ordered`
 * and their depth as `level` (an item's first paragraph is the item, later ones are paragraphs); quotes
 * with their depth; code as paragraphs with their lines; table cells with row and column from 0;
 * emphasis and strong as `emphasis`, strikethrough as `deleted`.
 */
export function markdownReadingText(source: string): BuiltText {
  const out = new ReadingText();
  const containers: Container[] = [];
  let row = -1;
  let column = -1;

  const openLeaf = (): void => {
    const inner = containers.findLast((container) => container.kind !== 'list');
    if (inner?.kind === 'item' && !inner.started) {
      inner.started = true;
      out.open('list-item', { ordered: inner.ordered, level: inner.level });
      return;
    }
    const quotes = containers.filter((container) => container.kind === 'quote').length;
    if (quotes > 0) out.open('quote', { level: Math.min(quotes, MAX_LEVEL) });
    else out.open('paragraph');
  };

  for (const token of markdown.parse(source, {})) {
    switch (token.type) {
      case 'heading_open':
        out.open('heading', { level: Number(token.tag.slice(1)) });
        break;
      case 'paragraph_open':
        openLeaf();
        break;
      case 'code_block':
      case 'fence':
        openLeaf();
        writeLines(out, token.content);
        out.close();
        break;
      case 'inline':
        writeInline(out, token.children ?? [], closings(token.children ?? []));
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        containers.push({ kind: 'list', ordered: token.type === 'ordered_list_open' });
        break;
      case 'list_item_open': {
        const lists = containers.filter((container) => container.kind === 'list');
        const list = lists.at(-1);
        containers.push({ kind: 'item', ordered: list?.kind === 'list' && list.ordered, level: Math.min(lists.length, MAX_LEVEL), started: false });
        break;
      }
      case 'blockquote_open':
        containers.push({ kind: 'quote' });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'list_item_close':
      case 'blockquote_close':
        containers.pop();
        out.close();
        break;
      case 'table_open':
        row = -1;
        break;
      case 'tr_open':
        row += 1;
        column = -1;
        break;
      case 'th_open':
      case 'td_open':
        column += 1;
        out.open('table-cell', { row, column });
        break;
      case 'heading_close':
      case 'paragraph_close':
      case 'th_close':
      case 'td_close':
      case 'hr':
        out.close();
        break;
    }
  }
  return out.build();
}

/** A code block's lines, each on its own line of the block. */
function writeLines(out: ReadingText, content: string): void {
  const lines = content.replace(/\n$/u, '').split('\n');
  lines.forEach((line, index) => {
    if (index > 0) out.lineBreak();
    out.write(line);
  });
}

/** For each opening inline token, the index of the token that closes it; one pass with a stack. */
function closings(tokens: readonly Token[]): number[] {
  const closing: number[] = [];
  const open: number[] = [];
  tokens.forEach((token, index) => {
    if (token.nesting === 1) open.push(index);
    else if (token.nesting === -1) {
      const opener = open.pop();
      if (opener !== undefined) closing[opener] = index;
    }
  });
  return closing;
}

/** Writes tokens[from, to) of a paragraph's inline content, spans with marks inside their mark. */
function writeInline(out: ReadingText, tokens: readonly Token[], closing: readonly number[], from = 0, to = tokens.length): void {
  for (let index = from; index < to; index += 1) {
    const token = tokens[index] as Token;
    switch (token.type) {
      case 'text':
      case 'text_special':
      case 'code_inline':
        out.write(token.content);
        break;
      case 'softbreak':
        out.write(' ');
        break;
      case 'hardbreak':
        out.lineBreak();
        break;
      case 'image': {
        // Its description, which is what a reader of the file without its pictures sees.
        const alt = token.children ?? [];
        writeInline(out, alt, closings(alt));
        break;
      }
      default: {
        if (token.nesting !== 1) break;
        const close = closing[index] ?? to;
        const kind = MARKS.get(token.type);
        const inner = index + 1;
        if (kind) out.mark(kind, () => writeInline(out, tokens, closing, inner, close));
        else writeInline(out, tokens, closing, inner, close);
        index = close;
      }
    }
  }
}
