/**
 * Finds Electron's binary for `npm start` without letting the `electron` package's own lookup throw:
 * that package downloads the binary on first use, which fails on machines without the network.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The binary's path, or why there is none. */
export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

/** The binary the `electron` package has already installed, if any; never downloads. */
export function installedElectronBinary(): string | undefined {
  const packageDir = electronPackageDir();
  return packageDir === undefined ? undefined : installedBinary(packageDir);
}

/** Looks for the binary, trying the package's one-time download once when it is missing. */
export function findElectronBinary(downloadTimeoutMs = 120_000): ElectronBinary {
  const packageDir = electronPackageDir();
  if (packageDir === undefined) return { found: false, reason: 'the electron package is not installed' };
  const existing = installedBinary(packageDir);
  if (existing) return { found: true, path: existing };
  const download = spawnSync(process.execPath, [join(packageDir, 'install.js')], { stdio: 'ignore', timeout: downloadTimeoutMs });
  const downloaded = installedBinary(packageDir);
  if (downloaded) return { found: true, path: downloaded };
  return { found: false, reason: download.error ? 'its download timed out' : 'it could not be downloaded' };
}

function electronPackageDir(): string | undefined {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return undefined;
  }
}

function installedBinary(packageDir: string): string | undefined {
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}
