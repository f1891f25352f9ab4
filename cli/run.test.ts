import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { backupStore } from '../db/backup.js';
import { openCarrel } from '../db/index.js';
import { cleanUpScratch, scratchFolder } from '../db/testing/scratch.js';
import { cannotWriteProtect, writeProtect } from '../db/testing/write-protect.js';
import { formatImportReport, MAX_NOTES_FILE_BYTES } from './commands/import-notes.js';
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

  it('names an unknown option in Carrel’s words and shows the usage', async () => {
    const result = await carrel('documents', '--frobnicate', '--data-dir', freshDir());
    expect(result.code).toBe(2);
    expect(result.err.split('\n')[0]).toBe('carrel: there is no option "--frobnicate".');
    expect(result.err).toContain('Usage: carrel');
    expect(result.err).not.toContain('positional');
  });

  it('says which options a command does not take, which need a value and which take none', async () => {
    const firstLine = async (...argv: string[]) => (await carrel(...argv, '--data-dir', freshDir())).err.split('\n')[0];
    expect(await firstLine('documents', '--port', '8080')).toBe('carrel: documents takes no --port option.');
    expect(await firstLine('export', '--format')).toBe('carrel: --format needs a value, as in --format VALUE.');
    expect(await firstLine('serve', '--port')).toBe('carrel: --port needs a value, as in --port 8080.');
    expect(await firstLine('people', '--json=yes')).toBe('carrel: --json takes no value.');
    expect(await firstLine('-x')).toBe('carrel: name a command.');
  });

  it('prints the usage for --help, with or without a command', async () => {
    for (const argv of [['--help'], ['help'], ['export', '--help'], ['-h']]) {
      const result = await carrel(...argv);
      expect(result.code, argv.join(' ')).toBe(0);
      expect(result.out).toMatch(/^Usage: carrel/);
    }
  });

  it('names an unknown command and shows the usage', async () => {
    const result = await carrel('frobnicate');
    expect(result.code).toBe(2);
    expect(result.err).toContain('there is no command "frobnicate"');
    expect(result.err).toContain('Usage: carrel');
  });
});

/** A 300 KB tmpfs, too small for a first run's store, or undefined where this system lets no test mount one. */
function tinyDisk(): string | undefined {
  const mountPoint = mkdtempSync(join(tmpdir(), 'carrel-tiny-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=300k', 'tmpfs', mountPoint], { stdio: 'ignore' });
    return mountPoint;
  } catch {
    return undefined;
  }
}

describe('a disk that fills on the first run', () => {
  const disk = tinyDisk();
  afterAll(() => {
    if (disk !== undefined) execFileSync('umount', [disk]);
  });

  // Mounting needs root (as in CI); elsewhere the dispatcher's SQLITE_FULL test covers the sentence's other half.
  it.skipIf(disk === undefined)('gets one sentence, and the library is set up once there is room', async () => {
    const dir = join(disk ?? '', 'library');
    const full = await carrel('documents', '--data-dir', dir);
    expect(full).toMatchObject({ code: 1, out: '' });
    expect(full.err).toBe(`carrel: The disk that holds the library (${dir}) is full, so Carrel could not set it up or bring it up to date; nothing was changed. Free some space and start Carrel again.`);
    execFileSync('mount', ['-o', 'remount,size=20m', disk ?? '']);
    const roomy = await carrel('documents', '--data-dir', dir);
    expect(roomy.code).toBe(0);
    expect(roomy.out).toMatch(/Vyshinsky to Mao Zedong/);
  });
});

describe('beside an open reading room', () => {
  it('lists, exports and finds mentions while another Carrel holds the store; writing commands are refused', async () => {
    const dir = freshDir();
    const open = openCarrel({ dataDir: dir, version: 'test' });
    try {
      expect((await carrel('documents', '--data-dir', dir)).out).toMatch(/Vyshinsky to Mao Zedong/);
      expect((await carrel('people', '--data-dir', dir)).out).toContain('Joseph Stalin');
      expect((await carrel('export', '--format', 'csv', '--data-dir', dir)).code).toBe(0);
      expect((await carrel('mentions', 'assets/telegram/000_f2d2cbb9f3cdde5d.txt', '--data-dir', dir)).out).toContain('Filippov');
      const notes = join(freshDir(), 'notes.jsonld');
      writeFileSync(notes, '{"type": "AnnotationCollection", "items": []}');
      const write = await carrel('import-notes', notes, '--data-dir', dir);
      expect(write.code).toBe(1);
      expect(write.err).toMatch(/^carrel: Carrel is already open with this data folder/);
    } finally {
      open.close();
    }
  });
});

