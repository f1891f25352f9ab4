import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiAnswer } from '../core/api.js';
import type { ExportStream } from '../core/export/index.js';
import { preparedExports } from '../db/service/prepared-exports.js';
import { listenError, startHost, type RunningHost } from './http-host.js';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP call, so that tests can send the Host and Origin headers a browser would. */
function call(host: RunningHost, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path, method: init.method ?? 'GET', headers: { Host: `127.0.0.1:${host.port}`, ...init.headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        // A response the host broke off (after its headers and part of its body).
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

/** The launch token in the address the host printed. */
const launchToken = (host: RunningHost): string => new URL(host.url).hash.replace('#token=', '');

/** Gives the launch token to the host as the page does, with `headers` (a session cookie, say). */
function exchange(host: RunningHost, token: string, headers: Record<string, string> = {}): Promise<Reply> {
  return call(host, '/session', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ token }) });
}

/** The `Cookie` header a browser sends back for the host's `Set-Cookie`. */
function cookieOf(reply: Reply): string {
  const [set] = reply.headers['set-cookie'] ?? [];
  if (set === undefined) throw new Error(`no cookie was set: ${reply.status} ${reply.body}`);
  return set.split(';')[0] ?? '';
}

async function openSession(host: RunningHost): Promise<string> {
  return cookieOf(await exchange(host, launchToken(host)));
}

