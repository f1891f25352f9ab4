/**
 * The first screen as HTML (issue 18): the reading room's page with the document it opens already
 * rendered in it, by the renderer's own components built for the main side (dist/first-screen/, from
 * renderer/first-screen/render.tsx), with the CSS it needs inline, and the answers it was rendered from
 * beside it for the page to take it over. Both shells serve it: the loopback host and Electron's app:// protocol.
 * Whatever goes wrong here only costs the head start: the caller serves the plain page instead.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileSheet } from 'beasties/compiler';
import { createProcessor } from 'beasties/runtime';
import { z } from 'zod';
import type { ApiAnswer } from '../core/api.js';
import { cookieValue } from '../core/security/cookie.js';
import type { Dispatch } from './dispatch.js';
import { regularFileInside } from './file-inside.js';

/** Where the page last was, from its cookies (renderer/reader/place.ts and renderer/settings/reading-settings.ts write them). */
export interface Remembered {
  place: { documentId?: string; witnessId?: string };
  /** The window was too narrow for three columns: the room's drawers are rendered closed. */
  compact: boolean;
  /** Attributes for the page's root element, so that the first paint is in the reader's theme and sizes. */
  look: { theme?: 'light' | 'dark'; textSize?: number; interfaceSize?: number };
}

const Id = z.string().min(1).max(200).optional();
const Place = z.object({ documentId: Id, witnessId: Id });
const Look = z.object({
  theme: z.enum(['light', 'dark']).optional(),
  textSize: z.number().int().min(8).max(64).optional(),
  interfaceSize: z.number().int().min(50).max(300).optional(),
});

/** The JSON cookie `name` read by `schema`, or undefined when it is missing or malformed (as if never set). */
function jsonCookie<T>(header: string | undefined, name: string, schema: z.ZodType<T>): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(decodeURIComponent(cookieValue(header, name) ?? '')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** What the cookies in `header` remember (renderer/first-screen/remember.ts writes them). */
export function rememberedFrom(header: string | undefined): Remembered {
  return {
    place: jsonCookie(header, 'carrel-place', Place) ?? {},
    compact: cookieValue(header, 'carrel-window') === 'compact',
    look: jsonCookie(header, 'carrel-look', Look) ?? {},
  };
}

/** The built first-screen module's one export, as far as this side relies on it. */
interface FirstScreenModule {
  renderFirstScreen(ask: (method: string, args: unknown) => Promise<unknown>, remembered: Remembered): Promise<{ markup: string; sent: unknown }>;
}

function isFirstScreenModule(value: unknown): value is FirstScreenModule {
  return typeof value === 'object' && value !== null && 'renderFirstScreen' in value && typeof value.renderFirstScreen === 'function';
}

/** The page's parts that do not change while Carrel runs: read once. */
interface Shell {
  render: FirstScreenModule['renderFirstScreen'];
  /** index.html less its entry script, where the root's content and the root's attributes go. */
  html: string;
  /** The entry script's element, which the page holds after its first screen (ENTRY_SCRIPT). */
  entry: string;
  /** Puts the rules the first screen uses in a style element and leaves the whole stylesheet for later (criticalCss). */
  critical: (html: string) => string;
}

const STYLESHEET = /<link rel="stylesheet" crossorigin href="(\.\/assets\/[\w.-]+\.css)">/u;
/**
 * The entry script, which Vite writes into the head. The page holds it after the first screen instead: in
 * the head it was asked for before the reading face, which the first frame waits for, and took the one
 * open connection; the paint came 4-15 ms later (bench/cold-start.ts). A module script runs once the page
 * is parsed wherever it stands, so nothing else changes.
 */
const ENTRY_SCRIPT = /\s*<script type="module" crossorigin src="\.\/assets\/[\w.-]+\.js"><\/script>/u;
/** The id of the whole stylesheet's link, which the page completes (renderer/first-screen/deferred-head.ts). */
const WHOLE_STYLESHEET = 'whole-stylesheet';

/**
 * The critical CSS of a page: the stylesheet compiled once (beasties), then for each page only the rules
 * that can match what it holds, in a style element (under a third of the whole for the telegram). Pages
 * of the same shape are answered from beasties' cache. The whole stylesheet is linked without a rel, so
 * that nothing is fetched or parsed for it while the first screen is painted: the page fetches and
 * applies it once the room holds the page (renderer/first-screen/deferred-head.ts), before anything the
 * critical rules leave out can show. The
 * reading face comes with it too, but for its regular Latin face, which sets the text's lines: that one is
 * inlined (beasties does not follow the custom property that names it) and preloaded, so that the text is
 * laid out once, not again when the face arrives. Bold and italic words are drawn from it (synthesised)
 * until the whole stylesheet brings their own faces: two fonts fewer to fetch and decode while two cores
 * are busy with the first paint.
 */
async function criticalCss(rendererDir: string, html: string): Promise<Shell['critical']> {
  const href = STYLESHEET.exec(html)?.[1];
  const file = href && (await regularFileInside(rendererDir, join(rendererDir, href)));
  if (!href || !file) return (page) => page;
  const css = await readFile(file, 'utf8');
  // In the page, the face's file is named from the page's folder, not from assets/ where the sheet is.
  const regular = (css.match(/@font-face\{[^}]*-latin-400-normal[^}]*\}/gu) ?? []).join('').replaceAll('url(./', 'url(./assets/');
  const preloads = [...new Set(regular.match(/\.\/assets\/[\w-]+\.woff2/gu))]
    .map((font) => `<link rel="preload" href="${font}" as="font" type="font/woff2" crossorigin>`)
    .join('');
  const processor = createProcessor([compileSheet(css, { href })], { preload: false, fonts: false });
  const whole = `<link id="${WHOLE_STYLESHEET}" href="${href}" crossorigin>`;
  return (page) =>
    processor
      .process(page)
      .replace(STYLESHEET, () => whole)
      .replace('<style>', () => `${preloads}<style>${regular}`);
}

