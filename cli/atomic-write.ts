/**
 * Writing a file so that readers (and a crash) see the old file or the whole new one, never half of it:
 * a temporary file beside the target, flushed to disk, then renamed over it.
 */
import { open, rename as renameFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { CarrelError } from '../core/errors.js';

/** The step that replaces the target; tests pass one that fails. */
export interface AtomicWriteSteps {
  rename: (from: string, to: string) => Promise<void>;
}

/**
 * Writes `content` (UTF-8) to `target` atomically. On any failure the temporary file is removed and an
 * existing target is left as it was. Throws CarrelError('bad-request') with one line for the reader:
 * the folder does not exist, is read-only, the target is a folder, the disk is full.
 */
export async function writeFileAtomically(target: string, content: string, steps: AtomicWriteSteps = { rename: renameFile }): Promise<void> {
  await writeChunksAtomically(target, [content], steps);
}

/**
 * Writes `chunks` (UTF-8) to `target` atomically as writeFileAtomically does, one chunk at a time, so
 * that a large export is never held whole. A chunk that fails to come (the exporter throws) fails the
 * write like a full disk: the temporary file is removed and the target left as it was.
 */
export async function writeChunksAtomically(
  target: string,
  chunks: Iterable<string> | AsyncIterable<string>,
  steps: AtomicWriteSteps = { rename: renameFile },
): Promise<void> {
  const folder = path.dirname(path.resolve(target));
  await checkFolder(target, folder);
  // Hidden, and named for the target and this process, so that two exports never share one.
  const temporary = path.join(folder, `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    // 'wx': a file (or a link planted) under that name is an error, never written through.
    const file = await open(temporary, 'wx');
    try {
      for await (const chunk of chunks) await file.write(chunk, null, 'utf8');
      await file.sync();
    } finally {
      await file.close();
    }
    await steps.rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw cannotWrite(target, folder, error);
  }
}

/** The reader's one line for a failed write of `target` into `folder`; errors without a known cause keep the system's words. */
export function cannotWrite(target: string, folder: string, error: unknown): CarrelError {
  const code = (error as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = {
    ENOENT: `the folder ${folder} does not exist`,
    ENOTDIR: `the folder ${folder} does not exist`,
    EACCES: `the folder ${folder} is read-only`,
    EPERM: `the folder ${folder} is read-only`,
    EROFS: `the folder ${folder} is read-only`,
    EISDIR: 'it is a folder',
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
  };
  const reason = (code && reasons[code]) ?? (error instanceof Error ? error.message : String(error));
  return new CarrelError('bad-request', `Cannot write ${target}: ${reason}.`);
}

/** Refuses early, before a temporary file exists, when the folder is missing or not a folder. */
async function checkFolder(target: string, folder: string): Promise<void> {
  try {
    if ((await stat(folder)).isDirectory()) return;
  } catch (error) {
    throw cannotWrite(target, folder, error);
  }
  throw cannotWrite(target, folder, Object.assign(new Error('not a folder'), { code: 'ENOTDIR' }));
}
