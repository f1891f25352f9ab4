/**
 * The loopback host: serves the built renderer and carries `POST /api/<method>` to the dispatcher, for
 * machines without Electron's binary and for the e2e suite. It listens on 127.0.0.1 only; the page
 * exchanges the printed address's launch token, once, for a session cookie that every API call must carry
 * (host-session.ts); foreign Host and Origin headers are refused so that a web page the user visits cannot
 * reach the store through DNS rebinding or a cross-site request.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import { MAX_DOCUMENT_BASE64, type ApiAnswer } from '../core/api.js';
import type { ExportStream } from '../core/export/index.js';
import { MAX_IMPORT_BYTES } from '../core/importers/model.js';
import { CarrelError } from '../core/errors.js';
import { cookieValue } from '../core/security/cookie.js';
import { contentSecurityPolicy } from '../core/security/csp.js';
import { downloadHeaders, EXPORT_PATH } from '../core/export/download.js';
import type { Dispatch } from '../db/dispatch.js';
import { firstScreenPages, rememberedFrom, type FirstScreenPages } from '../db/first-screen.js';
import { createLaunchSession, sessionCookie, sessionCookieName, type LaunchSession } from './host-session.js';
import { readStaticFile } from './static-files.js';
import { builtFiles, type BuiltFiles } from '../db/built-files.js';

export interface HostOptions {
  dispatch: Dispatch;
  /** The export prepareExport left under a ticket (CarrelApp's takeExport); without it, no export is served. */
  takeExport?: (ticket: string) => ExportStream | undefined;
  /** Folder of the built renderer (index.html and assets/). */
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
}

