/**
 * Importing notes from a W3C Web Annotation file (Carrel's own JSON-LD export, or another tool's): all or
 * nothing, in one transaction, and idempotent, because annotation ids are UUIDs: an annotation already
 * here as it is in the file is left alone, one that differs is updated, a new one added. Each write goes
 * through the change log (edits.ts) like the reader's own, and the whole import is one step of undo.
 */
import { MAX_IMPORT_LENGTH, type CarrelService, type ImportReport } from '../../core/api.js';
import { Annotation } from '../../core/annotation/model.js';
import { CarrelError } from '../../core/errors.js';
import { readAnnotationFile, type ImportedAnnotation } from '../../core/import/jsonld.js';
import { annotationById, documentNoteOf } from '../repositories/annotations.js';
import { categoryById, categoryByName } from '../repositories/categories.js';
import type { Db } from '../repositories/prepared.js';
import { DEFAULT_CATEGORY } from './categories.js';
import type { ServiceContext } from './context.js';
import { asOneStep, saveChange } from './edits.js';
import { libraryDestinations, placePassage } from './import-places.js';
import { peopleResolver } from './import-people.js';
import { currentCreator, signatureName } from './profile.js';

/** Most annotations one import takes: ten times a busy seminar's notes on a document, and a few seconds' work. */
export const MAX_IMPORTED_ANNOTATIONS = 100_000;

/** What happened to one record. */
type Outcome = 'added' | 'updated' | 'unchanged';

/** importNotes. A file Carrel cannot read, or that names a document not in the library, fails with a CarrelError and changes nothing. */
export function importService(context: ServiceContext): Pick<CarrelService, 'importNotes'> {
  const { store, ids } = context;
  const { db } = store;
  return {
    importNotes: ({ content }) => {
      // The contract's schema refuses this too; the CLI calls the service without it.
      if (content.length > MAX_IMPORT_LENGTH) throw new CarrelError('bad-request', 'This file is too large to import (over 50 MB).');
      // Read before the transaction: parsing a large file is slow, and the write lock need not wait for it.
      const records = readAnnotationFile(content);
      if (records.length > MAX_IMPORTED_ANNOTATIONS) {
        throw new CarrelError(
          'bad-request',
          `This file holds ${records.length.toLocaleString('en')} annotations; Carrel imports at most ${MAX_IMPORTED_ANNOTATIONS.toLocaleString('en')} at a time. Split it and import the parts. Nothing was imported.`,
        );
      }
      return db.transaction(() => asOneStep(db, describeImport, () => importRecords(context, records, ids.now()))).immediate();
    },
  };
}

/** An import as a step of undo: "import of 12 annotations". */
function describeImport({ added, updated }: ImportReport): string {
  const changed = added + updated;
  return `import of ${changed.toLocaleString('en')} ${changed === 1 ? 'annotation' : 'annotations'}`;
}

function importRecords(context: ServiceContext, records: readonly ImportedAnnotation[], at: Date): ImportReport {
  const { db } = context.store;
  const destinationOf = libraryDestinations(db);
  const peopleOf = peopleResolver(context, at);
  const report: ImportReport = { added: 0, updated: 0, unchanged: 0, orphaned: 0, documents: [] };
  records.forEach((record, index) => {
    const n = index + 1;
    const destination = destinationOf(record, n);
    const isNote = !record.quote && !record.position;
    const placed = isNote ? undefined : placePassage(destination, record.quote, record.position, n);
    const fields: Fields = { ...record, documentId: destination.document.id, target: placed?.target, people: peopleOf(record.people, n) };
    const outcome = isNote ? importDocumentNote(context, fields, n, at) : importPassage(context, fields, n, at);
    report[outcome] += 1;
    if (placed?.orphaned) report.orphaned += 1;
    if (!report.documents.includes(destination.document.title)) report.documents.push(destination.document.title);
  });
  return report;
}

/** A record with its place in this library found and its people resolved to registry ids. */
interface Fields extends Omit<ImportedAnnotation, 'people' | 'source' | 'witnessId' | 'quote' | 'position'> {
  documentId: string;
  target: Annotation['target'];
  people: string[];
}

/** Stores a passage annotation from the file: added, updated when it differs from the one here, else unchanged. */
function importPassage(context: ServiceContext, fields: Fields, n: number, at: Date): Outcome {
  const existing = annotationById(context.store.db, fields.id);
  if (existing && (existing.documentId !== fields.documentId || !existing.target)) {
    throw new CarrelError('conflict', `Annotation ${n} (${fields.id}) is already in the library on another document or as a document note; an annotation cannot move. Nothing was imported.`);
  }
  return store(context.store.db, existing, annotationFrom(context, fields, existing, n, at), fields.modified === undefined, at);
}

