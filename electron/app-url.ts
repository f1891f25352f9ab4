/**
 * Where Carrel's own pages live. Everything the shell trusts (IPC senders, navigations, requests) is
 * decided by comparing a URL with this origin, so the comparison lives in one place.
 */

/** The privileged scheme the renderer is served from. */
export const APP_SCHEME = 'app';

/** The origin of every page Carrel shows: `app://carrel`. */
export const APP_ORIGIN = `${APP_SCHEME}://carrel`;

/** The page the window opens. */
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * True when `url` is one of Carrel's own pages. A prefix test on the origin *and* its slash, so that
 * `app://carrel.evil/` or `app://carrel@evil/` never pass; Chromium hands us URLs already normalised.
 */
export function isAppUrl(url: string): boolean {
  return url.startsWith(`${APP_ORIGIN}/`);
}
