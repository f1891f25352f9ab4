/** Where Carrel keeps its data when nobody says otherwise, and how a user says otherwise. */
import os from 'node:os';
import path from 'node:path';

/** The parts of the environment the choice depends on; injectable for tests. */
export interface DataDirEnvironment {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  home: string;
}

const processEnvironment = (): DataDirEnvironment => ({ env: process.env, platform: process.platform, home: os.homedir() });

/**
 * The data folder, as an absolute path: `--data-dir` (passed in as `argvDataDir`) wins, then
 * CARREL_DATA_DIR, else the platform's per-user data folder (Linux: $XDG_DATA_HOME/carrel or
 * ~/.local/share/carrel; macOS: ~/Library/Application Support/Carrel; Windows: %APPDATA%\Carrel).
 * Empty values count as absent.
 */
export function dataDirFromEnv(argvDataDir?: string, { env, platform, home }: DataDirEnvironment = processEnvironment()): string {
  const chosen = nonEmpty(argvDataDir) ?? nonEmpty(env.CARREL_DATA_DIR);
  if (chosen !== undefined) return path.resolve(chosen);
  switch (platform) {
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', 'Carrel');
    case 'win32':
      return path.win32.join(nonEmpty(env.APPDATA) ?? path.win32.join(home, 'AppData', 'Roaming'), 'Carrel');
    default: {
      // The XDG spec ignores a relative XDG_DATA_HOME.
      const xdg = nonEmpty(env.XDG_DATA_HOME);
      return path.join(xdg !== undefined && path.isAbsolute(xdg) ? xdg : path.join(home, '.local', 'share'), 'carrel');
    }
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
