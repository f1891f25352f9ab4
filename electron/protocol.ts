/**
 * The app:// protocol: Carrel's pages come from the built renderer on disk under one privileged origin,
 * never from file:// (which would give every page the whole disk) nor from a server.
 */
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { downloadHeaders, EXPORT_PATH } from '../core/export/download.js';
import type { ExportStream } from '../core/export/index.js';
import { contentSecurityPolicy } from '../core/security/csp.js';
import { builtFiles, type BuiltFiles } from '../db/built-files.js';
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
 * Declares app:// standard (relative URLs and origins work), secure (a secure context, like https), able
 * to serve `fetch`, and given V8's code cache, as http(s) pages are: from the second start on, the room's
 * modules are not compiled again before its keys work. Electron accepts this only before `app` is ready.
 */
export function registerAppScheme(protocol: Pick<ProtocolModule, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
}

/** What app:// serves besides the files: the room's page with its first screen, and the exports waiting for their download. */
export interface AppServed {
  firstScreen?: Pick<FirstScreenPages, 'page'>;
  /** The export prepareExport left under a ticket (CarrelApp's takeExport). */
  takeExport?: (ticket: string) => ExportStream | undefined;
  /** The renderer's files, its assets held once read (db/built-files.ts); read afresh at each request without it. */
  files?: BuiltFiles;
}

/**
 * Serves app://carrel/... from `rootDir` (the built renderer), the room's page with its first screen
 * rendered in it when `served` gives one, and the exports it has. Call once `app` is ready.
 */
export function serveApp(protocol: Pick<ProtocolModule, 'handle'>, rootDir: string, served: AppServed = {}): void {
  // One set of files for every request, so that each asset is read once: all of them as Carrel starts.
  const files = builtFiles(rootDir);
  void files.warm();
  protocol.handle(APP_SCHEME, (request) => appResponse(request, rootDir, { ...served, files }));
}

/** The response to one app:// request: the page with its first screen, an export, a file of `rootDir`, or 404 for anything outside it. */
export async function appResponse(request: AppRequest, rootDir: string, { firstScreen, takeExport, files = builtFiles(rootDir) }: AppServed = {}): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
  const ticket = exportTicket(request.url);
  if (ticket !== undefined) return exportResponse(request.method === 'GET' ? takeExport?.(ticket) : undefined);
  const named = fileForUrl(request.url, rootDir);
  const page = named === resolve(rootDir, 'index.html') ? await firstScreen?.page(rememberedFrom(request.headers?.get('cookie') ?? undefined)) : undefined;
  if (page !== undefined) return new Response(request.method === 'HEAD' ? null : page, { status: 200, headers: htmlHeaders('text/html; charset=utf-8') });
  if (named === undefined) return plain(404, 'Not found');
  let body: Uint8Array | undefined;
  try {
    body = await files.read(named);
  } catch (error) {
    if (isMissing(error)) return plain(404, 'Not found');
    throw error;
  }
  if (body === undefined) return plain(404, 'Not found');
  const type = CONTENT_TYPES[extname(named).toLowerCase()] ?? 'application/octet-stream';
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

/** The ticket an app:// URL asks for under EXPORT_PATH, or undefined when it asks for no export. */
function exportTicket(url: string): string | undefined {
  if (!isAppUrl(url)) return undefined;
  const { pathname } = new URL(url);
  return pathname.startsWith(`/${EXPORT_PATH}`) ? pathname.slice(EXPORT_PATH.length + 1) : undefined;
}

/**
 * A waiting export as a download, its chunks encoded as the download reads them (never held whole); a
 * store failing halfway errors the stream, so the download fails rather than keeping part of the file.
 */
function exportResponse(file: ExportStream | undefined): Response {
  if (file === undefined) return plain(404, 'This export is no longer waiting: export it again from the Export dialog.');
  const chunks = file.chunks[Symbol.iterator]();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.next();
      if (next.done === true) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, { status: 200, headers: { ...downloadHeaders(file), 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' } });
}

function isMissing(error: unknown): boolean {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });
}
