import { useCallback, useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { flushSync } from 'react-dom';
import { regionOf, regionTarget, useCompactWindow, type DeskLayout, type DeskRegion } from './desk-layout.js';

const REGIONS: readonly DeskRegion[] = ['library', 'text', 'panel'];

/** One drawer: open or not, and opening, closing and toggling it, the focus following. */
export interface Drawer {
  open: boolean;
  /** Opens it and moves the focus to its landmark. */
  toggle: () => void;
}

export interface DeskDrawers {
  layout: DeskLayout;
  library: Drawer;
  panel: Drawer;
  /** For the workspace element: Escape closes the drawer the focus is in, the library closes once left or a document is chosen. */
  workspace: {
    onKeyDown: (event: KeyboardEvent) => void;
    onBlur: (event: FocusEvent) => void;
    onClick: (event: MouseEvent) => void;
  };
}

/** Focuses `element` when it is still on the page; true if it was. */
function focusIfThere(element: Element | null | undefined): boolean {
  if (!(element instanceof HTMLElement) || !element.isConnected) return false;
  element.focus({ preventScroll: true });
  return document.activeElement === element;
}

/**
 * The library and side panel drawers of a compact window, and F6 / Shift+F6, which move the focus from the
 * library to the text to the side panel and round (opening a drawer it lands in), as desktop apps do. A
 * drawer closed with Escape gives the focus back to whatever opened it. On a wide window both are always
 * open and only F6 does anything.
 */
export function useDeskDrawers(documentId: string | undefined): DeskDrawers {
  const compact = useCompactWindow();
  const [libraryOpen, setLibraryOpen] = useState(false);
  const [panelOpen, setPanelOpen] = useState(false);
  // What had the focus when each drawer opened, to go back to when it closes.
  const openers = useRef<Record<DeskRegion, Element | null>>({ library: null, text: null, panel: null });

  // Another document is chosen from the library: its drawer has done its job.
  useEffect(() => setLibraryOpen(false), [documentId]);

  /** Opens the region's drawer; `now` lays it out before returning, for the focus to go into it. */
  const show = useCallback(
    (region: DeskRegion, now: boolean) => {
      if (!compact || region === 'text') return;
      const open = region === 'library' ? libraryOpen : panelOpen;
      if (open) return;
      openers.current[region] = document.activeElement;
      const opening = () => (region === 'library' ? setLibraryOpen : setPanelOpen)(true);
      if (now) flushSync(opening);
      else opening();
    },
    [compact, libraryOpen, panelOpen],
  );

  const close = useCallback((region: 'library' | 'panel') => {
    const back = openers.current[region];
    // The focus leaves first, so that it is not dropped on the page when the drawer goes.
    if (regionOf(document.activeElement) === region && !focusIfThere(back)) regionTarget('text')?.focus({ preventScroll: true });
    (region === 'library' ? setLibraryOpen : setPanelOpen)(false);
  }, []);

  const goTo = useCallback(
    (region: DeskRegion) => {
      show(region, true);
      regionTarget(region)?.focus({ preventScroll: region !== 'text' });
    },
    [show],
  );

  // F6 and Shift+F6, from anywhere but a dialog (which holds the focus until it is closed).
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'F6' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      event.preventDefault();
      const shown = REGIONS.filter((region) => compact || regionTarget(region) !== null);
      const here = regionOf(document.activeElement);
      const at = here === undefined ? (event.shiftKey ? 0 : -1) : shown.indexOf(here);
      const next = shown[(at + (event.shiftKey ? -1 : 1) + shown.length) % shown.length];
      if (next) goTo(next);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [compact, goTo]);

  const toggle = useCallback(
    (region: 'library' | 'panel') => {
      const open = region === 'library' ? libraryOpen : panelOpen;
      if (open) close(region);
      else goTo(region);
    },
    [libraryOpen, panelOpen, close, goTo],
  );

  const layout = useMemo<DeskLayout>(() => ({ compact, showPanel: () => show('panel', false) }), [compact, show]);

  return {
    layout,
    library: { open: compact && libraryOpen, toggle: () => toggle('library') },
    panel: { open: compact && panelOpen, toggle: () => toggle('panel') },
    workspace: {
      onKeyDown: (event) => {
        const region = regionOf(event.target as Element);
        if (!compact || event.key !== 'Escape' || event.defaultPrevented || region === undefined || region === 'text') return;
        event.preventDefault();
        close(region);
      },
      onBlur: (event) => {
        // The library lies over the text: once the focus has gone elsewhere it closes, as a menu does.
        if (!compact || !libraryOpen || regionOf(event.target) !== 'library' || regionOf(event.relatedTarget) === 'library') return;
        if (event.relatedTarget?.closest('[aria-controls="library"]')) return;
        setLibraryOpen(false);
      },
      onClick: (event) => {
        // The document chosen opens in place of the one read: the focus waits on the Library button, the drawer closing.
        if (compact && event.target instanceof Element && event.target.closest('#library a[href]')) focusIfThere(document.querySelector('[aria-controls="library"]'));
      },
    },
  };
}
