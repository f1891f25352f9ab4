/**
 * Carrel's window: where it appears, what it may do, and what it shows first.
 */
import { APP_INDEX_URL } from './app-url.js';
import type { AppWindow, ElectronModules } from './electron-modules.js';
import { secureWebPreferences } from './security.js';
import { MIN_HEIGHT, MIN_WIDTH, fitToDisplays, readWindowState, trackWindowState, writeWindowState } from './window-state.js';

/**
 * The window's colour before the page paints, from the renderer's paper tones, so that opening Carrel
 * in a dark desktop does not flash white. Keep in step with `--paper` in renderer/styles/tokens.css.
 */
export const BACKGROUND = { light: '#fbf8f1', dark: '#1b1a18' } as const;

/** Where the window's files are. */
export interface WindowPaths {
  /** The compiled preload (dist/electron/preload.cjs), absolute. */
  preload: string;
  /** The data folder, where the window's size is remembered. */
  dataDir: string;
}

/**
 * Opens the window on app://carrel/index.html, hidden until its first paint (no blank frame), with
 * the size and place it had when last closed.
 */
export function openAppWindow(
  electron: Pick<ElectronModules, 'BrowserWindow' | 'screen' | 'nativeTheme'>,
  { preload, dataDir }: WindowPaths,
): AppWindow {
  const state = fitToDisplays(
    readWindowState(dataDir),
    electron.screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new electron.BrowserWindow({
    title: 'Carrel',
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    backgroundColor: electron.nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light,
    webPreferences: secureWebPreferences(preload),
  });
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  trackWindowState(window, (next) => writeWindowState(dataDir, next));
  window.loadURL(APP_INDEX_URL).catch((error: unknown) => console.error('Carrel could not load its page', error));
  return window;
}