export interface RunningHost {
  server: Server;
  port: number;
  /** The address to open, with the launch token in the fragment (never sent to the server by the browser): it opens the reading room once. */
  url: string;
  close(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';
const DEFAULT_MAX_BODY = 8 * 1024 * 1024;
/** A document file travels whole, as base64 in JSON: the contract's bound and room for the other fields. */
const DOCUMENT_BODY_LIMIT = MAX_DOCUMENT_BASE64 + 64 * 1024;
/** What an API method is called: a contract key, letters only. */
const METHOD_NAME = /^[A-Za-z]{1,64}$/u;
/** Where the page exchanges the launch token for its session. */
const EXCHANGE_PATH = '/session';
const ExchangeRequest = z.strictObject({ token: z.string().min(1).max(256) });
const EXCHANGE_BODY_LIMIT = 1024;
const RESTART = 'restart Carrel with `carrel serve --no-open` and open the new address it prints';
const NO_SESSION = `This browser has no session with the reading room: open the address Carrel printed at start, or, if that was already used, ${RESTART}.`;
const USED_ADDRESS = `This address was already used (each address Carrel prints opens the reading room once, in one browser) or is from an earlier run: ${RESTART}.`;

interface HostContext {
  options: HostOptions;
  firstScreen: FirstScreenPages;
  files: BuiltFiles;
  port: number;
  session: LaunchSession;
}

/** Starts the host; rejects with a CarrelError when the port is taken. */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const firstScreen = firstScreenPages(options.rendererDir, options.dispatch);
  const files = builtFiles(options.rendererDir);
  const context: HostContext = { options, firstScreen, files, port: options.port, session: createLaunchSession() };
  const server = createServer((request, response) => {
    handle(request, response, context).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) sendJson(response, 500, refusal('internal', 'The reading room host failed on this request.'));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(listenError(error, options.port)));
    server.listen(options.port, LOOPBACK, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  context.port = port;
  void firstScreen.warm();
  void files.warm();
  return {
    server,
    port,
    url: `http://${LOOPBACK}:${port}/#token=${context.session.launchToken}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Browsers keep connections alive; on the way out they must not hold the host open.
        server.closeAllConnections();
      }),
  };
}

/** The sentence for a port the host could not listen on (exported for its tests: a non-root run meets EACCES). */
export function listenError(error: NodeJS.ErrnoException, port: number): Error {
  if (error.code === 'EADDRINUSE') {
    return new CarrelError(
      'unavailable',
      `Port ${port} is already in use on ${LOOPBACK}. Choose another with --port N, or --port 0 to take any free port.`,
    );
  }
  if (error.code === 'EACCES') {
    const why = port < 1024 ? ': ports below 1024 need administrator rights' : '';
    return new CarrelError('unavailable', `Carrel may not listen on port ${port}${why}. Choose a port from 1024 to 65535, or --port 0 to take any free port.`);
  }
  return error;
}

async function handle(request: IncomingMessage, response: ServerResponse, context: HostContext): Promise<void> {
  const origins = allowedOrigins(context.port);
  if (!origins.has(`http://${request.headers.host ?? ''}`)) {
    return sendText(response, 421, 'This host only answers requests addressed to 127.0.0.1 or localhost.');
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !origins.has(origin)) {
    return sendText(response, 403, 'Requests from other sites are refused.');
  }
  const url = new URL(request.url ?? '/', `http://${LOOPBACK}`);
  if (url.pathname.startsWith('/api/')) return handleApi(request, response, url.pathname.slice(5), context);
  if (url.pathname === EXCHANGE_PATH) return handleExchange(request, response, context);
  if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Only GET is served here.');
  if (url.pathname.startsWith(`/${EXPORT_PATH}`)) return sendExport(request, response, url.pathname.slice(EXPORT_PATH.length + 1), context);
  // The room's page with its first screen in it, for a browser in the session only: it shows the library.
  if ((url.pathname === '/' || url.pathname === '/index.html') && hasSession(request, context)) {
    const page = await context.firstScreen.page(rememberedFrom(request.headers.cookie));
    if (page !== undefined) {
      response.writeHead(200, { ...securityHeaders(), 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      return void response.end(request.method === 'HEAD' ? undefined : page);
    }
  }
  const file = await readStaticFile(context.files, url.pathname);
  if (!file) return sendText(response, 404, 'Not found.');
  response.writeHead(200, {
    ...securityHeaders(),
    'Content-Type': file.contentType,
    'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-store',
  });
  response.end(request.method === 'HEAD' ? undefined : file.body);
}

/**
 * Trades the launch token for a session cookie, once. A browser that already holds the session (the used
 * address reloaded, or opened again from history) is answered yes without a new cookie; any other is refused.
 */
async function handleExchange(request: IncomingMessage, response: ServerResponse, context: HostContext): Promise<void> {
  if (request.method !== 'POST') return sendJson(response, 405, refusal('bad-request', 'The launch token is exchanged with a POST request.'));
  const body = await readBody(request, EXCHANGE_BODY_LIMIT);
  const parsed = ExchangeRequest.safeParse(parseJson(body));
  if (!parsed.success) {
    return sendJson(response, 400, refusal('bad-request', 'The exchange takes JSON of the form {"token": "…"}, with the token from the address Carrel printed.'));
  }
  const fresh = context.session.exchange(parsed.data.token);
  if (fresh !== undefined) return sendJson(response, 200, { ok: true, value: null }, { 'Set-Cookie': sessionCookie(context.port, fresh) });
  if (hasSession(request, context)) return sendJson(response, 200, { ok: true, value: null });
  sendJson(response, 401, refusal('unauthorized', USED_ADDRESS));
}

async function handleApi(request: IncomingMessage, response: ServerResponse, method: string, context: HostContext): Promise<void> {
  const { options } = context;
  if (request.method !== 'POST') return sendJson(response, 405, refusal('bad-request', 'API calls are POST requests.'));
  // Method names are letters: anything else (an escape, a slash, a malformed %-sequence) names none.
  if (!METHOD_NAME.test(method)) return sendJson(response, 400, refusal('bad-request', 'There is no API method by that name.'));
  if (!hasSession(request, context)) return sendJson(response, 401, refusal('unauthorized', NO_SESSION));
  const limit = method === 'importDocument' ? DOCUMENT_BODY_LIMIT : (options.maxBodyBytes ?? DEFAULT_MAX_BODY);
  const body = await readBody(request, limit);
  if (body === undefined) {
    const tooLarge = method === 'importDocument' ? `This file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, more than Carrel imports.` : 'The request is too large.';
    return sendJson(response, 413, refusal('bad-request', tooLarge));
  }
  const args = body.length === 0 ? {} : parseJson(body);
  if (args === NOT_JSON) return sendJson(response, 400, refusal('bad-request', 'The request body is not valid JSON.'));
  sendJson(response, 200, await options.dispatch(method, args));
}

/**
 * The export prepared under `ticket`, to the browser's download, written chunk by chunk as it is made (a
 * large export is never held whole); only in the session, and once. A store that fails halfway breaks the
 * connection, so the browser reports the download failed rather than keeping part of the file.
 */
async function sendExport(request: IncomingMessage, response: ServerResponse, ticket: string, context: HostContext): Promise<void> {
  if (!hasSession(request, context)) return sendText(response, 401, NO_SESSION);
  const file = request.method === 'GET' ? context.options.takeExport?.(ticket) : undefined;
  if (file === undefined) return sendText(response, 404, 'This export is no longer waiting: export it again from the Export dialog.');
  response.writeHead(200, { ...securityHeaders(), ...downloadHeaders(file), 'Cache-Control': 'no-store' });
  try {
    // As fast as the browser takes it; a failing chunk destroys the response, which breaks the connection.
    await pipeline(Readable.from(file.chunks), response);
  } catch (error) {
    // The reader cancelled the download: the export stops there, and nothing went wrong.
    if (error instanceof Error && 'code' in error && error.code === 'ERR_STREAM_PREMATURE_CLOSE') return;
    throw error;
  }
}

function hasSession(request: IncomingMessage, { port, session }: HostContext): boolean {
  return session.admits(cookieValue(request.headers.cookie, sessionCookieName(port)));
}

const NOT_JSON = Symbol('not JSON');

/** The parsed body, or NOT_JSON for a body too large (undefined) or not JSON. */
function parseJson(body: string | undefined): unknown {
  if (body === undefined) return NOT_JSON;
  try {
    return JSON.parse(body);
  } catch {
    return NOT_JSON;
  }
}

/** Reads the body as UTF-8, or undefined once it passes `limit` bytes. */
async function readBody(request: IncomingMessage, limit: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function allowedOrigins(port: number): Set<string> {
  return new Set([`http://${LOOPBACK}:${port}`, `http://localhost:${port}`]);
}

/**
 * No Cross-Origin-Opener-Policy: it would put the room in a browsing context group of its own, which
 * Chromium opens in a new renderer process at every opening (150 to 200 ms of the cold start, more than
 * the whole static page). What it guards is held otherwise: a page that opens the room from another site
 * sends no session cookie (SameSite=Strict) and reads nothing of a cross-origin window, and site isolation
 * keeps other sites' pages in other processes (docs/SECURITY.md).
 */
function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy("'self'"),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  };
}

function refusal(code: string, message: string): ApiAnswer {
  return { ok: false, error: { code, message } };
}

function sendJson(response: ServerResponse, status: number, answer: ApiAnswer, headers: Record<string, string> = {}): void {
  response.writeHead(status, { ...securityHeaders(), 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  response.end(JSON.stringify(answer));
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}
