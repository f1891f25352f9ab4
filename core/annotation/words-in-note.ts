/**
 * The Notes panel's "search within notes": an annotation matches when every word typed is in its quote,
 * its note or its tags, case- and accent-blind. The store answers it (findAnnotations), since the page
 * holds only the notes it shows; the people picker folds names the same way.
 */

/** Case- and accent-blind text, with the source's non-breaking spaces and line breaks as plain spaces: what searches compare. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/gu, ' ')
    .toLocaleLowerCase('en');
}

/** What an annotation's text is searched in: its quote, note and tags, folded. */
export function noteHaystack(quote: string, note: string, tags: readonly string[]): string {
  return fold([quote, note, ...tags].join(' '));
}

/** The words of a query, folded; none for a blank one. */
export function queryWords(query: string): string[] {
  const wanted = fold(query).trim();
  return wanted === '' ? [] : wanted.split(' ');
}

/** True when every one of `words` (queryWords) is somewhere in `haystack` (noteHaystack), even inside a longer word. */
export function holdsEveryWord(haystack: string, words: readonly string[]): boolean {
  return words.every((word) => haystack.includes(word));
}
