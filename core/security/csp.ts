/**
 * The one Content-Security-Policy of Carrel's pages, shared by the app:// protocol (Electron) and the
 * loopback host (`carrel serve`), so that both bindings serve the renderer under the same rules.
 */

/**
 * The policy header value. `connectSrc` is the only directive that differs between the bindings: the
 * Electron renderer talks to the store through IPC and needs no network (`'none'`); the loopback host's
 * renderer posts to its own origin (`'self'`). Styles allow `'unsafe-inline'` because React sets `style`
 * attributes; scripts never do.
 */
export function contentSecurityPolicy(connectSrc: string): string {
  // A `;` or line break would let a caller smuggle in a directive: that is a programming error.
  if (/[;\r\n]/.test(connectSrc) || connectSrc.trim() === '') {
    throw new Error(`contentSecurityPolicy: connect-src must be a plain source list, got ${JSON.stringify(connectSrc)}`);
  }
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self'",
    "img-src 'self' data:",
    `connect-src ${connectSrc}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