function apiCall(host: RunningHost, method: string, args: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return call(host, `/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(args) });
}

const noDispatch = async (): Promise<ApiAnswer> => ({ ok: true, value: null });

describe('the loopback host', () => {
  let host: RunningHost;
  /** The `Cookie` header of the session the launch token was exchanged for. */
  let session: string;
  const calls: Array<[string, unknown]> = [];

  beforeEach(async () => {
    calls.length = 0;
    const rendererDir = mkdtempSync(join(tmpdir(), 'carrel-renderer-'));
    mkdirSync(join(rendererDir, 'assets'));
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Carrel</title>');
    writeFileSync(join(rendererDir, 'assets', 'app-1234.js'), 'console.log(1)');
    writeFileSync(join(tmpdir(), 'carrel-secret.js'), 'secret');
    // Links made inside the served folder, one to a file outside it and one to a folder outside it.
    symlinkSync(join(tmpdir(), 'carrel-secret.js'), join(rendererDir, 'assets', 'linked-secret.js'));
    symlinkSync(tmpdir(), join(rendererDir, 'outside'));
    host = await startHost({
      rendererDir,
      port: 0,
      maxBodyBytes: 1024,
      dispatch: async (method, args): Promise<ApiAnswer> => {
        calls.push([method, args]);
        return { ok: true, value: { echoed: method } };
      },
    });
    session = await openSession(host);
  });
  afterEach(() => host.close());

  it('prints an address on 127.0.0.1 with a long random token in the fragment', async () => {
    expect(host.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/#token=[\\w-]{43}$`));
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1' });
    const other = await startHost({ rendererDir: '.', port: 0, dispatch: noDispatch });
    await other.close();
    expect(launchToken(other)).not.toBe(launchToken(host));
  });

  it('serves the reading room with a strict content security policy', async () => {
    const reply = await call(host, '/');
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>Carrel</title>');
    const csp = String(reply.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it('carries a call with the session cookie to the dispatcher', async () => {
    const reply = await apiCall(host, 'listDocuments', {}, { Cookie: session });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { echoed: 'listDocuments' } });
    expect(calls).toEqual([['listDocuments', {}]]);
  });

  it('sets a session cookie that scripts cannot read and other sites cannot send', async () => {
    const host2 = await startHost({ rendererDir: '.', port: 0, dispatch: noDispatch });
    try {
      const reply = await exchange(host2, launchToken(host2));
      expect(reply.status).toBe(200);
      const [set] = reply.headers['set-cookie'] ?? [];
      expect(set?.split(/;\s*/u).slice(1).sort()).toEqual(['HttpOnly', 'Path=/', 'SameSite=Strict']);
      expect(set).toMatch(new RegExp(`^carrel-session-${host2.port}=[\\w-]{43};`));
      expect(set).not.toContain(launchToken(host2));
    } finally {
      await host2.close();
    }
  });

  it('accepts the launch token once: a second exchange from another browser is refused', async () => {
    const again = await exchange(host, launchToken(host));
    expect(again.status).toBe(401);
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(JSON.parse(again.body).error.message).toMatch(/^This address was already used.*restart Carrel with `carrel serve --no-open`/);
  });

  it('lets the browser that holds the session open the used address again, without a new cookie', async () => {
    const again = await exchange(host, launchToken(host), { Cookie: session });
    expect(again.status).toBe(200);
    expect(again.headers['set-cookie']).toBeUndefined();
  });

  it('no longer lets the launch token itself, or a guessed token, call the API', async () => {
    const token = launchToken(host);
    const asBearer = await apiCall(host, 'listDocuments', {}, { Authorization: `Bearer ${token}` });
    const asCookie = await apiCall(host, 'listDocuments', {}, { Cookie: `carrel-session-${host.port}=${token}` });
    const guessed = await exchange(host, 'guessed');
    expect([asBearer.status, asCookie.status, guessed.status]).toEqual([401, 401, 401]);
    expect(calls).toEqual([]);
  });

  it('refuses an API call without the session cookie, or with a wrong one, before dispatching', async () => {
    const none = await call(host, '/api/listDocuments', { method: 'POST', body: '{}' });
    const wrong = await apiCall(host, 'listDocuments', {}, { Cookie: `carrel-session-${host.port}=guessed` });
    for (const reply of [none, wrong]) {
      expect(reply.status).toBe(401);
      expect(JSON.parse(reply.body).error.message).toMatch(/^This browser has no session with the reading room: open the address Carrel printed/);
    }
    expect(calls).toEqual([]);
  });

  it('answers an exchange that is not a token in JSON with a readable message', async () => {
    for (const body of ['{"trunc', '{"token": 7}', '{"token": "x", "more": 1}', JSON.stringify({ token: 'x'.repeat(2000) })]) {
      const reply = await call(host, '/session', { method: 'POST', body });
      expect(reply.status, body.slice(0, 20)).toBe(400);
      expect(JSON.parse(reply.body).error.message).toBe('The exchange takes JSON of the form {"token": "…"}, with the token from the address Carrel printed.');
    }
  });

  it('refuses an exchange from another site’s page', async () => {
    const host2 = await startHost({ rendererDir: '.', port: 0, dispatch: noDispatch });
    try {
      const foreign = await exchange(host2, launchToken(host2), { Origin: 'http://evil.example' });
      expect(foreign.status).toBe(403);
      // The token was not spent by the refused request: the reader's own page still opens.
      expect((await exchange(host2, launchToken(host2))).status).toBe(200);
    } finally {
      await host2.close();
    }
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const reply = await apiCall(host, 'listDocuments', {}, { Cookie: session, Host: `evil.example:${host.port}` });
    expect(reply.status).toBe(421);
    expect(calls).toEqual([]);
  });

  it('refuses a request from another origin even with the session cookie', async () => {
    const reply = await apiCall(host, 'listDocuments', {}, { Cookie: session, Origin: 'http://evil.example' });
    expect(reply.status).toBe(403);
    expect(calls).toEqual([]);
  });

  it('accepts its own origin under localhost too', async () => {
    const reply = await apiCall(host, 'appInfo', {}, { Cookie: session, Host: `localhost:${host.port}`, Origin: `http://localhost:${host.port}` });
    expect(reply.status).toBe(200);
  });

  it('answers a body that is not JSON with a readable message', async () => {
    const reply = await call(host, '/api/listDocuments', { method: 'POST', headers: { Cookie: session }, body: '{"trunc' });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error.message).toBe('The request body is not valid JSON.');
  });

  it('answers a malformed or foreign method name with 400, never dispatching it', async () => {
    for (const method of ['%E0%A4%A', 'list%2FDocuments', 'listDocuments%00', '__proto__']) {
      const reply = await apiCall(host, method, {}, { Cookie: session });
      expect(reply.status, method).toBe(400);
      expect(JSON.parse(reply.body).error.message).toBe('There is no API method by that name.');
    }
    expect(calls).toEqual([]);
  });

  it('refuses a body over the size limit', async () => {
    const reply = await apiCall(host, 'listDocuments', { padding: 'x'.repeat(2048) }, { Cookie: session });
    expect(reply.status).toBe(413);
    expect(calls).toEqual([]);
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of ['/../carrel-secret.js', '/%2e%2e/carrel-secret.js', '/assets/..%2f..%2fcarrel-secret.js', '/assets/linked-secret.js', '/outside/carrel-secret.js']) {
      const reply = await call(host, path);
      expect(reply.status, path).toBe(404);
    }
  });

  it('marks hashed assets as immutable and the page as not cached', async () => {
    expect((await call(host, '/assets/app-1234.js')).headers['cache-control']).toContain('immutable');
    expect((await call(host, '/index.html')).headers['cache-control']).toBe('no-store');
  });

  it('says which port is taken and what to do', async () => {
    await expect(startHost({ rendererDir: '.', port: host.port, dispatch: noDispatch })).rejects.toThrow(
      `Port ${host.port} is already in use on 127.0.0.1. Choose another with --port N, or --port 0 to take any free port.`,
    );
  });
});

