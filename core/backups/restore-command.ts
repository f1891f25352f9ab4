/**
 * The command a reader types to put a backup back: `carrel restore NAME --data-dir DIR`, with the data
 * folder always named (the reading room may run on another folder than the default) and quoted for the
 * shell of the platform, so that it can be pasted as it is.
 */

/** Characters no shell reads specially: a word made only of them needs no quotes. */
const PLAIN_POSIX = /^[\w@%+=:,./-]+$/u;
const PLAIN_WINDOWS = /^[\w@%+=:,./\\-]+$/u;

/** The command that restores backup `name` into the data folder `dataDir`, for `platform` (Node's `process.platform`). */
export function restoreCommand(name: string, dataDir: string, platform: string): string {
  return `carrel restore ${quoted(name, platform)} --data-dir ${quoted(dataDir, platform)}`;
}

function quoted(word: string, platform: string): string {
  if (platform === 'win32') return PLAIN_WINDOWS.test(word) ? word : `"${word}"`;
  // In single quotes nothing is special but the quote itself, which closes, is escaped, and reopens.
  return PLAIN_POSIX.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}
