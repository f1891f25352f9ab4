/**
 * Text from a document, put into Markdown so that it stays text: a quoted passage that reads
 * "# not a heading" or "[x](javascript:y)" must not become a heading or a link in the reader's notes app.
 */

/**
 * Backslash-escapes what CommonMark (and Obsidian's GFM) would read as inline syntax: emphasis, code,
 * links, autolinks and HTML, strikethrough, table pipes, Obsidian's `$` maths and `%%` comments, and
 * `&` where it would start an entity. Other punctuation is left alone so the text reads well as plain text.
 */
export function escapeInline(text: string): string {
  return text
    .replace(/[\\`*_[\]<>~|$]/gu, '\\$&')
    .replace(/%(?=%)|(?<=%)%/gu, '\\%')
    .replace(/&(?=#?[0-9A-Za-z]+;)/gu, '\\&');
}

/**
 * One line of text, escaped so that it cannot open a block either: headings, block quotes, lists,
 * thematic breaks, setext underlines and indented code are all decided by the start of a line.
 * Leading spaces are dropped: four of them would make a code block, and in a quotation they mean nothing.
 */
export function escapeLine(line: string): string {
  const escaped = escapeInline(line.trimStart());
  return escaped
    .replace(/^([#=+-])/u, '\\$1')
    .replace(/^(\d+)([.)])/u, '$1\\$2');
}

/** Text as a Markdown block quote: every line escaped and prefixed; blank lines keep the quote open. */
export function blockQuote(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const escaped = escapeLine(line);
      return escaped === '' ? '>' : `> ${escaped}`;
    })
    .join('\n');
}

/** A character an Obsidian tag keeps as it is: a letter (with its marks) or a digit. */
const KEPT = /^[\p{L}\p{M}\p{Nd}]$/u;

/**
 * A tag as an Obsidian tag, which holds only letters, digits, `_`, `-` and `/`, and not digits alone.
 * Distinct tags stay distinct (each name can be read back): a hyphen is written `--`, a space between
 * two kept characters `_`, a `/` between two names stays (Obsidian's nesting), and any other character
 * `-<hex code point>-`. Digits alone get a leading `-`, a form nothing else takes. An `_` only ever
 * stands inside a word, where Markdown never reads it as emphasis.
 */
export function tagName(tag: string): string {
  const chars = [...tag.trim()];
  const kept = (index: number): boolean => KEPT.test(chars[index] ?? '');
  const name = chars
    .map((char, index) => {
      if (kept(index)) return char;
      if (char === '-') return '--';
      if (char === ' ' && kept(index - 1) && kept(index + 1)) return '_';
      if (char === '/' && index > 0 && index < chars.length - 1 && chars[index - 1] !== '/' && chars[index + 1] !== '/') return '/';
      return `-${(char.codePointAt(0) ?? 0).toString(16)}-`;
    })
    .join('');
  return /^\p{Nd}+$/u.test(name) ? `-${name}` : name;
}

/** An http(s) address as an autolink, anything else as escaped text (an autolink cannot hold spaces or `<>`). */
export function linkOrText(url: string): string {
  return /^https?:\/\/[^\s<>]+$/iu.test(url) ? `<${url}>` : escapeInline(url);
}
