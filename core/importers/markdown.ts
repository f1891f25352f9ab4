/**
 * Markdown, told by its name (its bytes are plain text): decoded as plain text is (text-decode.ts, so a
 * file in windows-1251 reads too), its front matter read as metadata, its structure as blocks and marks
 * (markdown-blocks.ts). The title is the front matter's, else the first level-1 heading.
 */
import type { BuiltText } from './reading-text.js';
import { readFrontMatter } from './markdown-front-matter.js';
import { markdownReadingText } from './markdown-blocks.js';
import { singleWitness, type Importer } from './model.js';
import { decodeTextFile } from './text-decode.js';

/** Markdown (.md, .markdown): CommonMark with tables and strikethrough, front matter as metadata. */
export const markdownImporter: Importer = {
  source: 'markdown',
  name: 'Markdown',
  extensions: ['md', 'markdown'],
  recognises: () => false,
  read: async (file) => {
    const { text: source, encoding } = decodeTextFile(file);
    const { meta, body } = readFrontMatter(source, file.fileName);
    const built = markdownReadingText(body);
    const title = meta.title ?? firstTitleHeading(built);
    return singleWitness({ ...built, meta: title === undefined ? meta : { ...meta, title }, source: 'markdown', encoding });
  },
};

function firstTitleHeading({ text, blocks }: BuiltText): string | undefined {
  const heading = blocks.find((block) => block.kind === 'heading' && block.level === 1);
  return heading && text.slice(heading.start, heading.end);
}
