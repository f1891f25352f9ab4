/** `carrel serve`: the reading room through the loopback host, until interrupted. */
import { randomBytes } from 'node:crypto';
import type { CarrelApp } from '../../db/index.js';
import { packagePath } from '../../db/package-root.js';
import { startHost, type RunningHost } from '../http-host.js';
import { hasDisplay, openInBrowser } from '../open-browser.js';

export interface ServeOptions {
  port: number;
  open: boolean;
}

/** The built renderer (`npm run build:renderer`). */
export const RENDERER_DIR = packagePath('dist', 'renderer');

/** Starts the host over an open store and prints its address on one line. */
export async function serve(app: CarrelApp, options: ServeOptions, print: (line: string) => void): Promise<RunningHost> {
  const host = await startHost({
    dispatch: app.dispatch,
    rendererDir: RENDERER_DIR,
    token: randomBytes(24).toString('base64url'),
    port: options.port,
  });
  print(`Carrel reading room: ${host.url}`);
  if (options.open && hasDisplay()) openInBrowser(host.url);
  return host;
}
