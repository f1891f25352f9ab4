/**
 * The loopback host: serves the built renderer and carries `POST /api/<method>` to the dispatcher, for
 * machines without Electron's binary and for the e2e suite. It listens on 127.0.0.1 only, requires the
 * per-launch token on every API call, and refuses foreign Host and Origin headers so that a web page the
 * user visits cannot reach the store through DNS rebinding or a cross-site request.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { MAX_DOCUMENT_BASE64, type ApiAnswer } from '../core/api.js';
import { MAX_IMPORT_BYTES } from '../core/importers/model.js';
import { CarrelError } from '../core/errors.js';
import { contentSecurityPolicy } from '../core/security/csp.js';
import type { Dispatch } from '../db/dispatch.js';
import { readStaticFile } from './static-files.js';

export interface HostOptions {
  dispatch: Dispatch;
  /** Folder of the built renderer (index.html and assets/). */
  rendererDir: string;
  /** The per-launch secret every API call must carry as `Authorization: Bearer <token>`. */
  token: string;
  /** 0 picks a free port. */
  port: number;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
}

export interface RunningHost {
  server: Server;
  port: number;
  /** The address to open, with the token in the fragment (never sent to the server by the browser). */
  url: string;
  close(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';
const DEFAULT_MAX_BODY = 8 * 1024 * 1024;
/** A document file travels whole, as base64 in JSON: the contract's bound and room for the other fields. */
const DOCUMENT_BODY_LIMIT = MAX_DOCUMENT_BASE64 + 64 * 1024;
/** What an API method is called: a contract key, letters only. */
const METHOD_NAME = /^[A-Za-z]{1,64}$/u;

/** Starts the host; rejects with a CarrelError when the port is taken. */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  let port = options.port;
  const server = createServer((request, response) => {
    handle(request, response, { ...options, port }).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) sendJson(response, 500, refusal('internal', 'The reading room host failed on this request.'));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(listenError(error, options.port)));
    server.listen(options.port, LOOPBACK, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: `http://${LOOPBACK}:${port}/#token=${options.token}`,
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

async function handle(request: IncomingMessage, response: ServerResponse, options: HostOptions): Promise<void> {
  const origins = allowedOrigins(options.port);
  if (!origins.has(`http://${request.headers.host ?? ''}`)) {
    return sendText(response, 421, 'This host only answers requests addressed to 127.0.0.1 or localhost.');
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !origins.has(origin)) {
    return sendText(response, 403, 'Requests from other sites are refused.');
  }
  const url = new URL(request.url ?? '/', `http://${LOOPBACK}`);
  if (url.pathname.startsWith('/api/')) return handleApi(request, response, url.pathname.slice(5), options);
  if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Only GET is served here.');
  const file = await readStaticFile(options.rendererDir, url.pathname);
  if (!file) return sendText(response, 404, 'Not found.');
  response.writeHead(200, {
    ...securityHeaders(),
    'Content-Type': file.contentType,
    'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-store',
  });
  response.end(request.method === 'HEAD' ? undefined : file.body);
}

async function handleApi(request: IncomingMessage, response: ServerResponse, method: string, options: HostOptions): Promise<void> {
  if (request.method !== 'POST') return sendJson(response, 405, refusal('bad-request', 'API calls are POST requests.'));
  // Method names are letters: anything else (an escape, a slash, a malformed %-sequence) names none.
  if (!METHOD_NAME.test(method)) return sendJson(response, 400, refusal('bad-request', 'There is no API method by that name.'));
  if (!hasToken(request, options.token)) {
    return sendJson(response, 401, refusal('unauthorized', 'This request does not carry the reading room’s launch token. Open the address Carrel printed at start.'));
  }
  const limit = method === 'importDocument' ? DOCUMENT_BODY_LIMIT : (options.maxBodyBytes ?? DEFAULT_MAX_BODY);
  const body = await readBody(request, limit);
  if (body === undefined) {
    const tooLarge = method === 'importDocument' ? `This file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, more than Carrel imports.` : 'The request is too large.';
    return sendJson(response, 413, refusal('bad-request', tooLarge));
  }
  let args: unknown;
  try {
    args = body.length === 0 ? {} : JSON.parse(body);
  } catch {
    return sendJson(response, 400, refusal('bad-request', 'The request body is not valid JSON.'));
  }
  sendJson(response, 200, await options.dispatch(method, args));
}

function hasToken(request: IncomingMessage, token: string): boolean {
  const given = Buffer.from(request.headers.authorization ?? '');
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
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

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy("'self'"),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  };
}

function refusal(code: string, message: string): ApiAnswer {
  return { ok: false, error: { code, message } };
}

function sendJson(response: ServerResponse, status: number, answer: ApiAnswer): void {
  response.writeHead(status, { ...securityHeaders(), 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(answer));
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}
