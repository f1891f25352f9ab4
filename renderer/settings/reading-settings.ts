import { useEffect, useLayoutEffect } from 'react';
import { rememberForHost } from '../first-screen/remember.js';
import { useStoredState } from './use-stored-state.js';

/** Reading text sizes in CSS pixels; the steps grow with the size, as a type scale does. */
export const TEXT_SIZES = [14, 15, 16, 17, 18, 19, 20, 22, 24, 26, 28, 32] as const;
/** The size the reader starts at, and returns to with Ctrl/Cmd+0: 100%. */
export const DEFAULT_TEXT_SIZE = 18;

/**
 * Interface sizes, in percent of the system's text size: the root font size, which every panel's type and
 * spacing follow (they are in rem); the reading text keeps its own size.
 */
export const INTERFACE_SIZES = [100, 110, 125, 150] as const;
export type InterfaceSize = (typeof INTERFACE_SIZES)[number];
const isInterfaceSize = (value: unknown): value is InterfaceSize => INTERFACE_SIZES.some((size) => size === value);

/** The interface size and its setter, stored; any component may show it, the banner's settings apply it. */
export function useInterfaceSize(): [InterfaceSize, (size: InterfaceSize) => void] {
  return useStoredState<InterfaceSize>(INTERFACE_SIZE_KEY, 100, isInterfaceSize);
}

/** "system" follows prefers-color-scheme; the others pin the theme. */
export type Theme = 'system' | 'light' | 'dark';
const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

const isTextSize = (value: unknown): value is number => TEXT_SIZES.some((size) => size === value);
const isTheme = (value: unknown): value is Theme => THEMES.some((theme) => theme === value);

/** The next size up (+1) or down (-1) from `size`, staying within the scale. */
export function stepTextSize(size: number, direction: 1 | -1): number {
  const index = TEXT_SIZES.findIndex((step) => step === size);
  const next = TEXT_SIZES[Math.min(TEXT_SIZES.length - 1, Math.max(0, index + direction))];
  return next ?? DEFAULT_TEXT_SIZE;
}

const TEXT_SIZE_KEY = 'carrel.textSize';
const THEME_KEY = 'carrel.theme';
const INTERFACE_SIZE_KEY = 'carrel.interfaceSize';

/** The look the page tells the host (a cookie), and the host renders with. */
export interface Look {
  theme?: Theme;
  textSize?: number;
  interfaceSize?: number;
}

/** The look as the stored texts of these settings, for the host's render of the first screen. */
export function storedLook({ theme, textSize, interfaceSize }: Look): Record<string, string> {
  const stored: Record<string, string> = {};
  if (theme !== undefined) stored[THEME_KEY] = JSON.stringify(theme);
  if (textSize !== undefined) stored[TEXT_SIZE_KEY] = JSON.stringify(textSize);
  if (interfaceSize !== undefined) stored[INTERFACE_SIZE_KEY] = JSON.stringify(interfaceSize);
  return stored;
}

/** The settings and their setters; setting one stores it. */
export interface ReadingSettingsState {
  textSize: number;
  setTextSize: (size: number) => void;
  theme: Theme;
  setTheme: (theme: Theme) => void;
}

/**
 * The reader's text size, interface size and theme, persisted, and applied to the root element: the text
 * size as the `--reading-size` token, the interface size as the root's font size, the theme as `data-theme`
 * ("system" removes it, so prefers-color-scheme decides). Applied in layout effects so that a stored dark
 * theme never flashes light, nor a large interface small, on start-up.
 */
export function useReadingSettings(): ReadingSettingsState {
  const [textSize, setTextSize] = useStoredState(TEXT_SIZE_KEY, DEFAULT_TEXT_SIZE, isTextSize);
  const [theme, setTheme] = useStoredState<Theme>(THEME_KEY, 'system', isTheme);
  const [interfaceSize] = useInterfaceSize();

  useLayoutEffect(() => {
    document.documentElement.style.fontSize = interfaceSize === 100 ? '' : `${interfaceSize}%`;
  }, [interfaceSize]);

  useLayoutEffect(() => {
    document.documentElement.style.setProperty('--reading-size', `${textSize}px`);
  }, [textSize]);

  useLayoutEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);

  // Told to the main side too, which renders the next start's first screen (db/first-screen.ts).
  useEffect(() => {
    rememberForHost('carrel-look', JSON.stringify({ theme: theme === 'system' ? undefined : theme, textSize, interfaceSize }));
  }, [theme, textSize, interfaceSize]);

  return { textSize, setTextSize, theme, setTheme };
}
