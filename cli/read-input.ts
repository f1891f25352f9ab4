/** Reading a file the user named on the command line, with one line for each way it can fail. */
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { CarrelError, isCarrelError } from '../core/errors.js';

/** Opening never waits: a pipe with no writer would otherwise hold the command forever. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The bytes of `file`. Throws CarrelError('bad-request') when it is missing, a folder, not a regular file
 * (a device, a pipe, a socket), unreadable, or larger than `maxBytes`: checked on the open file before
 * reading, and never read past the bound, so that neither a huge file nor an endless one is loaded.
 */
export async function readInputFile(file: string, maxBytes = Number.MAX_SAFE_INTEGER): Promise<Buffer> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, OPEN_FLAGS);
    const info = await handle.stat();
    if (info.isDirectory()) throw unreadable(file, 'it is a folder');
    if (!info.isFile()) throw unreadable(file, 'it is not a regular file (a device, a pipe or a socket)');
    if (info.size > maxBytes) throw tooLarge(file, maxBytes);
    return await readAtMost(handle, file, maxBytes);
  } catch (error) {
    if (isCarrelError(error)) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw unreadable(file, code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : 'it cannot be read');
  } finally {
    await handle?.close();
  }
}

/** Reads to the end, refusing a file that grew past `maxBytes` since it was measured. */
async function readAtMost(handle: FileHandle, file: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes - size + 1));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) return Buffer.concat(chunks, size);
    size += bytesRead;
    if (size > maxBytes) throw tooLarge(file, maxBytes);
    chunks.push(chunk.subarray(0, bytesRead));
  }
}

function unreadable(file: string, reason: string): CarrelError {
  return new CarrelError('bad-request', `Cannot read ${file}: ${reason}.`);
}

function tooLarge(file: string, maxBytes: number): CarrelError {
  // Carrel's bounds are round numbers of megabytes, binary (documents, 100 × 2^20) or decimal (notes): say the round one, as the window does.
  const megabytes = maxBytes % 2 ** 20 === 0 ? maxBytes / 2 ** 20 : maxBytes / 1_000_000;
  return unreadable(file, `it is larger than ${megabytes.toLocaleString('en', { maximumFractionDigits: 1 })} MB`);
}
