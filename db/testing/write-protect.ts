/**
 * Files and folders SQLite truly may not write, for tests of a read-only store. Permissions do not stop
 * root, so as root a file or folder is made immutable (chattr +i, which stops root too) and a disk is a
 * read-only bind mount; an ordinary user loses write permission. Each is undone after the test
 * (cleanUpScratch), before the scratch folders are removed.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { undoAfterTest } from './scratch.js';

const asRoot = process.getuid?.() === 0;

/** Makes `target` (a file or a folder) one this process may not write, until the test ends. */
export function writeProtect(target: string): void {
  undoAfterTest(protect(target));
}

/** Shows `folder` at a new path on a read-only mount until the test ends, and answers that path (root only). */
export function readOnlyMount(folder: string): string {
  const [mountPoint, undo] = mountReadOnly(folder);
  undoAfterTest(undo);
  return mountPoint;
}

/** Why writeProtect cannot work here, for the skipped test's name; undefined when it can. */
export const cannotWriteProtect: string | undefined = tryOnce((folder) => [folder, protect(folder)], 'chattr +i is not available to root here');

/** Why readOnlyMount cannot work here, for the skipped test's name; undefined when it can. */
export const cannotMountReadOnly: string | undefined = asRoot ? tryOnce(mountReadOnly, 'mount --bind -o ro is not available here') : 'only root can mount a folder read-only';

function protect(target: string): () => void {
  if (asRoot) {
    execFileSync('chattr', ['+i', target], { stdio: 'ignore' });
    return () => execFileSync('chattr', ['-i', target], { stdio: 'ignore' });
  }
  const { mode } = fs.statSync(target);
  fs.chmodSync(target, mode & ~0o222);
  return () => fs.chmodSync(target, mode);
}

function mountReadOnly(folder: string): [string, () => void] {
  const mountPoint = fs.mkdtempSync(path.join(os.tmpdir(), 'carrel-read-only-'));
  try {
    execFileSync('mount', ['--bind', '-o', 'ro', folder, mountPoint], { stdio: 'ignore' });
  } catch (error) {
    fs.rmdirSync(mountPoint);
    throw error;
  }
  return [
    mountPoint,
    () => {
      execFileSync('umount', [mountPoint], { stdio: 'ignore' });
      fs.rmdirSync(mountPoint);
    },
  ];
}

/**
 * Tries `readOnly` on a scratch folder and undoes it: `reason` when it fails, or when a file can still be
 * written in the folder it answers (an old `mount` that ignores -o ro with --bind).
 */
function tryOnce(readOnly: (folder: string) => [string, () => void], reason: string): string | undefined {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'carrel-probe-'));
  try {
    const [protectedFolder, undo] = readOnly(folder);
    try {
      fs.writeFileSync(path.join(protectedFolder, 'probe'), '');
      return reason;
    } catch {
      return undefined;
    } finally {
      undo();
    }
  } catch {
    return reason;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
