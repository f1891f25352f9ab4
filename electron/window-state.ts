/**
 * The window's size, position and maximised state, kept between launches in `<dataDir>/window-state.json`.
 * The file is a convenience: a missing, damaged or hand-edited one gives the defaults, never a crash.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rectangle } from 'electron';
import { z } from 'zod';
import type { AppWindow } from './electron-modules.js';

/** The smallest window the reading room lays out in. */
export const MIN_WIDTH = 640;
export const MIN_HEIGHT = 480;

/** How much of a window must lie on a display for it to stay where it was (enough to grab its title bar). */
const MIN_VISIBLE = 64;

const Pixels = z.number().int().min(-100_000).max(100_000);

/** What is remembered of the window. Without `x` and `y`, Electron centres it. */
export const WindowState = z.object({
  x: Pixels.optional(),
  y: Pixels.optional(),
  width: z.number().int().min(MIN_WIDTH).max(100_000),
  height: z.number().int().min(MIN_HEIGHT).max(100_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowState>;

/** The first launch's window. */
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 860, maximized: false };

/** The file's name inside the data folder. */
export const WINDOW_STATE_FILE = 'window-state.json';

/** The remembered state, or the defaults when there is none or it does not validate. */
export function readWindowState(dataDir: string): WindowState {
  try {
    const parsed = WindowState.safeParse(JSON.parse(readFileSync(join(dataDir, WINDOW_STATE_FILE), 'utf8')));
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

/**
 * Saves `state` atomically: a temporary file renamed over the old one, so that a crash mid-write
 * leaves the previous state rather than half a file.
 */
export function writeWindowState(dataDir: string, state: WindowState): void {
  const file = join(dataDir, WINDOW_STATE_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, `${JSON.stringify(WindowState.parse(state), null, 2)}\n`);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * `state` made to fit the displays there are now (their work areas, the primary first): a window left
 * on a display since unplugged is brought back, and one larger than its display is shrunk to it.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rectangle[]): WindowState {
  const position = state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : undefined;
  const home = position && bestOverlap({ ...position, width: state.width, height: state.height }, workAreas);
  const area = home ?? workAreas[0];
  if (area === undefined) return withoutPosition(state);
  const width = Math.max(MIN_WIDTH, Math.min(state.width, area.width));
  const height = Math.max(MIN_HEIGHT, Math.min(state.height, area.height));
  if (home === undefined || position === undefined) return withoutPosition({ ...state, width, height });
  return {
    ...state,
    width,
    height,
    x: clamp(position.x, area.x, area.x + area.width - width),
    y: clamp(position.y, area.y, area.y + area.height - height),
  };
}

/** Saves the window's state each time it closes, through `save`; a failure to save is logged, not thrown. */
export function trackWindowState(window: AppWindow, save: (state: WindowState) => void): void {
  window.on('close', () => {
    const { x, y, width, height } = window.getNormalBounds();
    try {
      save({ x, y, width: Math.max(MIN_WIDTH, width), height: Math.max(MIN_HEIGHT, height), maximized: window.isMaximized() });
    } catch (error) {
      console.error('Carrel could not remember the window size', error);
    }
  });
}

/** The work area the window overlaps most, if it overlaps one enough to be seen and moved. */
function bestOverlap(window: Rectangle, workAreas: readonly Rectangle[]): Rectangle | undefined {
  let best: Rectangle | undefined;
  let bestArea = 0;
  for (const area of workAreas) {
    const w = Math.min(window.x + window.width, area.x + area.width) - Math.max(window.x, area.x);
    const h = Math.min(window.y + window.height, area.y + area.height) - Math.max(window.y, area.y);
    if (w >= MIN_VISIBLE && h >= MIN_VISIBLE && w * h > bestArea) {
      best = area;
      bestArea = w * h;
    }
  }
  return best;
}

function withoutPosition({ width, height, maximized }: WindowState): WindowState {
  return { width, height, maximized };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}
