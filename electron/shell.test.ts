import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiAnswer } from '../core/api.js';
import { CarrelError } from '../core/errors.js';
import type { InvokeEventLike } from './electron-modules.js';
import { OPEN_FAILED_TITLE, startShell, type OpenStore, type ShellDeps } from './shell.js';
import { FakeContents, cancellable, fakeElectron, type FakeElectron } from './testing/stand-ins.js';
import { BACKGROUND } from './window.js';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'carrel-shell-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

interface FakeStore extends OpenStore {
  closed: boolean;
  readonly calls: [string, unknown][];
}

/** A store that answers every call with its method name and records what happened to it. */
function fakeStore(): FakeStore {
  const store: FakeStore = {
    closed: false,
    calls: [],
    dispatch: async (method, args): Promise<ApiAnswer> => {
      store.calls.push([method, args]);
      return { ok: true, value: method };
    },
    takeExport: () => undefined,
    close() {
      store.closed = true;
    },
  };
  return store;
}

function deps(overrides: Partial<ShellDeps> = {}): ShellDeps & { opened: { dataDir: string; version: string }[] } {
  const opened: { dataDir: string; version: string }[] = [];
  const store = fakeStore();
  return {
    opened,
    dataDir: () => dataDir,
    openCarrel: (options) => {
      opened.push(options);
      return store;
    },
    rendererDir: '/opt/Carrel/resources/app.asar/dist/renderer',
    preload: '/opt/Carrel/resources/app.asar/dist/electron/preload.cjs',
    platform: 'linux',
    ...overrides,
  };
}

/** Starts the shell over a stand-in and a fake store; returns both once the window is open. */
async function started(options: Parameters<typeof fakeElectron>[0] = {}, overrides: Partial<ShellDeps> = {}) {
  const electron = fakeElectron(options);
  const store = fakeStore();
  await startShell(electron, deps({ openCarrel: () => store, ...overrides }));
  return { electron, store, window: onlyWindow(electron) };
}

function onlyWindow(electron: FakeElectron) {
  expect(electron.windows).toHaveLength(1);
  const [window] = electron.windows;
  if (!window) throw new Error('no window');
  return window;
}

function invoke(electron: FakeElectron, event: InvokeEventLike, method: string, args: unknown) {
  const handler = electron.ipcHandlers.get('carrel');
  if (!handler) throw new Error('no handler on the carrel channel');
  return handler(event, method, args);
}