describe('a library Carrel may not write', () => {
  afterEach(cleanUpScratch);

  it.skipIf(cannotWriteProtect)(`is refused by serve and import in one line, and still listed, searched and exported (${cannotWriteProtect ?? 'a read-only file'})`, async () => {
    const dir = scratchFolder();
    openCarrel({ dataDir: dir, version: 'test' }).close();
    writeProtect(join(dir, 'carrel.sqlite'));
    for (const write of [['serve', '--no-open'], ['import', 'assets/telegram/000_f2d2cbb9f3cdde5d.txt']]) {
      const result = await carrel(...write, '--data-dir', dir);
      expect(result).toMatchObject({ code: 1, out: '' });
      expect(result.err).toBe(`carrel: Carrel cannot write to its library ${join(dir, 'carrel.sqlite')}: the file is read-only. Nothing was changed. Give your user account permission to write it, or choose another folder with --data-dir; \`carrel documents\`, \`search\` and \`export\` can still read it.`);
    }
    expect((await carrel('documents', '--data-dir', dir)).out).toMatch(/Vyshinsky to Mao Zedong/);
    expect((await carrel('search', 'Filippov', '--data-dir', dir)).out).toMatch(/Filippov/);
    expect((await carrel('export', '--format', 'csv', '--data-dir', dir)).code).toBe(0);
  });
});

