/** Opens the reading room in the system browser, when there is a screen to show it on. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** How long the redirect file stays: long enough for a browser that starts slowly to read it. */
const REDIRECT_FILE_MS = 60_000;

/** True when a browser window could be shown: any desktop on macOS and Windows, a display on Linux. */
export function hasDisplay(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): boolean {
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** Starts a program; the opener's own failures are not Carrel's, since the address is printed anyway. */
export type Launch = (command: string, args: string[]) => void;

export interface OpenOptions {
  platform?: NodeJS.Platform;
  launch?: Launch;
  /** Where the redirect file's private folder is made. */
  parent?: string;
}

/**
 * Opens `url` through a redirect file rather than on a command line: every user of the machine can read a
 * process's command line (/proc/PID/cmdline), and a browser started by the opener keeps it for its whole
 * life. Only the file's path goes there; the file is the user's alone (0600, in a 0700 folder of its own)
 * and is removed after a minute, or sooner by calling the function returned.
 */
export function openInBrowser(url: string, { platform = process.platform, launch = launchDetached, parent = tmpdir() }: OpenOptions = {}): () => void {
  const folder = mkdtempSync(join(parent, 'carrel-open-'));
  const file = join(folder, 'open-carrel.html');
  writeFileSync(file, redirectPage(url), { mode: 0o600, flag: 'wx' });
  const remove = (): void => rmSync(folder, { recursive: true, force: true });
  const timer = setTimeout(remove, REDIRECT_FILE_MS);
  timer.unref();
  launch(...opener(file, platform));
  return () => {
    clearTimeout(timer);
    remove();
  };
}

function opener(path: string, platform: NodeJS.Platform): [string, string[]] {
  if (platform === 'darwin') return ['open', [path]];
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""', path]];
  return ['xdg-open', [path]];
}

/** A page that goes on to `url` at once, with a link for a browser that does not follow the refresh. */
function redirectPage(url: string): string {
  const href = url.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html>
<meta charset="utf-8">
<meta name="referrer" content="no-referrer">
<meta http-equiv="refresh" content="0; url=${href}">
<title>Opening Carrel</title>
<p><a href="${href}">Open the Carrel reading room</a></p>
`;
}

function launchDetached(command: string, args: string[]): void {
  const child = spawn(command, args, { detached: true, stdio: 'ignore' });
  child.on('error', () => undefined);
  child.unref();
}
