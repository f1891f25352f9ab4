/**
 * A reader's note put into the Markdown export as Carrel shows it, so that it cannot break the file's
 * structure: its headings and block quotes are kept as text (the export's own headings are its sections,
 * its block quotes the quoted passages), raw HTML stays text (Carrel renders notes with HTML off), as do
 * images (off in Carrel: they would load from the web) and Obsidian's `%%` comments (one left open hides
 * the rest of the file). Everything is done by backslash escapes, so the note's source stays as written.
 */
import MarkdownIt, { type Token } from 'markdown-it';

/**
 * Tables off: a line with a pipe over a `---` line is a table to a GFM reader (Carrel, Obsidian) but a
 * setext heading to a CommonMark one, so it is read here as the heading, which must not get through.
 */
const parser = new MarkdownIt().disable('table');

/**
 * A cheap first look: a note without any of these characters has nothing to escape, which spares
 * parsing the usual short note (an export may hold a hundred thousand).
 */
const MAY_NEED_ESCAPES = /[<>#]|%%|!\[|^[ \t]*[=-]|```|~~~/mu;

/**
 * Characters that start raw HTML (a tag, closing tag, comment, declaration or processing instruction,
 * but not an autolink such as `<https://…>`), an image, or `%%`.
 */
const INLINE_HAZARDS = /<(?=[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)|\/[A-Za-z]|[!?])|!(?=\[)|%(?=%)|(?<=%)%/gu;

/** Tokens whose content is code: shown as typed in every renderer, so nothing in them is escaped. */
const CODE = new Set(['code_inline', 'code_block', 'fence']);

/** The note ready to stand in the export: line breaks normalised, trailing space dropped, hazards escaped, a code fence left open closed. */
export function exportedNote(note: string): string {
  let text = note.replace(/\r\n?/gu, '\n').replace(/\s+$/u, '');
  if (!MAY_NEED_ESCAPES.test(text)) return text;
  // Escaping a block quote can make its lines a setext heading, or its code fence text with HTML in
  // it: so escape until nothing is left to escape. Each round only adds escapes (and a fence closes once), so it ends.
  for (let next = escapeRound(text); next !== text; next = escapeRound(text)) text = next;
  return text;
}

/**
 * One round: the note parsed as Carrel parses it, then a backslash put before every inline hazard
 * outside code, before the `>` of each line of a top-level block quote, and before the marker of
 * each heading (the `#` of an ATX heading, the first `=` or `-` of a setext underline). A top-level
 * code fence the note leaves open would swallow the rest of the file: it is closed.
 */
function escapeRound(text: string): string {
  const { outside, inCodeSpans } = inlineHazards(text);
  const positions = new Set(outside);
  const lineStarts = [0, ...[...text.matchAll(/\n/gu)].map((match) => match.index + 1)];
  let closing = '';
  const lineAt = (line: number) => text.slice(lineStarts[line] ?? text.length, (lineStarts[line + 1] ?? text.length + 1) - 1);
  const mark = (line: number, pattern: RegExp) => {
    const match = pattern.exec(lineAt(line));
    if (match) positions.add((lineStarts[line] ?? 0) + match[0].length - 1);
  };
  for (const token of parser.parse(text, {})) {
    if (!token.map) continue;
    const [first, end] = token.map;
    if (token.type === 'blockquote_open' && token.level === 0) for (let line = first; line < end; line += 1) mark(line, /^ {0,3}>/u);
    if (token.type === 'heading_open') {
      if (token.markup.startsWith('#')) mark(first, /^[^#]*#/u);
      else mark(end - 1, /^[\s>]*[=-]/u);
    }
    if (token.type === 'fence' && token.level === 0 && end === lineStarts.length && !closes(lineAt(end - 1), token.markup, end - 1 > first)) {
      closing = `\n${token.markup}`;
    }
  }
  let result = joinCodeSpanLines(text, inCodeSpans) + closing;
  for (const position of [...positions].sort((a, b) => b - a)) result = `${result.slice(0, position)}\\${result.slice(position)}`;
  return result;
}

/** Whether `line`, the last of a fence opened with `markup`, closes it (the opening line never does). */
function closes(line: string, markup: string, afterOpening: boolean): boolean {
  const run = /^ {0,3}(`+|~+)[ \t]*$/u.exec(line)?.[1];
  return afterOpening && run !== undefined && run[0] === markup[0] && run.length >= markup.length;
}

/**
 * A code span running over a line break whose next line opens with `<`: with HTML on, that line starts
 * an HTML block before any code span is read, breaking the span in two. Carrel shows a span's line break
 * as a space, so the break is made one, the only change to the note's own characters.
 */
function joinCodeSpanLines(text: string, inCodeSpans: readonly number[]): string {
  let result = text;
  for (const index of inCodeSpans) {
    const lineStart = text.lastIndexOf('\n', index - 1) + 1;
    if (lineStart > 0 && text[index] === '<' && /^ {0,3}$/u.test(text.slice(lineStart, index))) {
      result = `${result.slice(0, lineStart - 1)} ${result.slice(lineStart)}`;
    }
  }
  return result;
}

/**
 * Where inline hazards stand: outside code, and inside a code span. Which text is code is the parser's
 * answer: each hazard is swapped for a private-use character of its own, the text parsed, and those found
 * in code content set apart.
 */
function inlineHazards(text: string): { outside: number[]; inCodeSpans: number[] } {
  const hazards = [...text.matchAll(INLINE_HAZARDS)].map((match) => match.index).filter((index) => !escaped(text, index));
  if (hazards.length === 0) return { outside: [], inCodeSpans: [] };
  const stand = standIns(text, hazards.length);
  let masked = '';
  let from = 0;
  hazards.forEach((index, n) => {
    masked += text.slice(from, index) + (stand[n] ?? text.charAt(index));
    from = index + 1;
  });
  masked += text.slice(from);
  const inCode = new Set<string>();
  const inSpans = new Set<string>();
  for (const token of flatten(parser.parse(masked, {}))) {
    if (!CODE.has(token.type)) continue;
    for (const char of token.content) inCode.add(char);
    if (token.type === 'code_inline') for (const char of token.content) inSpans.add(char);
  }
  // A hazard without a stand-in (more than the private planes hold) is escaped wherever it is.
  return {
    outside: hazards.filter((_, n) => !inCode.has(stand[n] ?? '')),
    inCodeSpans: hazards.filter((_, n) => inSpans.has(stand[n] ?? '')),
  };
}

/** Whether the character at `index` is already backslash-escaped (an odd run of backslashes before it). */
function escaped(text: string, index: number): boolean {
  let count = 0;
  while (text[index - count - 1] === '\\') count += 1;
  return count % 2 === 1;
}

/** `count` characters from the supplementary private-use planes that `text` does not contain. */
function standIns(text: string, count: number): string[] {
  const present = new Set(text);
  const chosen: string[] = [];
  for (let code = 0xf0000; chosen.length < count && code <= 0x10fffd; code += 1) {
    const char = String.fromCodePoint(code);
    if (!present.has(char)) chosen.push(char);
  }
  return chosen;
}

/** Block tokens and the inline tokens inside them, in order. */
function flatten(tokens: readonly Token[]): Token[] {
  return tokens.flatMap((token) => [token, ...(token.children ?? [])]);
}
