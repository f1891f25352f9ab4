/**
 * The renderer's cage: what its window may run, where it may go, what it may ask for. The page is
 * trusted code under a strict CSP, but imported documents are not, so each door is shut here too.
 */
import type { WebPreferences } from 'electron';
import { isWebLink } from '../core/web-link.js';
import { APP_ORIGIN, isAppUrl } from './app-url.js';
import type { GuardedContents, GuardedSession } from './electron-modules.js';

/**
 * The window's web preferences: an isolated, sandboxed page without Node, whose only door to the main
 * process is `preload` (the absolute path of the compiled preload.cjs).
 */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    // Chromium fetches spelling dictionaries from Google's servers on Linux and Windows, and Carrel
    // makes no network request.
    spellcheck: false,
  };
}

/**
 * Guards any webContents: it may navigate only within app://carrel, may open no window and attach no
 * webview. An http(s) link the reader follows opens in the system browser instead.
 */
export function guardContents(contents: GuardedContents, openExternal: (url: string) => Promise<void>): void {
  const openOutside = (url: string) => {
    if (isWebLink(url)) openExternal(url).catch((error: unknown) => console.error('Carrel could not open a link', error));
  };
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    openOutside(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
}

/**
 * Denies every permission (camera, notifications, geolocation ...) and cancels every request that
 * does not stay inside the app. The one exception is writing sanitised text to the clipboard from
 * Carrel's own page, which Chromium treats as a permission and "Copy citation" needs.
 */
export function lockDownSession(session: GuardedSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isGranted(permission, details.requestingUrl ?? '')),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isGranted(permission, requestingOrigin));
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !staysInside(details.url) }));
}

function isGranted(permission: string, requester: string): boolean {
  return permission === 'clipboard-sanitized-write' && (requester === APP_ORIGIN || isAppUrl(requester));
}

/** The app's pages, inline data, and the developer tools; nothing that reaches a network. */
function staysInside(url: string): boolean {
  return isAppUrl(url) || url.startsWith('data:') || url.startsWith('blob:app://carrel/') || url.startsWith('devtools://');
}
