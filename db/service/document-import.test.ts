import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportProgress } from '../../core/api.js';
import { isCarrelError } from '../../core/errors.js';
import { pdfImporter } from '../../core/importers/pdf.js';
import { readDocumentFile } from '../../core/importers/registry.js';
import { bookPdf, drawingPdf, passwordPdf } from '../../core/importers/testing/pdf/pdf-fixtures.js';
import { stopIdleWorker } from '../import-worker/file-reader.js';
import { IMPORT_LIMITS } from '../import-worker/limits.js';
import { allDocuments } from '../repositories/documents.js';
import { originalOfWitness } from '../repositories/witnesses.js';
import { seededCarrel } from '../testing/people.js';
import { cleanUpScratch } from '../testing/scratch.js';

const LIMITS = { ...IMPORT_LIMITS };

afterEach(() => {
  Object.assign(IMPORT_LIMITS, LIMITS);
  vi.restoreAllMocks();
  cleanUpScratch();
});

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

/** The code and sentence of the CarrelError `answer` rejects with, as the dispatcher would answer them. */
async function refusalOf(answer: unknown): Promise<{ code: string; message: string }> {
  const error: unknown = await Promise.resolve(answer).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!isCarrelError(error)) throw new Error(`expected a CarrelError, got ${String(error)}`);
  return { code: error.code, message: error.message };
}

/** The next turn of the event loop, after whatever it has waiting. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** A 10 MB text of 180,000 paragraphs, in base64 as the contract carries a file. */
const LONG_TEXT = base64(new TextEncoder().encode('A paragraph of a long letter, which goes on for a while.\n\n'.repeat(180_000)));
const SHORT_TEXT = base64(new TextEncoder().encode('A short letter.'));

/**
 * Starts importing `content` and, meanwhile, lists the documents five times, each on a later turn of the
 * event loop, as calls from the window come in; answers the order in which they all answered.
 */
async function callsDuringImport(app: ReturnType<typeof seededCarrel>, fileName: string, content: string): Promise<string[]> {
  const order: string[] = [];
  const importing = Promise.resolve(app.service.importDocument({ fileName, content })).then(() => order.push('import'));
  for (let call = 1; call <= 5; call += 1) {
    await nextTurn();
    order.push(`list of ${(await app.service.listDocuments({})).length}`);
  }
  await importing;
  return order;
}

const LISTS_THEN_IMPORT = ['list of 1', 'list of 1', 'list of 1', 'list of 1', 'list of 1', 'import'];

describe('importing a document on the import worker', () => {
  it('answers other calls while a 600-page PDF is being read, off this thread', async () => {
    const app = seededCarrel();
    const readHere = vi.spyOn(pdfImporter, 'read');
    const book = base64(await bookPdf(600));
    expect(await callsDuringImport(app, 'book.pdf', book)).toEqual(LISTS_THEN_IMPORT);
    // pdf.js yields between pages, so the order alone would hold on this thread too: it never ran here.
    expect(readHere).not.toHaveBeenCalled();
    expect((await app.service.listDocuments({})).map((document) => document.title)).toContain('A Generated Book');
  }, 60_000);

  it('answers other calls while a 10 MB text is being read (read on this thread, it would hold them all)', async () => {
    const app = seededCarrel();
    expect(await callsDuringImport(app, 'long.txt', LONG_TEXT)).toEqual(LISTS_THEN_IMPORT);
    expect(await app.service.listDocuments({})).toHaveLength(2);
  }, 60_000);

  it('keeps the bytes of a small file and of a large one exactly', async () => {
    const app = seededCarrel();
    const small = new TextEncoder().encode('A short letter.\n\nIn two paragraphs.\n');
    const large = new TextEncoder().encode('A longer letter, written over many lines.\n\n'.repeat(2_000));
    for (const [fileName, bytes] of [['small.txt', small], ['large.txt', large]] as const) {
      const imported = await app.service.importDocument({ fileName, content: base64(bytes) });
      const [witnessId] = imported.witnessIds;
      expect(imported).toMatchObject({ created: true, format: 'Text' });
      expect(witnessId && Buffer.from(originalOfWitness(app.store.db, witnessId) ?? []).equals(bytes)).toBe(true);
    }
  });

  it('reads two files sent at once, each into its own document', async () => {
    const app = seededCarrel();
    const [first, second] = await Promise.all(
      ['The first letter.', 'The second letter.'].map((text, index) =>
        app.service.importDocument({ fileName: `letter-${index + 1}.txt`, content: base64(new TextEncoder().encode(text)) }),
      ),
    );
    expect(first?.title).toBe('letter-1');
    expect(second?.title).toBe('letter-2');
    expect(allDocuments(app.store.db)).toHaveLength(3);
  });

  it('refuses a file the worker cannot read with the same sentence as reading it in place, and stores nothing', async () => {
    const app = seededCarrel();
    const files = [
      { fileName: 'empty.txt', bytes: new Uint8Array() },
      { fileName: 'broken.pdf', bytes: new TextEncoder().encode('%PDF-1.7\nnot a PDF at all') },
      { fileName: 'scan.pdf', bytes: await drawingPdf() },
      { fileName: 'locked.pdf', bytes: await passwordPdf() },
    ];
    for (const file of files) {
      const inPlace = await refusalOf(readDocumentFile({ fileName: file.fileName, bytes: new Uint8Array(file.bytes) }));
      const refusal = await refusalOf(app.service.importDocument({ fileName: file.fileName, content: base64(file.bytes) }));
      expect(refusal).toEqual(inPlace);
      expect(refusal.message).toContain(file.fileName);
    }
    expect(allDocuments(app.store.db)).toHaveLength(1);
  });
});

