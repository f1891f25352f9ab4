/**
 * Importing a long plain-text file (issue 14, "Measured"): a generated 10 MB file of Russian archival
 * prose in paragraphs, once in UTF-8 (LF line ends) and once in Windows-1251 (CRLF, as such files come
 * from Windows), each imported through the service's importDocument into a fresh store, encoding
 * detected as the reader's import does. Beside it, the baseline: the same bytes decoded (TextDecoder for
 * UTF-8, iconv-lite for Windows-1251, the encoding given rather than detected) and split into paragraphs
 * at blank lines, which is the least any import of the file does. Also printed: the importer alone
 * (decoding and finding paragraphs, nothing stored); a bare store of the same, the floor for keeping the
 * file searchable (the bytes and the text in one row, and the text in an FTS5 index tokenised as
 * witness_text is, one transaction); and the peak memory of each in a fresh process.
 */
import Database from 'better-sqlite3';
import iconv from 'iconv-lite';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocumentFile } from '../core/importers/registry.js';
import { importIntoFreshStore, importTask, size, type ImportOutcome } from './import-runs.js';
import { peakLine, peakMemory } from './peak-memory.js';
import { seededRandom } from './random.js';
import { ms } from './stats.js';
import { medians, ratios, runsList, timed, timedInTurns, type Timing } from './turns.js';

/** Each file's size in its own encoding. */
const FILE_BYTES = 10_000_000;
const RUNS = 5;

const WORDS = (
  'и в не на что с по к о из за от до как для при товарищ товарищи вопрос вопросу предложение телеграмма телеграммы ' +
  'беседа решение соглашение положение международный корейский китайский советский посольство копия правительство ' +
  'министр министерство иностранных дел ответ ответил сообщает сообщил просит просил согласие согласен делегация ' +
  'переговоры договор союз дружбы взаимной помощи комитет секретарь совет документ архив фонд опись дело лист ' +
  'обсуждение окончательно решен должен быть китайскими корейскими совместно случае несогласия отложен нового ' +
  'ситуация изменилась обстановкой объединению Пекин Москва Пхеньян Мао Цзэдун Сталин Филиппов Вышинский Рощин Ким Ир Сен'
).split(' ');

/** Lines are wrapped as a typist's file is, within this many characters. */
const LINE_WIDTH = 72;

/**
 * Generated prose, the same for the same seed, encoded by `encode` to at least `bytes` (the last
 * paragraph finished, never cut inside a character): a title line, then paragraphs of three to nine
 * sentences with dates and file references among the words, wrapped at LINE_WIDTH, parted by blank lines.
 */
function generatedProse(seed: number, bytes: number, encode: (text: string) => Uint8Array, lineEnd: string): Uint8Array {
  const random = seededRandom(seed);
  const word = () => WORDS[Math.floor(random() * WORDS.length)] ?? 'и';
  const sentence = () => {
    const words = Array.from({ length: 6 + Math.floor(random() * 14) }, word);
    if (random() < 0.1) words.push(`${1 + Math.floor(random() * 28)} мая 1950 г.`);
    if (random() < 0.05) words.push(`(ф. 45, оп. 1, д. ${300 + Math.floor(random() * 400)}, л. ${1 + Math.floor(random() * 120)})`);
    const text = words.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const wrap = (paragraph: string) => {
    const lines: string[] = [];
    let line = '';
    for (const part of paragraph.split(' ')) {
      if (line !== '' && line.length + 1 + part.length > LINE_WIDTH) {
        lines.push(line);
        line = part;
      } else line = line === '' ? part : `${line} ${part}`;
    }
    lines.push(line);
    return lines.join(lineEnd);
  };
  const title = 'Шифртелеграммы и записи бесед, 1950 год';
  const parts = [title];
  let encodedLength = encode(title).length;
  while (encodedLength < bytes) {
    const paragraph = wrap(Array.from({ length: 3 + Math.floor(random() * 7) }, sentence).join(' '));
    parts.push(paragraph);
    // The blank line before it is ASCII, a byte a character in both encodings.
    encodedLength += encode(paragraph).length + 2 * lineEnd.length;
  }
  return encode(parts.join(lineEnd + lineEnd) + lineEnd);
}

/** The files: the same kind of prose, each generated to 10 MB in its own encoding. */
function files(): { label: string; fileName: string; bytes: Uint8Array; decode: (bytes: Uint8Array) => string }[] {
  const utf8 = new TextEncoder();
  return [
    {
      label: 'UTF-8, LF',
      fileName: 'cables-utf8.txt',
      bytes: generatedProse(14, FILE_BYTES, (text) => utf8.encode(text), '\n'),
      decode: (bytes) => new TextDecoder('utf-8').decode(bytes),
    },
    {
      label: 'Windows-1251, CRLF',
      fileName: 'cables-1251.txt',
      bytes: generatedProse(1251, FILE_BYTES, (text) => iconv.encode(text, 'windows-1251'), '\r\n'),
      decode: (bytes) => iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1251'),
    },
  ];
}

/** The baseline: decode in the known encoding, split at blank lines; answers the paragraphs found. */
function decodeAndSplit(bytes: Uint8Array, decode: (bytes: Uint8Array) => string): number {
  return decode(bytes).split(/\r?\n[ \t]*\r?\n/u).length;
}

/**
 * The floor for storing the file searchable: its bytes and text in one row of a new SQLite file (WAL and
 * synchronous=NORMAL, as the store opens), the text also in an FTS5 table tokenised as witness_text is,
 * in one transaction. Creating the file is not timed.
 */
async function bareStore(path: string, bytes: Uint8Array, text: string): Promise<Timing> {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec(
      "CREATE TABLE files (original BLOB NOT NULL, text TEXT NOT NULL); CREATE VIRTUAL TABLE file_text USING fts5 (text, tokenize = 'unicode61 remove_diacritics 2')",
    );
    const insertFile = db.prepare('INSERT INTO files (original, text) VALUES (?, ?)');
    const insertText = db.prepare('INSERT INTO file_text (text) VALUES (?)');
    return await timed(() =>
      db.transaction(() => {
        insertFile.run(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), text);
        insertText.run(text);
      })(),
    );
  } finally {
    db.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  }
}