/**
 * Stores a note on the whole document from the file. A document has one note: when the reader's own
 * note is there under another id, the imported text is added below it (once: a note that already holds
 * it is left alone), so that neither is lost.
 */
function importDocumentNote(context: ServiceContext, fields: Fields, n: number, at: Date): Outcome {
  const { db } = context.store;
  const existing = annotationById(db, fields.id);
  if (existing && (existing.documentId !== fields.documentId || existing.target)) {
    throw new CarrelError('conflict', `Annotation ${n} (${fields.id}) is already in the library on another document or on a passage; an annotation cannot move. Nothing was imported.`);
  }
  const own = existing ?? documentNoteOf(db, fields.documentId);
  if (own && own.id !== fields.id) {
    const imported = fields.note.trim();
    if (imported === '' || own.note.includes(imported)) return 'unchanged';
    return store(db, own, checked({ ...own, note: `${own.note.trimEnd()}\n\n${imported}` }, n), true, at);
  }
  return store(db, existing, annotationFrom(context, fields, existing, n, at), fields.modified === undefined, at);
}

/**
 * Adds or updates the annotation through the change log, unless it is already stored exactly so. An
 * update the file gives no time for (`undated`) is dated `at`, as the reader's own edits are.
 */
function store(db: Db, existing: Annotation | undefined, annotation: Annotation, undated: boolean, at: Date): Outcome {
  if (!existing) {
    saveChange(db, undefined, annotation, at);
    return 'added';
  }
  if (JSON.stringify(existing) === JSON.stringify(annotation)) return 'unchanged';
  const stamp = at.toISOString();
  saveChange(db, existing, undated && stamp > annotation.created ? { ...annotation, modified: stamp } : annotation, at);
  return 'updated';
}

/**
 * The annotation a record describes, checked against the model. What the file leaves out (creator,
 * times) is taken from the annotation already here, so that importing a sparse file twice changes
 * nothing; else the reader's name and the import's time. A category is found by name (case aside) or
 * id, else the default colour.
 */
function annotationFrom(context: ServiceContext, fields: Fields, existing: Annotation | undefined, n: number, at: Date): Annotation {
  const { db } = context.store;
  const created = isoTime(fields.created) ?? existing?.created ?? at.toISOString();
  const modified = isoTime(fields.modified) ?? existing?.modified ?? created;
  return checked(
    {
      id: fields.id,
      documentId: fields.documentId,
      ...(fields.target && { target: fields.target }),
      motivation: fields.motivation,
      note: fields.note,
      tags: [...new Set(fields.tags.map((tag) => tag.trim()))],
      category: categoryOf(db, fields),
      people: fields.people,
      creator: signatureName(fields.creator) ?? existing?.creator ?? currentCreator(db, context.userName),
      created,
      // The store refuses a modification before the creation; a file may say so.
      modified: modified < created ? created : modified,
    },
    n,
  );
}

/** The annotation as the model shapes it (its keys in one order, so that two states compare as JSON); CarrelError('bad-request') naming the problem. */
function checked(annotation: Annotation, n: number): Annotation {
  const parsed = Annotation.safeParse(annotation);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
  throw new CarrelError('bad-request', `Annotation ${n} cannot be imported${where}: ${issue?.message.replace(/\.$/u, '') ?? 'it is not valid'}. Nothing was imported.`);
}

/**
 * The colour a record names: by Carrel's id when the file is Carrel's (so a colour renamed on either
 * side still matches), else by name (case aside), else the default colour.
 */
function categoryOf(db: Db, { categoryId, categoryName }: Pick<ImportedAnnotation, 'categoryId' | 'categoryName'>): string {
  const byId = categoryId === undefined ? undefined : categoryById(db, categoryId);
  const byName = categoryName?.trim() ? categoryByName(db, categoryName.trim()) : undefined;
  return byId?.id ?? byName?.id ?? DEFAULT_CATEGORY;
}

/** A time as the store writes it (ISO 8601 in UTC), or undefined for a missing or unreadable one. */
function isoTime(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return undefined;
  const iso = new Date(ms).toISOString();
  // Years beyond 9999 are written "+010000-…", which the store refuses as a date.
  return /^\d{4}-/u.test(iso) ? iso : undefined;
}