describe('the import worker’s limits', () => {
  // A worker's heap limit is set when it starts: each test starts a new one, under the limits it sets.
  beforeEach(stopIdleWorker);

  it('refuses a file whose reading needs more memory than one import is given, stores nothing, and reads the next file', async () => {
    const app = seededCarrel();
    // Enough for the worker and a short letter (so the refusal below is the long text's), not for 10 MB of text.
    IMPORT_LIMITS.heapMb = 24;
    expect(await app.service.importDocument({ fileName: 'letter.txt', content: base64(new TextEncoder().encode('A letter.')) })).toMatchObject({ created: true });
    expect(await refusalOf(app.service.importDocument({ fileName: 'long.txt', content: LONG_TEXT }))).toEqual({
      code: 'bad-request',
      message: 'long.txt could not be read: it needs more memory than Carrel gives one import.',
    });
    expect(allDocuments(app.store.db)).toHaveLength(2);

    IMPORT_LIMITS.heapMb = LIMITS.heapMb;
    expect(await app.service.importDocument({ fileName: 'short.txt', content: SHORT_TEXT })).toMatchObject({ created: true, title: 'short' });
  }, 60_000);

  it('stops reading a file that takes longer than one import is given, stores nothing, and reads the next file', async () => {
    const app = seededCarrel();
    IMPORT_LIMITS.readSeconds = 0.05;
    expect(await refusalOf(app.service.importDocument({ fileName: 'long.txt', content: LONG_TEXT }))).toEqual({
      code: 'bad-request',
      message: 'long.txt took longer than 0.05 seconds to read, so Carrel stopped reading it.',
    });
    expect(allDocuments(app.store.db)).toHaveLength(1);

    IMPORT_LIMITS.readSeconds = LIMITS.readSeconds;
    expect(await app.service.importDocument({ fileName: 'short.txt', content: SHORT_TEXT })).toMatchObject({ created: true, title: 'short' });
  }, 60_000);
});

describe('following and cancelling an import', () => {
  /** Polls importProgress until `done` holds of it, as the window's progress bar does. */
  async function progressUntil(app: ReturnType<typeof seededCarrel>, importId: string, done: (progress: ImportProgress) => boolean): Promise<ImportProgress[]> {
    const seen: ImportProgress[] = [];
    for (;;) {
      const progress = await app.service.importProgress({ importId });
      seen.push(progress);
      if (done(progress)) return seen;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  it('says how many of a PDF’s pages have been read, then forgets the import once it is stored', async () => {
    const app = seededCarrel();
    const importing = app.service.importDocument({ fileName: 'book.pdf', content: base64(await bookPdf(120)), importId: 'book' });
    const seen = await progressUntil(app, 'book', (progress) => progress.stage === 'reading' && progress.done >= 10);
    expect(seen.at(-1)).toMatchObject({ stage: 'reading', total: 120 });
    await importing;
    expect(await app.service.importProgress({ importId: 'book' })).toEqual({ stage: 'unknown', done: 0, total: 0 });
  }, 60_000);

  it('stops a PDF in the middle of its pages, stores nothing of it, and reads the next file', async () => {
    const app = seededCarrel();
    const importing = refusalOf(app.service.importDocument({ fileName: 'book.pdf', content: base64(await bookPdf(600)), importId: 'book' }));
    await progressUntil(app, 'book', (progress) => progress.done >= 5);
    expect(await app.service.cancelImport({ importId: 'book' })).toEqual({ cancelled: true });
    expect(await importing).toEqual({ code: 'cancelled', message: 'The import of book.pdf was cancelled; nothing of it was stored.' });
    expect(allDocuments(app.store.db)).toHaveLength(1);
    expect(await app.service.importDocument({ fileName: 'short.txt', content: SHORT_TEXT })).toMatchObject({ created: true, title: 'short' });
  }, 60_000);

  it('refuses a file whose import was cancelled before it arrived, and takes the same file again under a new name', async () => {
    const app = seededCarrel();
    expect(await app.service.cancelImport({ importId: 'early' })).toEqual({ cancelled: true });
    expect(await refusalOf(app.service.importDocument({ fileName: 'short.txt', content: SHORT_TEXT, importId: 'early' }))).toMatchObject({ code: 'cancelled' });
    expect(allDocuments(app.store.db)).toHaveLength(1);
    expect(await app.service.importDocument({ fileName: 'short.txt', content: SHORT_TEXT, importId: 'again' })).toMatchObject({ created: true });
  });
});
