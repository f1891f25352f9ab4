/**
 * Plain text, in any encoding an archive's files come in (text-decode.ts): the reading text is the file's
 * text as it is, only composed to NFC with `\n` line ends; each paragraph (lines between blank lines) is
 * a block, its line breaks kept; a short first line standing alone is the title.
 */
import type { Block } from '../document/model.js';
import { singleWitness, type Importer } from './model.js';
import { decodeTextFile } from './text-decode.js';

/** A first line longer than this is the start of the text, not its title. */
const MAX_TITLE_LENGTH = 120;

/**
 * Plain text (.txt, .text, .asc), and any file no other importer claims. It claims none by content: a BOM
 * or UTF-16's NULs say how a file is encoded, not what it is (a UTF-16 Markdown file is Markdown).
 */
export const textImporter: Importer = {
  source: 'text',
  name: 'Text',
  extensions: ['txt', 'text', 'asc'],
  recognises: () => false,
  read: async (file) => {
    const { text, encoding } = decodeTextFile(file);
    const blocks = paragraphBlocks(text);
    const title = titleOf(text, blocks);
    return singleWitness({ text, blocks, marks: [], meta: title === undefined ? {} : { title }, source: 'text', encoding });
  },
};

/** White space that leaves a line blank and that a paragraph's block does not start or end with. */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c || code === 0x0d || code === 0xa0 || code === 0x3000 || code === 0xfeff;
}

/**
 * One `paragraph` block per run of lines that are not blank, from its first character that is not white
 * space to its last; in one pass over the text, since a 10 MB file has hundreds of thousands of them.
 */
function paragraphBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let start = -1;
  let end = 0;
  for (let lineStart = 0; lineStart <= text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    let first = lineStart;
    while (first < lineEnd && isSpace(text.charCodeAt(first))) first += 1;
    if (first === lineEnd) {
      if (start !== -1) blocks.push({ kind: 'paragraph', start, end });
      start = -1;
    } else {
      if (start === -1) start = first;
      end = lineEnd;
      while (isSpace(text.charCodeAt(end - 1))) end -= 1;
    }
    lineStart = lineEnd + 1;
  }
  if (start !== -1) blocks.push({ kind: 'paragraph', start, end });
  return blocks;
}

/** The first line, when it is short and a blank line parts it from what follows; else undefined. */
function titleOf(text: string, blocks: readonly Block[]): string | undefined {
  const [first, second] = blocks;
  if (!first || !second) return undefined;
  const line = text.slice(first.start, first.end);
  return line.length <= MAX_TITLE_LENGTH && !line.includes('\n') ? line : undefined;
}
