import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CustomScheme } from 'electron';
import type { ExportStream } from '../core/export/index.js';
import type { AppRequest } from './electron-modules.js';
import { APP_CSP, appResponse, registerAppScheme, serveApp } from './protocol.js';

let folder: string;
let root: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'carrel-protocol-'));
  root = join(folder, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Carrel</title>');
  writeFileSync(join(root, 'assets', 'index.js'), 'console.log("reading room")');
  writeFileSync(join(root, 'assets', 'literata.woff2'), new Uint8Array([0x77, 0x4f, 0x46, 0x32]));
  writeFileSync(join(folder, 'secret.txt'), 'outside the renderer');
  // Links inside the folder that lead out of it.
  symlinkSync(join(folder, 'secret.txt'), join(root, 'assets', 'linked-secret.js'));
  symlinkSync(folder, join(root, 'outside'));
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function get(url: string): Promise<Response> {
  return appResponse({ url, method: 'GET' }, root);
}

describe('registerAppScheme', () => {
  it('declares app:// standard, secure and fetchable', () => {
    const registered: CustomScheme[][] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => registered.push(schemes) });
    expect(registered).toEqual([[{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]]);
  });
});

describe('serveApp', () => {
  it('answers app:// requests from the renderer folder', async () => {
    const handlers = new Map<string, (request: AppRequest) => Promise<Response>>();
    serveApp({ handle: (scheme, handler) => handlers.set(scheme, handler) }, root);
    const response = await handlers.get('app')?.({ url: 'app://carrel/index.html', method: 'GET' });
    expect(await response?.text()).toContain('<title>Carrel</title>');
  });
});

describe('appResponse', () => {
  it('serves the page with the strict policy', async () => {
    const response = await get('app://carrel/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(APP_CSP).toContain("connect-src 'none'");
  });

  it('serves index.html for the bare origin', async () => {
    expect(await (await get('app://carrel/')).text()).toContain('<title>Carrel</title>');
  });

  it('serves scripts and fonts with their types and no sniffing', async () => {
    const script = await get('app://carrel/assets/index.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    const font = await get('app://carrel/assets/literata.woff2');
    expect(font.headers.get('content-type')).toBe('font/woff2');
    expect(new Uint8Array(await font.arrayBuffer())).toEqual(new Uint8Array([0x77, 0x4f, 0x46, 0x32]));
  });

  it('answers 404 for a file that does not exist', async () => {
    expect((await get('app://carrel/missing.js')).status).toBe(404);
    expect((await get('app://carrel/assets')).status).toBe(404);
  });

  it('never serves a file outside the renderer folder', async () => {
    const attempts = [
      'app://carrel/../../etc/passwd',
      'app://carrel/../secret.txt',
      'app://carrel/%2e%2e/secret.txt',
      'app://carrel/%2e%2e%2fsecret.txt',
      'app://carrel/..%2fsecret.txt',
      'app://carrel/..%5csecret.txt',
      'app://carrel/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://carrel/%2Fetc%2Fpasswd',
      'app://carrel/index.html%00.js',
      'app://carrel/%E0%A4%A',
      'app://carrel/assets/linked-secret.js',
      'app://carrel/outside/secret.txt',
    ];
    for (const url of attempts) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('outside the renderer');
    }
  });

  it('answers only for the carrel host', async () => {
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await appResponse({ url: 'app://carrel/index.html', method: 'POST' }, root)).status).toBe(405);
    const head = await appResponse({ url: 'app://carrel/index.html', method: 'HEAD' }, root);
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('the first screen', () => {
  it('answers the page with the first screen given for its cookies, and files as they are', async () => {
    const cookies: (string | undefined)[] = [];
    const firstScreen = {
      page: async (remembered: { place: { documentId?: string } }) => {
        cookies.push(remembered.place.documentId);
        return '<!doctype html><p>rendered</p>';
      },
    };
    const headers = new Headers({ cookie: `carrel-place=${encodeURIComponent('{"documentId":"d1","witnessId":"w1"}')}` });
    const page = await appResponse({ url: 'app://carrel/index.html', method: 'GET', headers }, root, { firstScreen });
    expect(await page.text()).toBe('<!doctype html><p>rendered</p>');
    expect(page.headers.get('Content-Security-Policy')).toBe(APP_CSP);
    expect(cookies).toEqual(['d1']);
    expect(await (await appResponse({ url: 'app://carrel/assets/index.js', method: 'GET' }, root, { firstScreen })).text()).toBe('console.log("reading room")');
  });

  it('serves the plain page when there is no first screen to give', async () => {
    const page = await appResponse({ url: 'app://carrel/', method: 'GET' }, root, { firstScreen: { page: async () => undefined } });
    expect(await page.text()).toBe('<!doctype html><title>Carrel</title>');
  });
});

describe("an export's download", () => {
  const takeFrom = (waiting: Map<string, ExportStream>) => (ticket: string) => {
    const file = waiting.get(ticket);
    waiting.delete(ticket);
    return file;
  };

  it('streams the waiting export as an attachment under its name, and only once', async () => {
    const waiting = new Map([['t'.repeat(22), { fileName: '1950-05-14-cable.csv', mediaType: 'text/csv; charset=utf-8', chunks: ['a,b\n', '1,2\n'] }]]);
    const served = { takeExport: takeFrom(waiting) };
    const url = `app://carrel/exports/${'t'.repeat(22)}`;
    const download = await appResponse({ url, method: 'GET' }, root, served);
    expect(download.headers.get('Content-Disposition')).toBe(`attachment; filename="1950-05-14-cable.csv"; filename*=UTF-8''1950-05-14-cable.csv`);
    expect(download.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(await download.text()).toBe('a,b\n1,2\n');
    const again = await appResponse({ url, method: 'GET' }, root, served);
    expect([again.status, await again.text()]).toEqual([404, 'This export is no longer waiting: export it again from the Export dialog.']);
  });

  it('fails the download when the store fails halfway, rather than ending it', async () => {
    function* failing(): Generator<string> {
      yield 'first part\n';
      throw new Error('disk I/O error');
    }
    const waiting = new Map([['f'.repeat(22), { fileName: 'notes.md', mediaType: 'text/markdown', chunks: failing() }]]);
    const download = await appResponse({ url: `app://carrel/exports/${'f'.repeat(22)}`, method: 'GET' }, root, { takeExport: takeFrom(waiting) });
    await expect(download.text()).rejects.toThrow('disk I/O error');
  });
});
