/**
 * Finds files that ship beside the code (migrations, the bundled telegram). The code runs from two
 * places, db/*.ts under vitest and dist/db/*.js when built, so paths are taken from the package root
 * rather than from the running file.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The folder holding Carrel's package.json: the nearest one above this file (also inside an asar archive). */
export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) return (root = dir);
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

/** An absolute path to `segments` under the package root, e.g. `packagePath('db', 'migrations')`. */
export function packagePath(...segments: string[]): string {
  return path.join(packageRoot(), ...segments);
}
