/**
 * What the page tells the main side for the first screen of its next start or reload, in cookies the
 * host reads (db/first-screen.ts): where the reader was, how the room looked, how wide the window was.
 */

export type Remembered = 'carrel-place' | 'carrel-look' | 'carrel-window';

/** Keeps `value` (any text: it is encoded) under `name` for a year, sent only by this site's own pages. */
export function rememberForHost(name: Remembered, value: string): void {
  document.cookie = `${name}=${encodeURIComponent(value)}; path=/; max-age=31536000; SameSite=Strict`;
}
