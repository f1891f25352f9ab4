/** Text as one line: line breaks and non-breaking spaces of the source read as single plain spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ');
}

/** The quote as one line: line breaks and non-breaking spaces of the source read as plain spaces on a card. */
export function flatQuote(text: string): string {
  return oneLine(text).trim();
}

/**
 * A quote short enough for a card: whole when it fits; else its beginning and its end around an
 * ellipsis, each cut at a word boundary, since how a passage ends is often what it is about.
 */
export function shortQuote(text: string, max = 220): string {
  const flat = flatQuote(text);
  if (flat.length <= max) return flat;
  const headLength = Math.round(max * 0.65);
  const tailLength = max - headLength - 3;
  let head = flat.slice(0, headLength);
  const headCut = head.lastIndexOf(' ');
  if (headCut > headLength * 0.6) head = head.slice(0, headCut);
  let tail = flat.slice(flat.length - tailLength);
  const tailCut = tail.indexOf(' ');
  if (tailCut >= 0 && tailCut < tailLength * 0.4) tail = tail.slice(tailCut + 1);
  return `${head.replace(/[\s,;:]+$/u, '')} … ${tail}`;
}
