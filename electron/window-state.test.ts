import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeWindow } from './testing/stand-ins.js';
import { DEFAULT_WINDOW_STATE, WINDOW_STATE_FILE, fitToDisplays, readWindowState, trackWindowState, writeWindowState, type WindowState } from './window-state.js';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'carrel-window-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const monitorOnTheRight = { x: 1440, y: 0, width: 2560, height: 1415 };

describe('readWindowState and writeWindowState', () => {
  it('gives the defaults on first launch', () => {
    expect(readWindowState(dataDir)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('reads back what was written, leaving no temporary file behind', () => {
    const state: WindowState = { x: 100, y: 50, width: 1000, height: 700, maximized: true };
    writeWindowState(dataDir, state);
    expect(readWindowState(dataDir)).toEqual(state);
    expect(readdirSync(dataDir)).toEqual([WINDOW_STATE_FILE]);
  });

  it('gives the defaults for a damaged or hand-edited file', () => {
    for (const content of ['{"width": 1000, "hei', '[]', '{"width": "wide", "height": 700, "maximized": false}', '{"width": 10, "height": 10, "maximized": false}', '']) {
      writeFileSync(join(dataDir, WINDOW_STATE_FILE), content);
      expect(readWindowState(dataDir), content).toEqual(DEFAULT_WINDOW_STATE);
    }
  });

  it('keeps the old file when the new state cannot be written', () => {
    writeWindowState(dataDir, DEFAULT_WINDOW_STATE);
    expect(() => writeWindowState(dataDir, { width: -5, height: 700, maximized: false })).toThrow();
    expect(readWindowState(dataDir)).toEqual(DEFAULT_WINDOW_STATE);
    expect(readdirSync(dataDir)).toEqual([WINDOW_STATE_FILE]);
  });
});

describe('fitToDisplays', () => {
  it('keeps a window that is on a display where it was', () => {
    const state: WindowState = { x: 1600, y: 100, width: 1200, height: 900, maximized: false };
    expect(fitToDisplays(state, [laptop, monitorOnTheRight])).toEqual(state);
  });

  it('lets Electron centre a window whose display was unplugged', () => {
    const state: WindowState = { x: 1600, y: 100, width: 1200, height: 800, maximized: false };
    expect(fitToDisplays(state, [laptop])).toEqual({ width: 1200, height: 800, maximized: false });
  });

  it('shrinks a window larger than its display to the display', () => {
    const state: WindowState = { x: 1500, y: 0, width: 2400, height: 1400, maximized: false };
    expect(fitToDisplays(state, [monitorOnTheRight, laptop])).toEqual(state);
    expect(fitToDisplays({ width: 2400, height: 1400, maximized: false }, [laptop])).toEqual({ width: 1440, height: 875, maximized: false });
  });

  it('pulls a window hanging off the edge back onto its display', () => {
    const state: WindowState = { x: 1000, y: 500, width: 1000, height: 700, maximized: true };
    expect(fitToDisplays(state, [laptop])).toEqual({ x: 440, y: 175, width: 1000, height: 700, maximized: true });
  });

  it('drops the position when there is no display to measure against', () => {
    expect(fitToDisplays({ x: 5, y: 5, width: 900, height: 600, maximized: false }, [])).toEqual({ width: 900, height: 600, maximized: false });
  });
});

describe('trackWindowState', () => {
  it('saves the normal bounds and the maximised state when the window closes', () => {
    const window = new FakeWindow({});
    window.bounds = { x: 30, y: 40, width: 1100, height: 750 };
    window.maximized = true;
    trackWindowState(window, (state) => writeWindowState(dataDir, state));
    window.emit('close');
    expect(JSON.parse(readFileSync(join(dataDir, WINDOW_STATE_FILE), 'utf8'))).toEqual({ x: 30, y: 40, width: 1100, height: 750, maximized: true });
  });

  it('lets the window close even when the state cannot be saved', () => {
    const window = new FakeWindow({});
    const gone = join(dataDir, 'removed');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    trackWindowState(window, (state) => writeWindowState(gone, state));
    expect(() => window.emit('close')).not.toThrow();
    expect(existsSync(gone)).toBe(false);
    expect(logged).toHaveBeenCalledWith('Carrel could not remember the window size', expect.any(Error));
    logged.mockRestore();
  });
});