describe('carrel import, carrel text and carrel search', () => {
  it('recognises the telegram’s own record as already in the library, and prints its reading text and search hits', async () => {
    const dir = freshDir();
    const again = await carrel('import', 'assets/telegram/000_f2d2cbb9f3cdde5d.txt', '--data-dir', dir);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/^Already in the library: assets\/telegram\/000_f2d2cbb9f3cdde5d\.txt as “Cable from Vyshinsky/);
    const [document] = JSON.parse((await carrel('documents', '--json', '--data-dir', dir)).out) as Array<{ id: string }>;
    const text = await carrel('text', document?.id ?? '', '--transcription', '2', '--data-dir', dir);
    expect(text.out).toContain('Filippov [Stalin]');
    expect((await carrel('text', document?.id ?? '', '--transcription', '3', '--data-dir', dir)).err).toBe(
      'carrel: This document has 2 transcriptions; --transcription takes 1 to 2, not 3.',
    );
    const search = await carrel('search', 'reunification', '--data-dir', dir);
    expect(search.out).toMatch(/^Text:\n  Cable from Vyshinsky .* · Archive record @\d+: .*«reunification»/);
  });

  it('answers each file on its own line, goes on past one it cannot read, and exits 1 when any failed', async () => {
    const folder = freshDir();
    writeFileSync(join(folder, '.hidden.txt'), 'never read');
    const result = await carrel('import', '/dev/zero', '/nonexistent/letter.txt', folder, '--data-dir', freshDir());
    expect(result.code).toBe(1);
    expect(result.out.split('\n')).toEqual([
      'Not imported /dev/zero: Cannot read /dev/zero: it is not a regular file (a device, a pipe or a socket).',
      'Not imported /nonexistent/letter.txt: Cannot read /nonexistent/letter.txt: there is no such file.',
    ]);
    expect((await carrel('import', '--data-dir', freshDir())).err.split('\n')[0]).toBe('carrel: import takes one or more files or folders; see the usage.');
  });

  it('says in a sentence that a store is damaged when a read-only command meets a table that is gone', async () => {
    const dir = freshDir();
    openCarrel({ dataDir: dir, version: 'test' }).close();
    const db = new Database(join(dir, 'carrel.sqlite'));
    db.exec('DROP TABLE person_aliases');
    db.close();
    const result = await carrel('people', '--data-dir', dir);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^carrel: The Carrel database .*carrel\.sqlite is damaged: .*no such table: person_aliases\)\. Nothing was changed\./);
  });

  it('lists the backups Carrel keeps and puts one back in the library’s place', async () => {
    const dir = freshDir();
    expect((await carrel('restore', '--data-dir', dir)).out).toBe(`There are no backups of ${dir} yet: Carrel takes one before each upgrade of the library.`);
    const app = openCarrel({ dataDir: dir, version: 'test' });
    const backup = backupStore(app.store, 'manual', new Date('2026-12-01T10:00:00.000Z'));
    app.close();
    const name = 'carrel-20261201T100000000Z-manual.sqlite';
    expect(backup.endsWith(name)).toBe(true);
    expect((await carrel('restore', '--data-dir', dir)).out.split('\n')).toEqual([
      `Backups of ${dir}, newest first:`,
      expect.stringMatching(new RegExp(`^  ${name}  \\d+\\.\\d MB  \\(manual\\)$`)),
      'To put one in the library’s place, close Carrel and run: carrel restore NAME',
    ]);
    const restored = await carrel('restore', name, '--data-dir', dir);
    expect(restored.code).toBe(0);
    expect(restored.out).toMatch(new RegExp(`^Restored ${name} \\(taken 2026-12-01T10:00:00\\.000Z\\) as the library of .*\\. The library it replaced is kept as .*carrel-replaced-.*\\.sqlite\\.$`));
    expect((await carrel('restore', 'nothing.sqlite', '--data-dir', dir)).err).toBe(`carrel: nothing.sqlite is not one of the backups of ${dir}: \`carrel restore\` lists them.`);
  });

  it('refuses a 2 GB file without reading it, and stores nothing', async () => {
    // Sparse: the file claims its size without the disk holding it.
    const huge = join(freshDir(), 'whole-archive.pdf');
    writeFileSync(huge, '');
    truncateSync(huge, 2 * 1024 ** 3);
    const dir = freshDir();
    expect(await carrel('import', huge, '--data-dir', dir)).toEqual({ code: 1, out: `Not imported ${huge}: Cannot read ${huge}: it is larger than 100 MB.`, err: '' });
    expect(JSON.parse((await carrel('documents', '--json', '--data-dir', dir)).out)).toHaveLength(1);
  });

  it('imports every file of a folder and its subfolders, in name order, into documents that list and search', async () => {
    const folder = freshDir();
    mkdirSync(join(folder, 'week-2'));
    writeFileSync(join(folder, 'a-letter.txt'), 'A letter from Kazan\n\nThe road to the station is closed until spring.\n');
    writeFileSync(join(folder, 'week-2', 'notes.md'), '# Seminar notes\n\n- Who is *Filippov*?\n');
    const dir = freshDir();
    const result = await carrel('import', folder, '--json', '--data-dir', dir);
    expect(result.code).toBe(0);
    const outcomes = JSON.parse(result.out) as Array<{ file: string; imported: { format: string; title: string } }>;
    expect(outcomes.map(({ file, imported }) => [relative(folder, file), imported.format, imported.title])).toEqual([
      ['a-letter.txt', 'Text', 'A letter from Kazan'],
      [join('week-2', 'notes.md'), 'Markdown', 'Seminar notes'],
    ]);
    expect((await carrel('documents', '--data-dir', dir)).out).toContain('Seminar notes');
    expect((await carrel('search', 'station', '--data-dir', dir)).out).toContain('A letter from Kazan');
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

describe('carrel export and carrel import-notes', () => {
  /** A data folder whose telegram has one comment on "Filippov [Stalin]", tagged with Stalin. */
  async function annotatedDir(): Promise<string> {
    const dir = freshDir();
    const app = openCarrel({ dataDir: dir, version: 'test', userName: 'Ada Reader' });
    try {
      const [document] = await app.service.listDocuments({});
      const witnessId = document?.witnesses[0]?.id ?? '';
      const { text } = await app.service.getWitness({ witnessId });
      const start = text.indexOf('Filippov [Stalin]');
      const [stalin] = (await app.service.listPeople({})).filter((person) => person.preferredName === 'Joseph Stalin');
      await app.service.createAnnotation({ witnessId, start, end: start + 'Filippov [Stalin]'.length, note: 'The code-name.', tags: ['code-names'], people: [stalin?.id ?? ''] });
    } finally {
      app.close();
    }
    return dir;
  }

  it('prints an export on standard output', async () => {
    const result = await carrel('export', '--format', 'markdown', '--data-dir', await annotatedDir());
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^---\n/);
    expect(result.out).toContain('The code-name.');
  });

  it('writes an export to --out, or into a folder under the export’s own name, and says where', async () => {
    const dir = await annotatedDir();
    const out = join(freshDir(), 'notes.jsonld');
    const result = await carrel('export', '--format', 'jsonld', '--out', out, '--data-dir', dir);
    expect(result).toEqual({ code: 0, out: `Exported jsonld to ${out}.`, err: '' });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ type: 'AnnotationCollection', total: 1 });

    const folder = freshDir();
    const [document] = JSON.parse((await carrel('documents', '--json', '--data-dir', dir)).out) as Array<{ id: string }>;
    expect((await carrel('export', '--format', 'csv', '--document', document?.id ?? '', '--out', folder, '--data-dir', dir)).code).toBe(0);
    expect(readdirSync(folder)).toEqual([expect.stringMatching(/^1950-05-14-cable-from-vyshinsky.*\.csv$/)]);
  });

  it('names the formats in one line for an unknown or missing format', async () => {
    const unknown = await carrel('export', '--format', 'docx', '--data-dir', freshDir());
    expect(unknown).toEqual({ code: 2, out: '', err: 'carrel: --format takes one of markdown, jsonld, csv, tei, html, not "docx".' });
    const missing = await carrel('export', '--data-dir', freshDir());
    expect(missing).toEqual({ code: 2, out: '', err: 'carrel: export needs --format: one of markdown, jsonld, csv, tei, html.' });
  });

  it('says in one line that the folder to write into does not exist, and that a document is not in the library', async () => {
    const folder = join(freshDir(), 'missing');
    const result = await carrel('export', '--format', 'tei', '--out', join(folder, 'notes.xml'), '--data-dir', freshDir());
    expect(result).toEqual({ code: 1, out: '', err: `carrel: Cannot write ${join(folder, 'notes.xml')}: the folder ${folder} does not exist.` });
    const unknown = await carrel('export', '--format', 'html', '--document', 'nowhere', '--data-dir', freshDir());
    expect(unknown).toEqual({ code: 1, out: '', err: 'carrel: No document with id nowhere. It may have been deleted.' });
  });

  it('imports an export into another data folder and reports it in one line; again, it changes nothing', async () => {
    const file = join(freshDir(), 'notes.jsonld');
    await carrel('export', '--format', 'jsonld', '--out', file, '--data-dir', await annotatedDir());
    const dir = freshDir();
    const title = 'Cable from Vyshinsky to Mao Zedong, Relaying Stalin\'s Stance on Permission for North Korea to attack South Korea';
    expect(await carrel('import-notes', file, '--data-dir', dir)).toEqual({
      code: 0,
      out: `Imported 1 annotation into “${title}”: 1 added, 0 updated, 0 unchanged, 0 orphaned.`,
      err: '',
    });
    expect((await carrel('import-notes', file, '--data-dir', dir)).out).toBe(`Imported 1 annotation into “${title}”: 0 added, 0 updated, 1 unchanged, 0 orphaned.`);
  });

  it('says in one line why a notes file cannot be imported', async () => {
    const missing = await carrel('import-notes', '/nonexistent/notes.jsonld', '--data-dir', freshDir());
    expect(missing).toEqual({ code: 1, out: '', err: 'carrel: Cannot read /nonexistent/notes.jsonld: there is no such file.' });

    const truncated = join(freshDir(), 'truncated.jsonld');
    writeFileSync(truncated, '{"type": "AnnotationCollection", "first": {"items": [');
    const bad = await carrel('import-notes', truncated, '--data-dir', freshDir());
    expect(bad.code).toBe(1);
    expect(bad.err.split('\n')).toHaveLength(1);

    // Sparse: the file claims its size without the disk holding it.
    const huge = join(freshDir(), 'huge.jsonld');
    writeFileSync(huge, '');
    truncateSync(huge, MAX_NOTES_FILE_BYTES + 1);
    expect(await carrel('import-notes', huge, '--data-dir', freshDir())).toEqual({ code: 1, out: '', err: `carrel: Cannot read ${huge}: it is larger than 200 MB.` });
  });

  it('formats the report for several documents, for an empty file, and for a preview with what it would skip', () => {
    const report = { applied: true, format: 'W3C Web Annotation', added: 2, updated: 0, unchanged: 0, orphaned: 1, documents: ['A', 'B'], peopleAdded: [], skipped: [], unplaced: [], annotations: [] };
    expect(formatImportReport(report)).toBe('Imported 2 annotations into 2 documents (“A”, “B”): 2 added, 0 updated, 0 unchanged, 1 orphaned.');
    expect(formatImportReport({ ...report, added: 0, orphaned: 0, documents: [] })).toBe('The file holds no annotations; nothing was imported.');
    const preview = {
      ...report,
      applied: false,
      documents: ['A'],
      peopleAdded: ['Zhou Enlai'],
      skipped: [{ what: 'Annotation 3 (#r)', reason: 'It links annotations #a and #b: Carrel keeps notes on passages, not links between them.' }, { what: '2 annotations on https://example.org/x', reason: 'No document in the library has this address; choose one to put them on.' }],
      unplaced: [{ source: 'https://example.org/x', count: 2 }],
    };
    expect(formatImportReport(preview, { dryRun: true, strict: false }).split('\n')).toEqual([
      'Would import 2 annotations into “A”: 2 added, 0 updated, 0 unchanged, 1 orphaned; 2 skipped.',
      'Nothing was imported (--dry-run).',
      'Skipped:',
      '  Annotation 3 (#r): It links annotations #a and #b: Carrel keeps notes on passages, not links between them.',
      '  2 annotations on https://example.org/x: No document in the library has this address; choose one to put them on.',
      'People added to the registry: Zhou Enlai.',
      'To put the annotations on documents not in the library on one that is, import again with --document ID (see carrel documents).',
    ]);
  });

  it('imports notes on a document not in the library onto --document, previews with --dry-run, and refuses with --strict', async () => {
    const dir = freshDir();
    const [document] = JSON.parse((await carrel('documents', '--json', '--data-dir', dir)).out) as Array<{ id: string }>;
    const file = join(freshDir(), 'recogito.jsonld');
    const relation = { type: 'Annotation', id: '#r', motivation: 'linking', target: [{ id: '#a' }, { id: '#b' }] };
    const annotation = (id: string, exact: string) => ({ type: 'Annotation', id, bodyValue: `On ${exact}.`, target: { selector: { type: 'TextQuoteSelector', exact } } });
    writeFileSync(file, JSON.stringify([annotation('#a', 'Filippov [Stalin]'), annotation('#b', 'reunification'), relation]));
    const strict = await carrel('import-notes', file, '--strict', '--document', document?.id ?? '', '--data-dir', dir);
    expect(strict.code).toBe(1);
    expect(strict.out.split('\n').slice(0, 2)).toEqual([
      expect.stringMatching(/^Would import 2 annotations into “Cable from Vyshinsky.*”: 2 added, 0 updated, 0 unchanged, \d orphaned; 1 skipped\.$/u),
      'Nothing was imported: with --strict, nothing is imported when anything would be skipped.',
    ]);
    expect((await carrel('import-notes', file, '--dry-run', '--data-dir', dir)).out).toMatch(/^Would import 0 annotations: .*; 2 skipped\.\nNothing was imported \(--dry-run\)\./u);
    const done = await carrel('import-notes', file, '--document', document?.id ?? '', '--data-dir', dir);
    expect(done.code).toBe(0);
    expect(done.out).toMatch(/^Imported 2 annotations into .*: 2 added, .*; 1 skipped\.\nSkipped:\n  Annotation 3 \(#r\): It links/u);
  });
});
