/**
 * `npm start`'s renderer step: runs `vite build` (the page, and the first screen the main side renders) only when the renderer's sources changed since the
 * last build, so that a second start with nothing changed opens in a second or two. "Changed" is judged by
 * a hash of the sources' paths and bytes (a deleted or renamed file counts, a touched one does not),
 * stamped inside dist/renderer, which every `vite build` empties: a build made any other way is
 * rebuilt once. `--force` builds whatever the stamp says.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { packagePath } from '../db/package-root.js';

/** Everything `vite build` reads from the project: the renderer, the core it imports, and their configs. */
const SOURCES = ['renderer', 'core', 'vite.config.ts', 'tsconfig.base.json', 'tsconfig.renderer.json', 'package-lock.json'];
const OUT_DIR = packagePath('dist', 'renderer');
const STAMP = join(OUT_DIR, '.sources.sha256');
const FIRST_SCREEN = packagePath('dist', 'first-screen', 'render.js');

/** Every file under `folder`, in a stable order. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The hash of the sources' paths and contents. */
export function sourcesHash(): string {
  const hash = createHash('sha256');
  for (const source of SOURCES) {
    const path = packagePath(source);
    for (const file of source.includes('.') ? [path] : filesUnder(path)) {
      hash.update(relative(packagePath(), file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex');
}

const force = process.argv.includes('--force');
const hash = sourcesHash();
const built = existsSync(join(OUT_DIR, 'index.html')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash;
/** The page's bundle, then the first screen the main side renders (vite.config.ts). */
const BUILDS = [['build'], ['build', '--ssr', 'first-screen/render.tsx']];
if (force || !built || !existsSync(FIRST_SCREEN)) {
  for (const build of BUILDS) {
    const vite = spawnSync(process.execPath, [packagePath('node_modules', 'vite', 'bin', 'vite.js'), ...build, '--logLevel', 'warn'], {
      cwd: packagePath(),
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (vite.status !== 0) process.exit(vite.status ?? 1);
  }
  writeFileSync(STAMP, hash);
}
