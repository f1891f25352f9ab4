/**
 * The light markup plain-text transcriptions carry (the archive's record writes `**title**`, `<http://…>`
 * and `[*transliteration*]`), read as what a reader should see: the words, bold, italic or a link, and
 * never the delimiters. Offsets stay those of the source string, so a caller can still point into it.
 */

/** A stretch of the source to show, [start, end) of the string read; a link's `href` is its address. */
export type LightSegment =
  | { kind: 'plain' | 'bold' | 'italic'; start: number; end: number }
  | { kind: 'link'; start: number; end: number; href: string };

/** `**bold**`, `[*italic*]` (the brackets stay, only the stars go) and an autolink `<http(s)://…>`. */
const WHOLE = /\*\*(?=\S)(?<bold>[^]*?\S)\*\*|\[\*(?<italic>[^]*?)\*\]|<(?<link>https?:\/\/[^\s<>]+)>/gu;

/** The delimiters a cut excerpt may hold one half of. */
const HALVES = [
  { open: '**', close: '**', kind: 'bold' },
  { open: '[*', close: '*]', kind: 'italic' },
] as const;

/** True when `text` may hold light markup: a quick test before reading it. */
export function readsLightMarkup(text: string): boolean {
  return text.includes('**') || text.includes('[*') || text.includes('*]') || text.includes('<http');
}

/**
 * `text` as segments in order, covering every character but the delimiters. Tolerant of an excerpt cut
 * out of a longer text: a closing half with no opening before it (`Korea** Citation`) makes the words
 * before it bold (or italic), an opening half with no closing after it the words after it; the half
 * itself is dropped. Any other unmatched delimiter is shown as the source wrote it.
 */
export function lightMarkup(text: string): LightSegment[] {
  const segments: LightSegment[] = [];
  const push = (segment: LightSegment) => {
    if (segment.end <= segment.start) return;
    const last = segments.at(-1);
    // Neighbours of one kind are one segment: a bracket beside the words around it.
    if (last && last.kind === segment.kind && segment.kind !== 'link' && last.end === segment.start) last.end = segment.end;
    else segments.push(segment);
  };
  let cursor = 0;
  const head = cutHead(text);
  if (head) {
    push({ kind: head.kind, start: 0, end: head.at });
    // `*]` keeps its bracket, as a whole one does.
    cursor = head.kind === 'italic' ? head.at + 1 : head.at + 2;
  }
  WHOLE.lastIndex = cursor;
  for (let found = WHOLE.exec(text); found !== null; found = WHOLE.exec(text)) {
    const start = found.index;
    const end = start + found[0].length;
    push({ kind: 'plain', start: cursor, end: start });
    const { bold, italic, link } = found.groups ?? {};
    if (bold !== undefined) push({ kind: 'bold', start: start + 2, end: end - 2 });
    else if (italic !== undefined) {
      push({ kind: 'plain', start, end: start + 1 });
      push({ kind: 'italic', start: start + 2, end: end - 2 });
      push({ kind: 'plain', start: end - 1, end });
    } else if (link !== undefined) push({ kind: 'link', start: start + 1, end: end - 1, href: link });
    cursor = end;
  }
  const tail = cutTail(text, cursor);
  if (tail) {
    // `[*` keeps its bracket, as a whole one does.
    push({ kind: 'plain', start: cursor, end: tail.kind === 'italic' ? tail.at + 1 : tail.at });
    push({ kind: tail.kind, start: tail.at + 2, end: text.length });
  } else push({ kind: 'plain', start: cursor, end: text.length });
  return segments;
}

/** A closing half before any opening one, right after a word: the excerpt began inside the span. */
function cutHead(text: string): { kind: 'bold' | 'italic'; at: number } | undefined {
  for (const { open, close, kind } of HALVES) {
    const at = text.indexOf(close);
    if (at <= 0 || /\s/u.test(text.charAt(at - 1))) continue;
    // `**` opens and closes alike: the first one closes only when the string holds an odd number of them.
    const unmatched = open === close ? text.split(open).length % 2 === 0 : !text.slice(0, at).includes(open);
    if (unmatched) return { kind, at };
  }
  return undefined;
}

/** An opening half after the last whole span, before a word, with no closing one after it: the excerpt ended inside the span. */
function cutTail(text: string, from: number): { kind: 'bold' | 'italic'; at: number } | undefined {
  for (const { open, close, kind } of HALVES) {
    const at = text.indexOf(open, from);
    if (at === -1 || at + 2 >= text.length || /\s/u.test(text.charAt(at + 2))) continue;
    if (!text.includes(close, at + 2)) return { kind, at };
  }
  return undefined;
}

/** The delimiters' offsets in `text`, [start, end) pairs in order: what the segments leave out. */
export function lightMarkupDelimiters(text: string): Array<readonly [number, number]> {
  const gaps: Array<readonly [number, number]> = [];
  let cursor = 0;
  for (const segment of lightMarkup(text)) {
    if (segment.start > cursor) gaps.push([cursor, segment.start]);
    cursor = segment.end;
  }
  if (cursor < text.length) gaps.push([cursor, text.length]);
  return gaps;
}
