import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtFiles } from './built-files.js';

let root: string;
let outside: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'carrel-built-'));
  outside = mkdtempSync(join(tmpdir(), 'carrel-outside-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<p>first</p>');
  writeFileSync(join(root, 'assets', 'room-abc.js'), 'export const room = 1;');
  writeFileSync(join(root, 'assets', 'face-abc.woff2'), 'font bytes');
  writeFileSync(join(outside, 'secret.txt'), 'not the renderer');
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const text = (body: Buffer | undefined) => body?.toString('utf8');

describe('builtFiles', () => {
  it('reads the regular files inside the folder, and nothing a link leads outside nor a folder', async () => {
    symlinkSync(join(outside, 'secret.txt'), join(root, 'assets', 'leak.txt'));
    const files = builtFiles(root);
    expect(text(await files.read(join(root, 'index.html')))).toBe('<p>first</p>');
    expect(text(await files.read(join(root, 'assets', 'room-abc.js')))).toBe('export const room = 1;');
    expect(await files.read(join(root, 'assets', 'missing.js'))).toBeUndefined();
    expect(await files.read(join(root, 'assets', 'leak.txt'))).toBeUndefined();
    expect(await files.read(join(root, 'assets'))).toBeUndefined();
  });

  it('answers an asset from memory once read, and reads the page afresh each time', async () => {
    const files = builtFiles(root);
    await files.read(join(root, 'assets', 'room-abc.js'));
    await files.read(join(root, 'index.html'));
    rmSync(join(root, 'assets', 'room-abc.js'));
    writeFileSync(join(root, 'index.html'), '<p>rebuilt</p>');
    expect(text(await files.read(join(root, 'assets', 'room-abc.js')))).toBe('export const room = 1;');
    expect(text(await files.read(join(root, 'index.html')))).toBe('<p>rebuilt</p>');
  });

  it('names as assets only the files under assets/, not the page nor a folder whose name begins the same', () => {
    const files = builtFiles(root);
    expect(files.isAsset(join(root, 'assets', 'room-abc.js'))).toBe(true);
    expect(files.isAsset(join(root, 'index.html'))).toBe(false);
    expect(files.isAsset(join(root, 'assets-old', 'room-abc.js'))).toBe(false);
  });

  it('holds every asset after warming, before any is asked for', async () => {
    const files = builtFiles(root);
    await files.warm();
    rmSync(join(root, 'assets'), { recursive: true });
    expect(text(await files.read(join(root, 'assets', 'face-abc.woff2')))).toBe('font bytes');
    expect(text(await files.read(join(root, 'assets', 'room-abc.js')))).toBe('export const room = 1;');
  });

  it('warms nothing, and fails nothing, for a folder without assets', async () => {
    rmSync(join(root, 'assets'), { recursive: true });
    const files = builtFiles(root);
    await expect(files.warm()).resolves.toBeUndefined();
    expect(text(await files.read(join(root, 'index.html')))).toBe('<p>first</p>');
  });
});
