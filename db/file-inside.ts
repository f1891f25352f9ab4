/**
 * Where a path inside a folder really leads. The loopback host's static files and Electron's app://
 * pages are both read from one folder; a link inside it may point anywhere, so what is read is where the
 * path leads, and that must be a regular file inside the folder too.
 */
import { realpath, stat } from 'node:fs/promises';
import { sep } from 'node:path';

/** The real path of `path` when it is a regular file inside `root` (links followed on both); else undefined. */
export async function regularFileInside(root: string, path: string): Promise<string | undefined> {
  try {
    const [real, realRoot] = await Promise.all([realpath(path), realpath(root)]);
    return real.startsWith(realRoot + sep) && (await stat(real)).isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}
