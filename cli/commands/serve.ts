/** `carrel serve`: the reading room through the loopback host, until interrupted. */
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

/** Starts the host over an open store and prints its one-time address on one line. */
export async function serve(app: CarrelApp, options: ServeOptions, print: (line: string) => void): Promise<RunningHost> {
  const host = await startHost({ dispatch: app.dispatch, takeExport: app.takeExport, rendererDir: RENDERER_DIR, port: options.port });
  print(`Carrel reading room (the address opens it once, in one browser): ${host.url}`);
  if (!options.open || !hasDisplay()) return host;
  const removeRedirect = openInBrowser(host.url);
  return {
    ...host,
    close: () => {
      removeRedirect();
      return host.close();
    },
  };
}