describe('startShell', () => {
  it('quits at once when another Carrel is already running', async () => {
    const electron = fakeElectron({ lock: false });
    const options = deps();
    await startShell(electron, options);
    expect(electron.app.quits).toBe(1);
    expect(options.opened).toEqual([]);
    expect(electron.windows).toEqual([]);
  });

  it('names the app, sandboxes it and registers app:// before Electron is ready', () => {
    const electron = fakeElectron();
    const ready = vi.spyOn(electron.app, 'whenReady').mockReturnValue(new Promise(() => undefined));
    void startShell(electron, deps());
    expect(electron.app.name).toBe('Carrel');
    expect(electron.app.sandboxed).toBe(true);
    expect(electron.privileged).toEqual([[{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]]);
    expect(electron.windows).toEqual([]);
    ready.mockRestore();
  });

  it('opens the store in the data folder with the app version', async () => {
    const electron = fakeElectron();
    const options = deps();
    await startShell(electron, options);
    expect(options.opened).toEqual([{ dataDir, version: '0.1.0' }]);
  });

  it('opens one isolated, sandboxed window titled Carrel on app://carrel/index.html', async () => {
    const { window } = await started();
    expect(window.options).toMatchObject({
      title: 'Carrel',
      show: false,
      backgroundColor: BACKGROUND.light,
      webPreferences: {
        preload: '/opt/Carrel/resources/app.asar/dist/electron/preload.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
      },
    });
    expect(window.loaded).toEqual(['app://carrel/index.html']);
  });

  it('shows the window only once its page is ready, on a dark background in a dark desktop', async () => {
    const { window } = await started({ dark: true });
    expect(window.options.backgroundColor).toBe(BACKGROUND.dark);
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });

  it('serves the renderer on app:// and locks the session down', async () => {
    const { electron } = await started();
    expect([...electron.protocolHandlers.keys()]).toEqual(['app']);
    expect(electron.session.defaultSession.request('media', 'app://carrel/index.html')).toBe(false);
    expect(electron.session.defaultSession.allows('https://example.org/')).toBe(false);
  });

  it("dispatches calls from the window's page and refuses calls from anywhere else", async () => {
    const { electron, store, window } = await started();
    const fromPage = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    expect(await invoke(electron, fromPage, 'listDocuments', {})).toEqual({ ok: true, value: 'listDocuments' });
    const foreign = { sender: window.webContents, senderFrame: { url: 'https://evil.example/', parent: null } };
    expect(await invoke(electron, foreign, 'listDocuments', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(store.calls).toEqual([['listDocuments', {}]]);
  });

  it('guards every webContents created, not only its own window', async () => {
    const { electron } = await started();
    const stray = new FakeContents();
    electron.app.emit('web-contents-created', {}, stray);
    const navigation = cancellable('https://example.org/');
    stray.emit('will-navigate', navigation);
    expect(navigation.prevented).toBe(true);
    expect(stray.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    // Each link is asked about first, and opened once the reader said yes.
    await expect.poll(() => electron.opened).toEqual(['https://example.org/', 'https://example.org/']);
    expect(electron.linkQuestions.map((detail) => detail.split('\n')[0])).toEqual(['https://example.org/', 'https://example.org/']);
  });

  it('brings its window forward when a second instance is started', async () => {
    const { electron, window } = await started();
    window.minimized = true;
    electron.app.emit('second-instance', {}, ['carrel'], '/home/reader');
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(true);
  });

  it('closes the store when the app quits', async () => {
    const { electron, store } = await started();
    expect(store.closed).toBe(false);
    electron.app.emit('will-quit');
    expect(store.closed).toBe(true);
  });

  it('quits when its window closes, except on macOS where it reopens it from the Dock', async () => {
    const linux = await started();
    linux.electron.app.emit('window-all-closed');
    expect(linux.electron.app.quits).toBe(1);

    const mac = await started({}, { platform: 'darwin' });
    mac.window.emit('closed');
    mac.electron.app.emit('window-all-closed');
    expect(mac.electron.app.quits).toBe(0);
    mac.electron.app.emit('activate');
    expect(mac.electron.windows).toHaveLength(2);
  });

  it('offers reload in the menu only when running unpackaged', async () => {
    const packaged = await started({ packaged: true });
    expect(JSON.stringify(packaged.electron.menus)).not.toContain('reload');
    const development = await started({ packaged: false });
    expect(JSON.stringify(development.electron.menus)).toContain('"reload"');
  });

  it("shows the store's message and quits when the data folder cannot be opened", async () => {
    const electron = fakeElectron();
    const message = 'The data folder /home/reader/.local/share/carrel was written by a newer Carrel (schema 9). Update Carrel to open it.';
    await startShell(
      electron,
      deps({
        openCarrel: () => {
          throw new CarrelError('store', message);
        },
      }),
    );
    expect(electron.errorBoxes).toEqual([[OPEN_FAILED_TITLE, message]]);
    expect(electron.app.quits).toBe(1);
    expect(electron.windows).toEqual([]);
    expect(electron.ipcHandlers.size).toBe(0);
  });

  it('shows an unexpected failure without its stack trace, and logs it', async () => {
    const electron = fakeElectron();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failure = new Error('SQLITE_CANTOPEN: unable to open database file');
    await startShell(
      electron,
      deps({
        dataDir: () => {
          throw failure;
        },
      }),
    );
    const [[title, content] = ['', '']] = electron.errorBoxes;
    expect(title).toBe(OPEN_FAILED_TITLE);
    expect(content).toContain('SQLITE_CANTOPEN: unable to open database file');
    expect(content).not.toMatch(/\n\s+at /);
    expect(logged).toHaveBeenCalledWith(failure);
    expect(electron.app.quits).toBe(1);
    logged.mockRestore();
  });
});
