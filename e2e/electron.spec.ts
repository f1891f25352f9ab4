/**
 * The desktop app itself, through Playwright's Electron driver: where Electron's binary exists (it is
 * downloaded on first use, which offline machines cannot do) and a display to open a window on.
 * Everywhere else the same renderer and store are tested through the loopback host.
 */
import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installedElectronBinary } from '../cli/electron-binary.js';
import type { AppInfo, CarrelApi } from '../core/api.js';

const binary = installedElectronBinary();
const headlessLinux = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

const skipReason =
  binary === undefined
    ? 'Electron binary not available on this machine: the Electron e2e suite is skipped (the same UI is tested through the loopback host)'
    : headlessLinux
      ? 'No display to open an Electron window on: the Electron e2e suite is skipped (the same UI is tested through the loopback host)'
      : undefined;
// The list reporter does not print skip reasons; say it where the run's reader will see it.
if (skipReason) console.log(skipReason);

test.describe('Carrel as a desktop app', () => {
  test.skip(skipReason !== undefined, skipReason);

  let dataDir: string;
  test.beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'carrel-electron-e2e-'));
  });
  test.afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  test('a reader opens Carrel and finds the telegram in the library', async () => {
    const app = await electron.launch({ executablePath: binary, args: ['dist/electron/main.js', '--data-dir', dataDir] });
    try {
      const window = await app.firstWindow();
      await expect(window).toHaveTitle('Carrel');
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.getTitle()))).toEqual(['Carrel']);
      await expect(window.getByText('Vyshinsky to Mao Zedong').first()).toBeVisible();

      // The page reaches the store only through window.carrel, and the store is the fresh data folder.
      const info = await window.evaluate(() => (globalThis as unknown as { carrel: CarrelApi }).carrel.appInfo({}));
      expect(info).toMatchObject({ dataDir } satisfies Partial<AppInfo>);
      expect(await window.evaluate(() => typeof (globalThis as unknown as { require?: unknown }).require)).toBe('undefined');
    } finally {
      await app.close();
    }
  });
});