describe('a port the system refuses', () => {
  const refused = (port: number) => listenError(Object.assign(new Error('listen EACCES'), { code: 'EACCES' }), port).message;

  it('says that ports below 1024 need administrator rights, and which ports to choose', () => {
    expect(refused(1)).toBe('Carrel may not listen on port 1: ports below 1024 need administrator rights. Choose a port from 1024 to 65535, or --port 0 to take any free port.');
    expect(refused(1023)).toContain('below 1024');
  });

  it('names no rule it does not know for a port from 1024 up', () => {
    expect(refused(1024)).toBe('Carrel may not listen on port 1024. Choose a port from 1024 to 65535, or --port 0 to take any free port.');
  });
});

describe('closing the host', () => {
  it('does not wait for a connection the browser left open mid-request', async () => {
    const host = await startHost({ rendererDir: '.', port: 0, dispatch: noDispatch });
    const socket = connect(host.port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.on('error', () => undefined);
    socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closed = await Promise.race([host.close().then(() => 'closed'), new Promise((resolve) => setTimeout(() => resolve('still open'), 2_000))]);
    socket.destroy();
    expect(closed).toBe('closed');
  });
});

describe("an export's download", () => {
  const waiting = preparedExports(Date.now);
  let host: RunningHost;
  let session: string;
  beforeEach(async () => {
    host = await startHost({ rendererDir: '.', port: 0, dispatch: noDispatch, takeExport: (ticket) => waiting.take(ticket) });
    session = await openSession(host);
  });
  afterEach(() => host.close());

  const file = (chunks: Iterable<string>): ExportStream => ({ fileName: 'Mao “Filippov”.md', mediaType: 'text/markdown; charset=utf-8', chunks });

  it('writes the waiting export to the session, chunk by chunk, as an attachment under its name; once', async () => {
    const ticket = waiting.put(file(['# Notes\n', '- one\n', '- two\n']));
    const reply = await call(host, `/exports/${ticket}`, { headers: { Cookie: session } });
    expect(reply).toMatchObject({ status: 200, body: '# Notes\n- one\n- two\n' });
    expect(reply.headers).toMatchObject({
      'content-type': 'text/markdown; charset=utf-8',
      'content-disposition': `attachment; filename="Mao _Filippov_.md"; filename*=UTF-8''Mao%20%E2%80%9CFilippov%E2%80%9D.md`,
      'transfer-encoding': 'chunked',
      'cache-control': 'no-store',
    });
    expect(await call(host, `/exports/${ticket}`, { headers: { Cookie: session } })).toMatchObject({
      status: 404,
      body: 'This export is no longer waiting: export it again from the Export dialog.',
    });
  });

  it('keeps the export waiting through a request without the session, or a HEAD', async () => {
    const ticket = waiting.put(file(['text']));
    expect((await call(host, `/exports/${ticket}`)).status).toBe(401);
    expect((await call(host, `/exports/${ticket}`, { method: 'HEAD', headers: { Cookie: session } })).status).toBe(404);
    expect(await call(host, `/exports/${ticket}`, { headers: { Cookie: session } })).toMatchObject({ status: 200, body: 'text' });
  });

  it('stops making the export when the reader cancels its download, without calling that a failure', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let stopped = false;
    function* endless(): Generator<string> {
      try {
        for (;;) yield 'x'.repeat(64 * 1024);
      } finally {
        stopped = true;
      }
    }
    const ticket = waiting.put(file(endless()));
    await new Promise<void>((resolve) => {
      const req = request({ host: '127.0.0.1', port: host.port, path: `/exports/${ticket}`, headers: { Host: `127.0.0.1:${host.port}`, Cookie: session } }, (res) => {
        res.once('data', () => {
          req.destroy();
          resolve();
        });
      });
      req.on('error', () => undefined);
      req.end();
    });
    await vi.waitFor(() => expect(stopped).toBe(true));
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
  });

  it('breaks the connection when the store fails halfway, so that no part of the file passes for all of it', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    function* failing(): Generator<string> {
      yield 'first part\n';
      throw new Error('disk I/O error');
    }
    const ticket = waiting.put(file(failing()));
    await expect(call(host, `/exports/${ticket}`, { headers: { Cookie: session } })).rejects.toThrow();
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });
});
