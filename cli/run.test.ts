import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCarrel } from '../db/index.js';
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

describe('carrel people and carrel mentions', () => {
  it('lists the seeded registry, Stalin with his code-name', async () => {
    const result = await carrel('people', '--data-dir', freshDir());
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Joseph Stalin \(1878–1953\): .*Filippov \[code-name\]/m);
    for (const name of ['Mao Zedong', 'Andrey Vyshinsky', 'Vyacheslav Molotov']) expect(result.out).toContain(name);
  });

  it('prints the mentions in a witness file exactly as the store proposes them for the seeded witness', async () => {
    const dir = freshDir();
    const file = 'assets/telegram/000_f2d2cbb9f3cdde5d.txt';
    const printed = JSON.parse((await carrel('mentions', file, '--json', '--data-dir', dir)).out) as Array<{
      person: string;
      personId: string;
      start: number;
      end: number;
      text: string;
    }>;
    expect(printed.filter((m) => m.person === 'Joseph Stalin').map((m) => m.text)).toContain('Filippov [Stalin]');

    const app = openCarrel({ dataDir: dir, version: 'test' });
    try {
      const [document] = await app.service.listDocuments({});
      const witness = document?.witnesses.find((w) => w.fileName.startsWith('000_'));
      const proposed = await app.service.listMentions({ witnessId: witness?.id ?? '' });
      expect(printed.map(({ personId, start, end, text }) => ({ personId, start, end, text }))).toEqual(
        proposed.map(({ personId, start, end, text }) => ({ personId, start, end, text })),
      );
    } finally {
      app.close();
    }
  });

  it('prints one tab-separated line a mention', async () => {
    const result = await carrel('mentions', 'assets/telegram/001_8ff2a0690ef0c10c.txt', '--data-dir', freshDir());
    expect(result.code).toBe(0);
    expect(result.out.split('\n')).toContainEqual(expect.stringMatching(/^Joseph Stalin\t\d+\t\d+\tFilippov \[Stalin\]$/));
  });

  it('says so in one line when the file is missing', async () => {
    const result = await carrel('mentions', '/nonexistent/notes.txt', '--data-dir', freshDir());
    expect(result.code).toBe(1);
    expect(result.err).toBe('carrel: Cannot read /nonexistent/notes.txt: there is no such file.');
  });
});
