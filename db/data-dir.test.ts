import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirFromEnv, type DataDirEnvironment } from './data-dir.js';

const linux: DataDirEnvironment = { env: {}, platform: 'linux', home: '/home/reader' };

describe('dataDirFromEnv', () => {
  it('prefers --data-dir to CARREL_DATA_DIR, and either to the platform default', () => {
    const env = { CARREL_DATA_DIR: '/from/env' };
    expect(dataDirFromEnv('/from/argv', { ...linux, env })).toBe(path.resolve('/from/argv'));
    expect(dataDirFromEnv(undefined, { ...linux, env })).toBe(path.resolve('/from/env'));
    expect(dataDirFromEnv('', { ...linux, env })).toBe(path.resolve('/from/env'));
  });

  it('resolves a relative folder against the working directory', () => {
    expect(dataDirFromEnv('relative/carrel', linux)).toBe(path.resolve('relative/carrel'));
  });

  it('uses XDG_DATA_HOME on Linux, else ~/.local/share', () => {
    expect(dataDirFromEnv(undefined, linux)).toBe('/home/reader/.local/share/carrel');
    expect(dataDirFromEnv(undefined, { ...linux, env: { XDG_DATA_HOME: '/xdg' } })).toBe('/xdg/carrel');
    expect(dataDirFromEnv(undefined, { ...linux, env: { XDG_DATA_HOME: 'not/absolute' } })).toBe('/home/reader/.local/share/carrel');
  });

  it('uses Application Support on macOS and APPDATA on Windows', () => {
    expect(dataDirFromEnv(undefined, { ...linux, platform: 'darwin', home: '/Users/reader' })).toBe(
      '/Users/reader/Library/Application Support/Carrel',
    );
    expect(
      dataDirFromEnv(undefined, { env: { APPDATA: 'C:\\Users\\reader\\AppData\\Roaming' }, platform: 'win32', home: 'C:\\Users\\reader' }),
    ).toBe('C:\\Users\\reader\\AppData\\Roaming\\Carrel');
  });
});
