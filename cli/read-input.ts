/** Reading a file the user named on the command line, with one line for each way it can fail. */
import { readFile, stat } from 'node:fs/promises';
import { CarrelError, isCarrelError } from '../core/errors.js';

/**
 * The bytes of `file`. Throws CarrelError('bad-request') when it is missing, a folder, unreadable, or
 * larger than `maxBytes` (checked before reading, so that a huge file is never loaded).
 */
export async function readInputFile(file: string, maxBytes = Number.POSITIVE_INFINITY): Promise<Buffer> {
  try {
    const { size } = await stat(file);
    if (size > maxBytes) throw new CarrelError('bad-request', `Cannot read ${file}: it is larger than ${megabytes(maxBytes)} MB.`);
    return await readFile(file);
  } catch (error) {
    if (isCarrelError(error)) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : 'it cannot be read';
    throw new CarrelError('bad-request', `Cannot read ${file}: ${reason}.`);
  }
}

function megabytes(bytes: number): string {
  return (bytes / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 });
}
