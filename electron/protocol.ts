/**
 * The app:// protocol: Carrel's pages come from the built renderer on disk under one privileged origin,
 * never from file:// (which would give every page the whole disk) nor from a server.
 */
import { readFile } from 'node:fs/promises';
import { regularFileInside } from '../db/file-inside.js';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { contentSecurityPolicy } from '../core/security/csp.js';
import { rememberedFrom, type FirstScreenPages } from '../db/first-screen.js';
import { APP_SCHEME, isAppUrl } from './app-url.js';
import type { AppRequest, ProtocolModule } from './electron-modules.js';

/** The policy of every app:// page: the Electron renderer talks to the store over IPC, never the network. */
export const APP_CSP = contentSecurityPolicy("'none'");

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.jsonld': 'application/ld+json',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/**
 * Declares app:// standard (relative URLs and origins work), secure (a secure context, like https) and
 * able to serve `fetch`. Electron accepts this only before `app` is ready.
 */
export function registerAppScheme(protocol: Pick<ProtocolModule, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/**
 * Serves app://carrel/... from `rootDir` (the built renderer), the room's page with its first screen
 * rendered in it when `firstScreen` gives one. Call once `app` is ready.
 */
export function serveApp(protocol: Pick<ProtocolModule, 'handle'>, rootDir: string, firstScreen?: Pick<FirstScreenPages, 'page'>): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(request, rootDir, firstScreen));
}

/** The response to one app:// request: the page with its first screen, a file of `rootDir`, or 404 for anything outside it. */
export async function appResponse(request: AppRequest, rootDir: string, firstScreen?: Pick<FirstScreenPages, 'page'>): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
  const named = fileForUrl(request.url, rootDir);
  const page = named === resolve(rootDir, 'index.html') ? await firstScreen?.page(rememberedFrom(request.headers?.get('cookie') ?? undefined)) : undefined;
  if (page !== undefined) return new Response(request.method === 'HEAD' ? null : page, { status: 200, headers: htmlHeaders('text/html; charset=utf-8') });
  // Through links too, the page never leaves its folder.
  const file = named === undefined ? undefined : await regularFileInside(rootDir, named);
  if (file === undefined) return plain(404, 'Not found');
  let body: Uint8Array;
  try {
    body = await readFile(file);
  } catch (error) {
    if (isMissing(error)) return plain(404, 'Not found');
    throw error;
  }
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: htmlHeaders(type) });
}

/** A file's headers; a page's carry the policy. */
function htmlHeaders(type: string): Record<string, string> {
  const headers: Record<string, string> = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' };
  if (type.startsWith('text/html')) headers['Content-Security-Policy'] = APP_CSP;
  return headers;
}

/**
 * The file an app:// URL names inside `rootDir`, or undefined when it names none. The path is decoded
 * *before* the containment check, so `%2e%2e`, `..%2f` and `..%5c` cannot climb out of the folder.
 */
export function fileForUrl(url: string, rootDir: string): string | undefined {
  if (!isAppUrl(url)) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0')) return undefined;
  const wanted = path.endsWith('/') ? `${path}index.html` : path;
  const root = resolve(rootDir);
  const file = resolve(root, `.${wanted}`);
  const inside = relative(root, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return undefined;
  return file;
}

function isMissing(error: unknown): boolean {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });
}