async function loadShell(rendererDir: string, modulePath: string, log: (error: unknown) => void): Promise<Shell | undefined> {
  try {
    return await readShell(rendererDir, modulePath);
  } catch (error) {
    log(error);
    return undefined;
  }
}

async function readShell(rendererDir: string, modulePath: string): Promise<Shell | undefined> {
  const [index, file] = await Promise.all([regularFileInside(rendererDir, join(rendererDir, 'index.html')), regularFileInside(join(modulePath, '..'), modulePath)]);
  if (index === undefined || file === undefined) return undefined;
  const loaded: unknown = await import(pathToFileURL(file).href);
  if (!isFirstScreenModule(loaded)) return undefined;
  const html = await readFile(index, 'utf8');
  if (!html.includes('<div id="root"></div>')) return undefined;
  const entry = ENTRY_SCRIPT.exec(html)?.[0].trim() ?? '';
  return { render: loaded.renderFirstScreen.bind(loaded), html: html.replace(ENTRY_SCRIPT, ''), entry, critical: await criticalCss(rendererDir, html) };
}

/** JSON that can sit inside a script element: no `<` to end it early. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}

/** The root element's attributes for the remembered look. */
function rootAttributes({ theme, textSize, interfaceSize }: Remembered['look']): string {
  const style = [interfaceSize !== undefined && interfaceSize !== 100 && `font-size:${interfaceSize}%`, textSize !== undefined && `--reading-size:${textSize}px`].filter(Boolean).join(';');
  return `${theme ? ` data-theme="${theme}"` : ''}${style ? ` style="${style}"` : ''}`;
}

export interface FirstScreenPages {
  /** The page with its first screen, or undefined when there is none to give (the caller serves the plain page). */
  page(remembered: Remembered): Promise<string | undefined>;
  /**
   * Renders a page a few times and drops them, so that loading the module, compiling the stylesheet and
   * the render's warming up are done at start, not while the reader waits for the room: V8 optimises the
   * render's code only once it has run several times, and until then a page took 10-20 ms, not 3.
   */
  warm(): Promise<void>;
}

export interface FirstScreenOptions {
  /** The built first-screen module: by default dist/first-screen/render.js, beside the renderer's folder. */
  modulePath?: string;
  /** Receives what went wrong (the page is then served without its first screen). */
  log?: (error: unknown) => void;
}

/** How many pages warm() renders: as many as it took the render to reach its speed (bench/cold-start.ts). */
const WARM_RENDERS = 8;

/** First-screen pages of the renderer built in `rendererDir`, rendered from `dispatch`'s answers. */
export function firstScreenPages(rendererDir: string, dispatch: Dispatch, options: FirstScreenOptions = {}): FirstScreenPages {
  const { modulePath = join(rendererDir, '..', 'first-screen', 'render.js'), log = console.error } = options;
  let shell: Promise<Shell | undefined> | undefined;
  const ask = async (method: string, args: unknown): Promise<unknown> => {
    const answer: ApiAnswer = await dispatch(method, args);
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.value;
  };
  const pages: FirstScreenPages = {
    async warm() {
      for (let render = 0; render < WARM_RENDERS; render++) await pages.page({ place: {}, compact: false, look: {} });
    },
    async page(remembered) {
      try {
        shell ??= loadShell(rendererDir, modulePath, log);
        const loaded = await shell;
        if (!loaded) return undefined;
        const { markup, sent } = await loaded.render(ask, remembered);
        return loaded.critical(loaded.html
          .replace('<html lang="en"', () => `<html lang="en"${rootAttributes(remembered.look)}`)
          .replace('<div id="root"></div>', () => `<div id="root">${markup}</div><script type="application/json" id="first-screen">${scriptJson(sent)}</script>${loaded.entry}`));
      } catch (error) {
        log(error);
        return undefined;
      }
    },
  };
  return pages;
}
