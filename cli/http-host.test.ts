import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiAnswer } from '../core/api.js';
import { listenError, startHost, type RunningHost } from './http-host.js';

const TOKEN = 'launch-token-for-tests';

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
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

function apiCall(host: RunningHost, method: string, args: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return call(host, `/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(args),
  });
}

describe('the loopback host', () => {
  let host: RunningHost;
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
      token: TOKEN,
      port: 0,
      maxBodyBytes: 1024,
      dispatch: async (method, args): Promise<ApiAnswer> => {
        calls.push([method, args]);
        return { ok: true, value: { echoed: method } };
      },
    });
  });
  afterEach(() => host.close());

  it('prints an address on 127.0.0.1 with the token in the fragment', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${TOKEN}`);
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1' });
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

  it('carries a call with the launch token to the dispatcher', async () => {
    const reply = await apiCall(host, 'listDocuments', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { echoed: 'listDocuments' } });
    expect(calls).toEqual([['listDocuments', {}]]);
  });

  it('refuses an API call without the token, or with a wrong one, before dispatching', async () => {
    const none = await call(host, '/api/listDocuments', { method: 'POST', body: '{}' });
    const wrong = await apiCall(host, 'listDocuments', {}, { Authorization: 'Bearer guessed' });
    for (const reply of [none, wrong]) {
      expect(reply.status).toBe(401);
      expect(JSON.parse(reply.body).error.message).toMatch(/launch token/);
    }
    expect(calls).toEqual([]);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const reply = await apiCall(host, 'listDocuments', {}, { Host: `evil.example:${host.port}` });
    expect(reply.status).toBe(421);
    expect(calls).toEqual([]);
  });

  it('refuses a request from another origin even with the token', async () => {
    const reply = await apiCall(host, 'listDocuments', {}, { Origin: 'http://evil.example' });
    expect(reply.status).toBe(403);
    expect(calls).toEqual([]);
  });

  it('accepts its own origin under localhost too', async () => {
    const reply = await apiCall(host, 'appInfo', {}, { Host: `localhost:${host.port}`, Origin: `http://localhost:${host.port}` });
    expect(reply.status).toBe(200);
  });

  it('answers a body that is not JSON with a readable message', async () => {
    const reply = await call(host, '/api/listDocuments', { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}` }, body: '{"trunc' });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error.message).toBe('The request body is not valid JSON.');
  });

  it('answers a malformed or foreign method name with 400, never dispatching it', async () => {
    for (const method of ['%E0%A4%A', 'list%2FDocuments', 'listDocuments%00', '__proto__']) {
      const reply = await apiCall(host, method, {});
      expect(reply.status, method).toBe(400);
      expect(JSON.parse(reply.body).error.message).toBe('There is no API method by that name.');
    }
    expect(calls).toEqual([]);
  });

  it('refuses a body over the size limit', async () => {
    const reply = await apiCall(host, 'listDocuments', { padding: 'x'.repeat(2048) });
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
    await expect(startHost({ rendererDir: '.', token: TOKEN, port: host.port, dispatch: async () => ({ ok: true, value: null }) })).rejects.toThrow(
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
    const host = await startHost({ rendererDir: '.', token: TOKEN, port: 0, dispatch: async () => ({ ok: true, value: null }) });
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
