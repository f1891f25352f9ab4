import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from './menu.js';

/** The roles of the menu labelled `label`, in order. */
function roles(template: MenuItemConstructorOptions[], label: string): string[] {
  const menu = template.find((item) => item.label === label);
  const submenu = Array.isArray(menu?.submenu) ? menu.submenu : [];
  return submenu.flatMap((item) => (item.role ? [item.role] : []));
}

describe('menuTemplate', () => {
  it('gives Linux and Windows File, Edit, View, Window and Help menus', () => {
    const template = menuTemplate('linux', false);
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(roles(template, 'File')).toEqual(['quit']);
    expect(roles(template, 'Help')).toEqual(['about']);
    expect(menuTemplate('linux', false)[0]?.submenu).toContainEqual(expect.objectContaining({ label: 'Export Notes…', accelerator: 'CmdOrCtrl+E' }));
    // The same menu (compared without its click handlers, which are new closures each time).
    expect(JSON.stringify(menuTemplate('win32', false))).toBe(JSON.stringify(template));
  });

  it('offers the editing commands a reader uses on quotations and notes', () => {
    expect(roles(menuTemplate('linux', false), 'Edit')).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('offers zoom and full screen, and reload only during development', () => {
    expect(roles(menuTemplate('linux', false), 'View')).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(roles(menuTemplate('linux', true), 'View')).toEqual(['reload', 'forceReload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('imports, exports, finds and searches by pressing the page’s own shortcuts in the focused window', () => {
    const pressed: unknown[] = [];
    for (const [platform, modifier] of [['linux', 'control'], ['darwin', 'meta']] as const) {
      const template = menuTemplate(platform, false);
      for (const [menu, label, keyCode] of [
        ['File', 'Import Documents…', 'O'],
        ['File', 'Export Notes…', 'E'],
        ['Edit', 'Find in Transcription…', 'F'],
        ['Edit', 'Search Everything…', 'K'],
      ] as const) {
        const submenu = template.find((item) => item.label === menu)?.submenu;
        const item = (Array.isArray(submenu) ? submenu : []).find((candidate) => candidate.label === label);
        expect(item?.accelerator).toBe(`CmdOrCtrl+${keyCode}`);
        const window = { webContents: { sendInputEvent: (event: unknown) => pressed.push(event) } };
        item?.click?.({} as never, window as never, {} as never);
        expect(pressed.splice(0)).toEqual([
          { type: 'keyDown', keyCode, modifiers: [modifier] },
          { type: 'keyUp', keyCode, modifiers: [modifier] },
        ]);
      }
    }
  });

  it('follows macOS conventions: an app menu with About and Quit, File closes the window', () => {
    const template = menuTemplate('darwin', false);
    expect(template.map((item) => item.label)).toEqual(['Carrel', 'File', 'Edit', 'View', 'Window']);
    expect(roles(template, 'Carrel')).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(roles(template, 'File')).toEqual(['close']);
    expect(roles(template, 'Window')).toEqual(['minimize', 'zoom', 'front']);
  });
});
