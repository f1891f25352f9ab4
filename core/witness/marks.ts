/** Inline marks over the reading text: the markup stays in the text, the marks say how to show it. */
import type { Block, Mark, MarkKind } from '../document/model.js';

/** `**emphasis**`, `[*transliteration*]`, or any other bracket on one line, in that order of precedence. */
const INLINE = /\*\*(?=\S)([^]*?\S)\*\*|\[\*([^]*?)\*\]|\[([^[\]\n]+)\]/gu;

/** Editors' own bracketed words, which are insertions even in lower case. */
const EDITORIAL_WORDS = /^(?:sic\b|illegible\b|unclear\b|\?|…|\.\.\.)/iu;

/** Blocks that belong to the document's text, where a lower-case bracket is a transliteration. */
const BODY_KINDS: ReadonlySet<Block['kind']> = new Set(['heading', 'field', 'salutation', 'paragraph', 'signature', 'list-item']);

/**
 * The marks of every block but page furniture, sorted by start. `[Stalin]` is an editorial insertion
 * including its brackets; `[*...*]`, and in the document's text a bracket opening in lower case
 * (001 drops the stars), is a transliteration over the inner words with `markup` over the delimiters;
 * `**...**` is emphasis the same way. A mark never crosses a block boundary.
 */
export function findMarks(text: string, blocks: readonly Block[]): Mark[] {
  const marks: Mark[] = [];
  for (const block of blocks) {
    if (block.kind === 'furniture') continue;
    const inBody = BODY_KINDS.has(block.kind);
    for (const match of text.slice(block.start, block.end).matchAll(INLINE)) {
      marks.push(...marksFor(match, block.start + match.index, inBody));
    }
  }
  return marks.sort((a, b) => a.start - b.start || a.end - b.end);
}

function marksFor(match: RegExpExecArray, start: number, inBody: boolean): Mark[] {
  const end = start + match[0].length;
  const [, emphasis, starred, bracketed] = match;
  if (emphasis !== undefined) return delimited('emphasis', start, end, 2);
  if (starred !== undefined) return delimited('transliteration', start, end, 2);
  if (bracketed === undefined) return [];
  if (/^\p{Ll}/u.test(bracketed) && !EDITORIAL_WORDS.test(bracketed)) {
    return inBody ? delimited('transliteration', start, end, 1) : [];
  }
  return [{ kind: 'editorial', start, end }];
}

/** A mark over the inner text, and `markup` over the delimiters of `width` characters on either side. */
function delimited(kind: MarkKind, start: number, end: number, width: number): Mark[] {
  return [
    { kind: 'markup', start, end: start + width },
    { kind, start: start + width, end: end - width },
    { kind: 'markup', start: end - width, end },
  ];
}
