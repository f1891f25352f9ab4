import { describe, expect, it } from 'vitest';
import { guardContents, lockDownSession, secureWebPreferences } from './security.js';
import { FakeContents, FakeSession, cancellable } from './testing/stand-ins.js';

/** A guarded webContents, and the links it handed to the system browser. */
function guarded() {
  const contents = new FakeContents();
  const opened: string[] = [];
  guardContents(contents, async (url) => void opened.push(url));
  return { contents, opened };
}

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the page, without Node, with web security on', () => {
    expect(secureWebPreferences('/app/dist/electron/preload.cjs')).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('guardContents', () => {
  it("lets the page navigate within Carrel's own pages", () => {
    const { contents, opened } = guarded();
    const event = cancellable('app://carrel/index.html');
    contents.emit('will-navigate', event);
    expect(event.prevented).toBe(false);
    expect(opened).toEqual([]);
  });

  it('stops navigation to a web page and opens it in the system browser instead', () => {
    const { contents, opened } = guarded();
    const event = cancellable('https://digitalarchive.wilsoncenter.org/document/112133');
    contents.emit('will-navigate', event);
    expect(event.prevented).toBe(true);
    expect(opened).toEqual(['https://digitalarchive.wilsoncenter.org/document/112133']);
  });

  it('stops navigation to files and other schemes without opening them', () => {
    const { contents, opened } = guarded();
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'app://evil/index.html', 'smb://server/share']) {
      const event = cancellable(url);
      contents.emit('will-navigate', event);
      expect(event.prevented, url).toBe(true);
    }
    expect(opened).toEqual([]);
  });

  it('stops redirects away from the app', () => {
    const { contents } = guarded();
    const event = cancellable('https://example.org/');
    contents.emit('will-redirect', event);
    expect(event.prevented).toBe(true);
  });

  it('denies every new window, handing only web links to the system browser', () => {
    const { contents, opened } = guarded();
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/source' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://carrel/index.html' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'file:///home/reader/.ssh/id_rsa' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.org/source']);
  });

  it('refuses to attach a webview', () => {
    const { contents } = guarded();
    const event = cancellable();
    contents.emit('will-attach-webview', event);
    expect(event.prevented).toBe(true);
  });
});

describe('lockDownSession', () => {
  it('denies permission requests and checks', () => {
    const session = new FakeSession();
    lockDownSession(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen']) {
      expect(session.request(permission, 'app://carrel/index.html'), permission).toBe(false);
      expect(session.checkHandler?.({}, permission, 'app://carrel'), permission).toBe(false);
    }
  });

  it('lets only Carrel’s own page write text to the clipboard', () => {
    const session = new FakeSession();
    lockDownSession(session);
    expect(session.request('clipboard-sanitized-write', 'app://carrel/index.html')).toBe(true);
    expect(session.checkHandler?.({}, 'clipboard-sanitized-write', 'app://carrel')).toBe(true);
    expect(session.request('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(session.checkHandler?.({}, 'clipboard-sanitized-write', 'https://evil.example')).toBe(false);
  });

  it('cancels every request that would leave the app', () => {
    const session = new FakeSession();
    lockDownSession(session);
    expect(session.allows('app://carrel/assets/index.js')).toBe(true);
    expect(session.allows('data:image/png;base64,iVBORw0KGgo=')).toBe(true);
    for (const url of ['https://fonts.googleapis.com/css', 'http://127.0.0.1:8080/api/appInfo', 'file:///etc/passwd', 'ws://example.org/', 'app://other/x']) {
      expect(session.allows(url), url).toBe(false);
    }
  });
});
