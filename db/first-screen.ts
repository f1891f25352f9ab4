/**
 * The first screen as HTML (issue 18): the reading room's page with the document it opens already
 * rendered in it, by the renderer's own components built for the main side (dist/first-screen/, from
 * renderer/first-screen/render.tsx), its stylesheet inlined, and the answers it was rendered from beside
 * it for the page to take it over. Both shells serve it: the loopback host and Electron's app:// protocol.
 * Whatever goes wrong here only costs the head start: the caller serves the plain page instead.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
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
  renderFirstScreen(ask: (method: string, args: unknown) => Promise<unknown>, remembered: Omit<Remembered, 'look'>): Promise<{ markup: string; sent: unknown }>;
}

function isFirstScreenModule(value: unknown): value is FirstScreenModule {
  return typeof value === 'object' && value !== null && 'renderFirstScreen' in value && typeof value.renderFirstScreen === 'function';
}

/** The page's parts that do not change while Carrel runs: read once. */
interface Shell {
  render: FirstScreenModule['renderFirstScreen'];
  /** index.html with its stylesheet inlined, split where the root's content and the root's attributes go. */
  html: string;
}

const STYLESHEET = /<link rel="stylesheet" crossorigin href="\.\/(assets\/[\w.-]+\.css)">/u;

/** index.html with its one stylesheet in a style element (no second round trip before the first paint). */
async function inlinedStylesheet(rendererDir: string, html: string): Promise<string> {
  const link = STYLESHEET.exec(html);
  const file = link?.[1] && (await regularFileInside(rendererDir, join(rendererDir, link[1])));
  if (!link || !file) return html;
  // Its fonts are named relative to the stylesheet, which sits in assets/.
  const css = (await readFile(file, 'utf8')).replaceAll('url(./', 'url(./assets/');
  if (css.includes('</')) return html;
  // The reading face's Latin files are asked for at once, not once the text is laid out and found to need them.
  const fonts = [...new Set(css.match(/\.\/assets\/[\w-]*-latin-\d[\w-]*\.woff2/gu))];
  const preloads = fonts.map((font) => `<link rel="preload" href="${font}" as="font" type="font/woff2" crossorigin>`).join('');
  return html.replace(link[0], () => `${preloads}<style>${css}</style>`);
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
  const html = await inlinedStylesheet(rendererDir, await readFile(index, 'utf8'));
  return html.includes('<div id="root"></div>') ? { render: loaded.renderFirstScreen.bind(loaded), html } : undefined;
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
}

export interface FirstScreenOptions {
  /** The built first-screen module: by default dist/first-screen/render.js, beside the renderer's folder. */
  modulePath?: string;
  /** Receives what went wrong (the page is then served without its first screen). */
  log?: (error: unknown) => void;
}

/** First-screen pages of the renderer built in `rendererDir`, rendered from `dispatch`'s answers. */
export function firstScreenPages(rendererDir: string, dispatch: Dispatch, options: FirstScreenOptions = {}): FirstScreenPages {
  const { modulePath = join(rendererDir, '..', 'first-screen', 'render.js'), log = console.error } = options;
  let shell: Promise<Shell | undefined> | undefined;
  const ask = async (method: string, args: unknown): Promise<unknown> => {
    const answer: ApiAnswer = await dispatch(method, args);
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.value;
  };
  return {
    async page(remembered) {
      try {
        shell ??= loadShell(rendererDir, modulePath, log);
        const loaded = await shell;
        if (!loaded) return undefined;
        const { markup, sent } = await loaded.render(ask, { place: remembered.place, compact: remembered.compact });
        return loaded.html
          .replace('<html lang="en"', () => `<html lang="en"${rootAttributes(remembered.look)}`)
          .replace('<div id="root"></div>', () => `<div id="root">${markup}</div><script type="application/json" id="first-screen">${scriptJson(sent)}</script>`);
      } catch (error) {
        log(error);
        return undefined;
      }
    },
  };
}