/** Memory task: import the text file at the path into a fresh store. */
export const importTextTask = importTask('cables.txt', { fileName: 'warm-up.txt', bytes: new TextEncoder().encode('A short letter.\n') });

/** Memory task: the baseline on the file at the path (Windows-1251 when its name says so). */
export async function decodeAndSplitTask(inputPath: string): Promise<() => Promise<unknown>> {
  const bytes = readFileSync(inputPath);
  const decode = inputPath.includes('1251') ? (input: Uint8Array) => iconv.decode(Buffer.from(input), 'windows-1251') : (input: Uint8Array) => new TextDecoder().decode(input);
  return async () => decodeAndSplit(bytes, decode);
}

/** Generates both files, times them in turns, measures their memory; the lines `npm run bench -- import-text` prints. */
export async function importTextReport(): Promise<string[]> {
  const lines = [
    `Import a 10 MB plain-text file: importDocument into a fresh store (encoding detected), beside decoding the same bytes in their known encoding`,
    '  (TextDecoder for UTF-8, iconv-lite for Windows-1251) and splitting paragraphs at blank lines; medians of runs taken in turns;',
    '  peak memory is the high-water mark of the resident set of a fresh process doing only that one run',
    '  (Node, the store and the import path already loaded: RSS before it shown), and that run\'s time in its fresh process',
  ];
  const folder = mkdtempSync(join(tmpdir(), 'carrel-bench-text-'));
  try {
    for (const { label, fileName, bytes, decode } of files()) {
      const path = join(folder, fileName);
      writeFileSync(path, bytes);
      const content = Buffer.from(bytes).toString('base64');
      const file = { fileName, bytes: Buffer.from(bytes) };
      let outcome: ImportOutcome | undefined;
      let paragraphs = 0;
      const decoded = decode(bytes);
      const [importMs = [], baselineMs = [], readerMs = [], bareStoreMs = []] = await timedInTurns(RUNS, 1, [
        async () => {
          outcome = await importIntoFreshStore(fileName, content);
          return outcome;
        },
        () => timed(() => (paragraphs = decodeAndSplit(bytes, decode))),
        () => timed(() => readDocumentFile(file)),
        () => bareStore(join(folder, 'bare.sqlite'), bytes, decoded),
      ]);
      const floor = bareStoreMs.map((store, i) => ({ ms: store.ms + (baselineMs[i]?.ms ?? 0), cpuMs: store.cpuMs + (baselineMs[i]?.cpuMs ?? 0) }));
      const importMemory = await peakMemory(import.meta.url, 'importTextTask', path);
      const baselineMemory = await peakMemory(import.meta.url, 'decodeAndSplitTask', path);
      lines.push(
        `  ${label} (${size(bytes.length)}; read as ${outcome?.encoding ?? '?'}: ${(outcome?.characters ?? 0).toLocaleString('en')} characters, ` +
          `${(outcome?.blocks ?? 0).toLocaleString('en')} paragraphs; the baseline splits ${paragraphs.toLocaleString('en')}), median of ${RUNS}:`,
        `    import ${medians(importMs)}  decode + split ${medians(baselineMs)}  ratio ${ratios(importMs, baselineMs)}`,
        `    runs: import ${runsList(importMs)}, decode + split ${runsList(baselineMs)}`,
        `    the importer alone on this thread (detect, decode, paragraphs; nothing stored): ${medians(readerMs)} ${runsList(readerMs)}`,
        `    bare store of the same (bytes + text in one row, text in FTS5, one transaction): ${medians(bareStoreMs)} ${runsList(bareStoreMs)}`,
        `    import / (decode + split + bare store, summed run by run): ${ratios(importMs, floor)}`,
        `    peak memory (${importMemory.method}): import ${peakLine(importMemory)}, ${ms(importMemory.ms)} in it; baseline ${peakLine(baselineMemory)}, ${ms(baselineMemory.ms)} in it`,
      );
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return lines;
}
