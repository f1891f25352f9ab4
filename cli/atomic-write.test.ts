import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cannotWrite, writeChunksAtomically, writeFileAtomically } from './atomic-write.js';

const freshDir = (): string => mkdtempSync(join(tmpdir(), 'carrel-write-'));

/** The CarrelError message a write fails with, or fails the test. */
async function failure(write: Promise<void>): Promise<string> {
  try {
    await write;
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the write to fail');
}

describe('writing a file atomically', () => {
  it('writes a new file, and replaces an old one whole, leaving no temporary file', async () => {
    const dir = freshDir();
    const target = join(dir, 'notes.md');
    await writeFileAtomically(target, '# First\n');
    await writeFileAtomically(target, '# Second, with “quotes”\n');
    expect(readFileSync(target, 'utf8')).toBe('# Second, with “quotes”\n');
    expect(readdirSync(dir)).toEqual(['notes.md']);
  });

  it('leaves the existing file as it was and removes the temporary file when the rename fails', async () => {
    const dir = freshDir();
    const target = join(dir, 'notes.md');
    writeFileSync(target, 'the reader’s earlier export');
    const rename = async () => {
      throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
    };
    expect(await failure(writeFileAtomically(target, 'new', { rename }))).toBe(`Cannot write ${target}: EIO: i/o error, rename.`);
    expect(readFileSync(target, 'utf8')).toBe('the reader’s earlier export');
    expect(readdirSync(dir)).toEqual(['notes.md']);
  });

  it('refuses to replace a folder, which stays with its files', async () => {
    const dir = freshDir();
    const target = join(dir, 'exports');
    mkdirSync(target);
    writeFileSync(join(target, 'kept.md'), 'kept');
    expect(await failure(writeFileAtomically(target, 'new'))).toBe(`Cannot write ${target}: it is a folder.`);
    expect(readFileSync(join(target, 'kept.md'), 'utf8')).toBe('kept');
    expect(readdirSync(dir)).toEqual(['exports']);
  });

  it('says when the folder does not exist', async () => {
    const folder = join(freshDir(), 'missing');
    const target = join(folder, 'notes.md');
    expect(await failure(writeFileAtomically(target, 'x'))).toBe(`Cannot write ${target}: the folder ${folder} does not exist.`);
  });

  // root writes into read-only folders; the mapping below covers the message there.
  it.skipIf(process.getuid?.() === 0)('says when the folder is read-only, and writes nothing into it', async () => {
    const folder = freshDir();
    chmodSync(folder, 0o555);
    try {
      const target = join(folder, 'notes.md');
      expect(await failure(writeFileAtomically(target, 'x'))).toBe(`Cannot write ${target}: the folder ${folder} is read-only.`);
      expect(readdirSync(folder)).toEqual([]);
    } finally {
      chmodSync(folder, 0o755);
    }
  });

  it('words each way a write fails for the reader', () => {
    const fault = (code: string) => Object.assign(new Error(code), { code });
    expect(cannotWrite('/m/n.md', '/m', fault('EROFS')).message).toBe('Cannot write /m/n.md: the folder /m is read-only.');
    expect(cannotWrite('/m/n.md', '/m', fault('EACCES')).message).toBe('Cannot write /m/n.md: the folder /m is read-only.');
    expect(cannotWrite('/m/n.md', '/m', fault('ENOSPC')).message).toBe('Cannot write /m/n.md: the disk is full.');
    expect(cannotWrite('/m/n.md', '/m', fault('ENOENT')).message).toBe('Cannot write /m/n.md: the folder /m does not exist.');
  });

  it('writes chunks as they come, one after another, as one file', async () => {
    const dir = freshDir();
    const target = join(dir, 'notes.jsonld');
    async function* chunks(): AsyncGenerator<string> {
      yield '{"items": [';
      yield '"“a”", ';
      yield '"b"]}\n';
    }
    await writeChunksAtomically(target, chunks());
    expect(readFileSync(target, 'utf8')).toBe('{"items": ["“a”", "b"]}\n');
    expect(readdirSync(dir)).toEqual(['notes.jsonld']);
  });

  it('leaves no partial file, and the old one as it was, when the chunks fail part way', async () => {
    const dir = freshDir();
    const target = join(dir, 'notes.tei.xml');
    writeFileSync(target, 'the reader’s earlier export');
    function* chunks(): Generator<string> {
      yield '<TEI>';
      throw new Error('the exporter broke');
    }
    expect(await failure(writeChunksAtomically(target, chunks()))).toBe(`Cannot write ${target}: the exporter broke.`);
    expect(readFileSync(target, 'utf8')).toBe('the reader’s earlier export');
    expect(readdirSync(dir)).toEqual(['notes.tei.xml']);
  });
});
