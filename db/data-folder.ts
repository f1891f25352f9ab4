/**
 * The data folder's preconditions, checked before SQLite sees it so that the user reads which folder is
 * wrong and what to do, rather than SQLite's "unable to open database file".
 */
import fs from 'node:fs';
import { CarrelError } from '../core/errors.js';

const chooseAnother = 'or choose another folder with --data-dir or CARREL_DATA_DIR';

/**
 * Makes sure `dataDir` is a folder Carrel may use: creates it (with its parents) when missing and
 * `create` is set; throws CarrelError('unavailable') when it is a file, cannot be created, or cannot be
 * read (and, unless `readonly`, written).
 */
export function prepareDataFolder(dataDir: string, { create, readonly }: { create: boolean; readonly: boolean }): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dataDir);
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') throw unusable(dataDir, error);
    if (!create) {
      throw new CarrelError('unavailable', `There is no Carrel data folder at ${dataDir}. Check the path, ${chooseAnother}.`);
    }
    try {
      fs.mkdirSync(dataDir, { recursive: true });
    } catch (mkdirError) {
      throw new CarrelError(
        'unavailable',
        `Carrel could not create its data folder ${dataDir} (${reason(mkdirError)}). Create it yourself, ${chooseAnother}.`,
      );
    }
    return;
  }
  if (!stat.isDirectory()) {
    throw new CarrelError(
      'unavailable',
      `The data folder ${dataDir} is a file, not a folder. Move the file away, ${chooseAnother}.`,
    );
  }
  try {
    fs.accessSync(dataDir, readonly ? fs.constants.R_OK | fs.constants.X_OK : fs.constants.R_OK | fs.constants.W_OK | fs.constants.X_OK);
  } catch (error) {
    throw unusable(dataDir, error);
  }
}

function unusable(dataDir: string, error: unknown): CarrelError {
  if (errnoCode(error) === 'EROFS') {
    // No account's permission helps here: the disk itself refuses writes.
    return new CarrelError('unavailable', `Carrel cannot write in its data folder ${dataDir}: the disk it is on is read-only. Mount the disk so that it can be written, ${chooseAnother}.`);
  }
  return new CarrelError(
    'unavailable',
    `Carrel cannot read and write its data folder ${dataDir} (${reason(error)}). Give your user account access to it, ${chooseAnother}.`,
  );
}

function reason(error: unknown): string {
  switch (errnoCode(error)) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'part of the path is a file';
    case 'EROFS':
      return 'the disk is read-only';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** The Node error code of a file-system error (ENOENT, EROFS ...), else undefined. */
export function errnoCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}
