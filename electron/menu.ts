/**
 * The application menu: the standard roles only, so that every item does what the platform's users
 * expect and Electron translates and wires it. Reloading is for development: a reader who reloads mid-
 * note gains nothing.
 */
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * A menu item for a command the page owns with its own shortcut (Export, Search, Find: the same keys in
 * the browser): the item presses that shortcut in the focused window instead of opening a second channel
 * into the page. `registerAccelerator: false` leaves the key itself to the page.
 */
function pageShortcutItem(label: string, key: string, mac: boolean): MenuItemConstructorOptions {
  const modifier = mac ? 'meta' : 'control';
  return {
    label,
    accelerator: `CmdOrCtrl+${key}`,
    registerAccelerator: false,
    click: (_item, window) => {
      // Menus hand over the focused BaseWindow; Carrel's windows are all BrowserWindows.
      const contents = (window as Partial<Pick<BrowserWindow, 'webContents'>> | undefined)?.webContents;
      for (const type of ['keyDown', 'keyUp'] as const) contents?.sendInputEvent({ type, keyCode: key, modifiers: [modifier] });
    },
  };
}

/** The menu for `platform`; `development` adds reload and the developer tools. */
export function menuTemplate(platform: NodeJS.Platform, development: boolean): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  // On macOS "About", "Hide" and "Quit" live in the menu named after the app; elsewhere About is under
  // Help and the File menu quits, because closing the only window there ends the app anyway.
  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: 'Carrel',
          submenu: [{ role: 'about' }, separator, { role: 'services' }, separator, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, separator, { role: 'quit' }],
        },
      ]
    : [];
  const developer: MenuItemConstructorOptions[] = development ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator] : [];
  return [
    ...appMenu,
    {
      label: 'File',
      submenu: [pageShortcutItem('Import Documents…', 'O', mac), pageShortcutItem('Export Notes…', 'E', mac), separator, mac ? { role: 'close' } : { role: 'quit' }],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        separator,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        separator,
        pageShortcutItem('Find in Transcription…', 'F', mac),
        pageShortcutItem('Search Everything…', 'K', mac),
      ],
    },
    {
      label: 'View',
      submenu: [...developer, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, separator, { role: 'togglefullscreen' }],
    },
    {
      label: 'Window',
      role: 'window',
      submenu: mac ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }] : [{ role: 'minimize' }, { role: 'close' }],
    },
    ...(mac ? [] : [{ label: 'Help', role: 'help', submenu: [{ role: 'about' }] } satisfies MenuItemConstructorOptions]),
  ];
}
