/**
 * The room's layout as the parts inside it need to know it: on a compact window (a small laptop, or a
 * large one zoomed to 200%) the library and the side panel are drawers, opened from the desk bar, by F6
 * or by what the reader does (A opens the note beside its passage). App provides it; the default is the
 * wide room, where both are always in sight.
 */
import { createContext, useContext, useEffect, useSyncExternalStore } from 'react';
import { rememberForHost } from '../first-screen/remember.js';
import { READING_TEXT_ID } from '../reader/element-ids.js';

/** Below this width the library and the side panel are drawers; App.css lays them out by `data-compact`. */
const COMPACT = '(max-width: 75rem)';

function followWidth(changed: () => void): () => void {
  const query = matchMedia(COMPACT);
  query.addEventListener('change', changed);
  return () => query.removeEventListener('change', changed);
}

/** Whether the host renders the first screen compact: as the window was when last seen (renderer/first-screen/). */
let compactOnHost = false;

/** Sets how the host renders the room, for the length of its render, and for the page's take-over of it. */
export function hostWindow(compact: boolean): void {
  compactOnHost = compact;
}

/**
 * True while the window is narrower than the three columns need. The host, rendering the first screen,
 * knows no window: it renders the room as wide as the page last said, and the page takes the real width
 * as it takes that screen over.
 */
export function useCompactWindow(): boolean {
  const compact = useSyncExternalStore(
    followWidth,
    () => matchMedia(COMPACT).matches,
    () => compactOnHost,
  );
  useEffect(() => rememberForHost('carrel-window', compact ? 'compact' : 'wide'), [compact]);
  return compact;
}

export interface DeskLayout {
  compact: boolean;
  /** Brings the side panel into sight: opens its drawer on a compact window; nothing on a wide one. */
  showPanel: () => void;
}

export const DeskLayoutContext = createContext<DeskLayout>({ compact: false, showPanel: () => undefined });

/** The layout of the room this part is in. */
export function useDeskLayout(): DeskLayout {
  return useContext(DeskLayoutContext);
}

/** The landmarks F6 moves between, in order: the library, the text, the side panel. */
export type DeskRegion = 'library' | 'text' | 'panel';

/** Where the focus lands in each region: the landmark itself, so that a screen reader says its name. */
export function regionTarget(region: DeskRegion): HTMLElement | null {
  if (region === 'library') return document.getElementById('library');
  if (region === 'text') return document.getElementById(READING_TEXT_ID) ?? document.getElementById('reader');
  const panel = document.getElementById('side-panel');
  // The open tab's own landmark ("Notes", "People"…), or the apparatus beside two compared texts.
  return panel?.querySelector<HTMLElement>('[role="tabpanel"]:not([hidden]) > [tabindex], .apparatus') ?? panel ?? null;
}

/** The region holding `element`, if any. */
export function regionOf(element: Element | null): DeskRegion | undefined {
  if (element?.closest('#library')) return 'library';
  if (element?.closest('#side-panel')) return 'panel';
  if (element?.closest('#reader')) return 'text';
  return undefined;
}
