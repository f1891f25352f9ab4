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

/**
 * A reader's note as written, made safe to follow: a code fence the note leaves open would swallow the
 * rest of the file, so it is closed.
 */
export function closedNote(note: string): string {
  const text = note.replace(/\r\n?/gu, '\n').replace(/\s+$/u, '');
  let open: string | undefined;
  for (const line of text.split('\n')) {
    const fence = /^ {0,3}(`{3,}|~{3,})/u.exec(line)?.[1];
    if (!fence) continue;
    if (open === undefined) open = fence;
    else if (fence[0] === open[0] && fence.length >= open.length && line.trim() === fence) open = undefined;
  }
  return open === undefined ? text : `${text}\n${open}`;
}

/** A tag as Obsidian reads one after `#`: spaces become hyphens, characters a tag cannot hold are dropped. */
export function tagName(tag: string): string {
  return tag
    .trim()
    .replace(/\s+/gu, '-')
    .replace(/[^\p{L}\p{N}_/-]/gu, '');
}

/** An http(s) address as an autolink, anything else as escaped text (an autolink cannot hold spaces or `<>`). */
export function linkOrText(url: string): string {
  return /^https?:\/\/[^\s<>]+$/iu.test(url) ? `<${url}>` : escapeInline(url);
}
