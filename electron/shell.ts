/**
 * The desktop shell's lifecycle: one instance, one window, one store, opened at start and closed at
 * quit. Electron's modules and the store come in as arguments, so this runs under a stand-in in tests.
 */
import { isCarrelError } from '../core/errors.js';
import type { ExportStream } from '../core/export/index.js';
import type { Dispatch } from '../db/dispatch.js';
import { firstScreenPages } from '../db/first-screen.js';
import type { AppWindow, ElectronModules } from './electron-modules.js';
import { bindIpc } from './ipc.js';
import { menuTemplate } from './menu.js';
import { askThenOpen } from './open-link.js';
import { registerAppScheme, serveApp } from './protocol.js';
import { guardContents, lockDownSession } from './security.js';
import { openAppWindow } from './window.js';

/** The part of an open store the shell uses. */
export interface OpenStore {
  readonly dispatch: Dispatch;
  /** The export prepareExport left under a ticket, for app:// to serve as a download. */
  takeExport(ticket: string): ExportStream | undefined;
  close(): void;
}

/** What the shell needs besides Electron. */
export interface ShellDeps {
  /** The data folder (from `--data-dir`, CARREL_DATA_DIR or the platform's default). */
  dataDir(): string;
  /** Opens the store; throws a CarrelError with a message for the user when it cannot. */
  openCarrel(options: { dataDir: string; version: string }): OpenStore;
  /** The built renderer (dist/renderer), absolute. */
  rendererDir: string;
  /** The compiled preload (dist/electron/preload.cjs), absolute. */
  preload: string;
  platform: NodeJS.Platform;
}

/** The title of the dialog shown when the store cannot be opened. */
export const OPEN_FAILED_TITLE = 'Carrel cannot open its data folder';

/**
 * Starts Carrel. What Electron accepts only before `ready` (the app:// scheme, the sandbox, the name
 * that decides its own folders) happens synchronously, before the first `await`; the promise settles
 * once the window is open, or once Carrel has decided to quit.
 */
export async function startShell(electron: ElectronModules, deps: ShellDeps): Promise<void> {
  const { app } = electron;
  app.setName('Carrel');
  // A second instance would write beside the first: it hands over to the first and leaves.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.enableSandbox();
  registerAppScheme(electron.protocol);
  // Every webContents, including any Carrel did not mean to create, is guarded from birth.
  app.on('web-contents-created', (_event, contents) => guardContents(contents, (url) => askThenOpen(electron.dialog, (link) => electron.shell.openExternal(link), url)));

  let window: AppWindow | undefined;
  app.on('second-instance', () => {
    if (window === undefined) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => {
    // On macOS an app stays in the Dock without windows; elsewhere the last window is the app.
    if (deps.platform !== 'darwin') app.quit();
  });

  await app.whenReady();
  let store: OpenStore;
  let dataDir: string;
  try {
    dataDir = deps.dataDir();
    store = deps.openCarrel({ dataDir, version: app.getVersion() });
  } catch (error) {
    electron.dialog.showErrorBox(OPEN_FAILED_TITLE, openFailureMessage(error));
    app.quit();
    return;
  }
  app.on('will-quit', () => store.close());

  lockDownSession(electron.session.defaultSession);
  const firstScreen = firstScreenPages(deps.rendererDir, store.dispatch);
  serveApp(electron.protocol, deps.rendererDir, { firstScreen, takeExport: (ticket) => store.takeExport(ticket) });
  void firstScreen.warm();
  electron.Menu.setApplicationMenu(electron.Menu.buildFromTemplate(menuTemplate(deps.platform, !app.isPackaged)));
  bindIpc(electron.ipcMain, store.dispatch, () => window?.webContents);

  const open = () => {
    const opened = openAppWindow(electron, { preload: deps.preload, dataDir });
    // A closed window's webContents throws on access: forget it at once.
    opened.on('closed', () => {
      if (window === opened) window = undefined;
    });
    window = opened;
  };
  app.on('activate', () => {
    if (window === undefined) open();
  });
  open();
}

/** The dialog's text: the store's own message when it wrote one for the user, never a stack trace. */
function openFailureMessage(error: unknown): string {
  if (isCarrelError(error)) return error.message;
  console.error(error);
  const detail = error instanceof Error && error.message !== '' ? `: ${error.message}` : '.';
  return `An unexpected error stopped Carrel while it was opening its data folder${detail}`;
}
