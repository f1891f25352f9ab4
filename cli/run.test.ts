import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run.js';

/** Runs the CLI in-process and collects what it prints. */
async function carrel(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), interrupted: Promise.resolve() });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const freshDir = (): string => mkdtempSync(join(tmpdir(), 'carrel-cli-'));

describe('carrel documents', () => {
  it('lists the telegram on a new data folder', async () => {
    const result = await carrel('documents', '--data-dir', join(freshDir(), 'new'));
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/1950-05-14 .*Vyshinsky to Mao Zedong.*\(Archive record, Web page\)/);
  });

  it('prints the contract’s JSON with --json', async () => {
    const result = await carrel('documents', '--json', '--data-dir', freshDir());
    const documents = JSON.parse(result.out) as Array<{ witnesses: unknown[] }>;
    expect(documents).toHaveLength(1);
    expect(documents[0]?.witnesses).toHaveLength(2);
  });

  it('takes the data folder from CARREL_DATA_DIR', async () => {
    const dir = freshDir();
    process.env.CARREL_DATA_DIR = dir;
    try {
      expect((await carrel('documents')).code).toBe(0);
    } finally {
      delete process.env.CARREL_DATA_DIR;
    }
    expect(readFileSync(join(dir, 'carrel.sqlite')).length).toBeGreaterThan(0);
  });
});

describe('bad input gets one clear line', () => {
  it('refuses a damaged database and leaves it as it was', async () => {
    const dir = freshDir();
    const garbage = Buffer.from('this is not a database, just words '.repeat(200));
    writeFileSync(join(dir, 'carrel.sqlite'), garbage);
    const result = await carrel('documents', '--data-dir', dir);
    expect(result.code).toBe(1);
    expect(result.err.split('\n')).toHaveLength(1);
    expect(result.err).toMatch(/^carrel: .*damaged/);
    expect(readFileSync(join(dir, 'carrel.sqlite')).equals(garbage)).toBe(true);
  });

  it('refuses a data folder that is a file', async () => {
    const file = join(freshDir(), 'not-a-folder');
    writeFileSync(file, 'x');
    const result = await carrel('documents', '--data-dir', file);
    expect(result.code).toBe(1);
    expect(result.err).toContain(file);
  });

  it('explains a bad port without opening anything', async () => {
    const result = await carrel('serve', '--port', 'eighty', '--data-dir', freshDir());
    expect(result.code).toBe(2);
    expect(result.err).toBe('carrel: --port takes a whole number from 0 to 65535 (0 picks a free port), not "eighty".');
  });

  it('names an unknown command and shows the usage', async () => {
    const result = await carrel('frobnicate');
    expect(result.code).toBe(2);
    expect(result.err).toContain('there is no command "frobnicate"');
    expect(result.err).toContain('Usage: carrel');
  });
});
