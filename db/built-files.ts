/**
 * The built renderer's files as both shells serve them (the loopback host and Electron's app://), with
 * its hashed assets (assets/) held in memory once read: their names change with their content, so what
 * was read stays true while Carrel runs. Read from disk at each request (a real path, a stat, an open
 * and a read, each a turn on libuv's threads), the first screen's font came some 10 ms later on a busy
 * machine, and the first frame waits for that font (bench/cold-start.ts: 130 ms against 118 from memory,
 * both cores spinning).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { regularFileInside } from './file-inside.js';

/** A larger file is read at each request rather than held: the renderer's largest is about 330 KB. */
const MAX_HELD_FILE_BYTES = 4 * 1024 * 1024;
/** Nor is more than this held in all: the renderer's assets are under 1 MB. */
const MAX_HELD_BYTES = 32 * 1024 * 1024;

export interface BuiltFiles {
  /** The renderer's folder. */
  readonly dir: string;
  /** Whether `path` (absolute) is one of Vite's hashed assets, which never change under the same name. */
  isAsset(path: string): boolean;
  /**
   * The bytes of `path` (absolute, already inside the renderer's folder) when it leads to a regular file
   * inside that folder, or undefined; a failed read rejects, as readFile does.
   */
  read(path: string): Promise<Buffer | undefined>;
  /** Reads every asset now, so that the first page a browser opens is answered from memory too. */
  warm(): Promise<void>;
}

/** The files of the renderer built in `rendererDir`. */
export function builtFiles(rendererDir: string): BuiltFiles {
  const assetsDir = join(rendererDir, 'assets');
  const isAsset = (path: string) => path.startsWith(assetsDir + sep);
  const held = new Map<string, Buffer>();
  let heldBytes = 0;
  const read = async (path: string): Promise<Buffer | undefined> => {
    const known = held.get(path);
    if (known) return known;
    // Through links too, what is read never lies outside the folder.
    const real = await regularFileInside(rendererDir, path);
    if (real === undefined) return undefined;
    const body = await readFile(real);
    if (isAsset(path) && body.length <= MAX_HELD_FILE_BYTES && heldBytes + body.length <= MAX_HELD_BYTES) {
      held.set(path, body);
      heldBytes += body.length;
    }
    return body;
  };
  return {
    dir: rendererDir,
    isAsset,
    read,
    async warm() {
      const names = await readdir(assetsDir).catch(() => []);
      for (const name of names) await read(join(assetsDir, name)).catch(() => undefined);
    },
  };
}
