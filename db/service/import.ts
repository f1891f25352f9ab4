/**
 * Importing notes from another tool or another Carrel (core/import reads the file): everything that can
 * come in does, in one transaction and one step of undo; what cannot is listed with its reason. The
 * whole import runs on the import worker, over a connection of its own (db/import-worker): the file read
 * and its passages found (import-plan.ts) before the transaction, then the writes, through the change log
 * (edits.ts) like the reader's own, the search indexes caught up once at the end. Meanwhile this thread
 * answers the reader's calls, and reads see the library as it was until the import commits.
 * Idempotent, because annotation ids are UUIDs: an annotation already here as the file has it is left
 * alone, one that differs is updated, a new one added. A preview runs the same transaction and rolls it
 * back, so what it says is what the import does.
 */
import { MAX_IMPORT_LENGTH, type CarrelService, type ImportReport } from '../../core/api.js';
import { Annotation } from '../../core/annotation/model.js';
import { CarrelError } from '../../core/errors.js';
import { objectOf, type ImportedAnnotation, type SkippedEntry } from '../../core/import/records.js';
import { importNotesInWorker } from '../import-worker/file-reader.js';
import { annotationById, annotationIdsAmong, documentNoteOf } from '../repositories/annotations.js';
import { categoryById, categoryByName } from '../repositories/categories.js';
import { withDeferredIndex, type Written } from '../repositories/deferred-index.js';
import { documentById } from '../repositories/documents.js';
import type { Db } from '../repositories/prepared.js';
import { DEFAULT_CATEGORY } from './categories.js';
import type { ServiceContext } from './context.js';
import { asOneStep, saveChange, saveCreations } from './edits.js';
import { planNotes, plannedNotes, type NotesPlan, type PlannedNote, type PlannedPassage } from './import-plan.js';
import { readsOrphaned } from './import-places.js';
import { peopleResolver, type ResolvedPeople } from './import-people.js';
import { currentCreator, signatureName } from './profile.js';

/** What happened to one annotation that came in. */
type Outcome = ImportReport['annotations'][number]['outcome'];

/** How many times a file is planned again when the library's texts changed under its plan, before the reader is told. */
const PLANS = 3;

/** Thrown inside the transaction to roll back a preview (or a strict import with something skipped), carrying its report out. */
class RolledBack {
  constructor(readonly report: ImportReport) {}
}

/** An import of notes as the worker runs it: the file, where notes go that name no document here, and how to write them. */
export interface NotesImport {
  content: string;
  fallback: string | undefined;
  dryRun: boolean;
  strict: boolean;
}

/** importNotes. A file Carrel cannot read as annotations at all fails with a CarrelError and changes nothing. */
export function importService({ store, ids, userName }: ServiceContext): Pick<CarrelService, 'importNotes'> {
  const { db } = store;
  return {
    importNotes: async ({ content, dryRun = false, strict = false, documentId }) => {
      // The contract's schema refuses this too; the CLI calls the service without it.
      if (content.length > MAX_IMPORT_LENGTH) throw new CarrelError('bad-request', 'This file is too large to import (over 50 MB).');
      if (documentId !== undefined && !documentById(db, documentId)) throw new CarrelError('not-found', `There is no document ${documentId} in the library to put the notes on.`);
      return importNotesInWorker({ content, fallback: documentId, dryRun, strict }, { storeFile: store.file, at: ids.now().toISOString(), userName });
    },
  };
}

/**
 * Imports the notes as one transaction on `context`'s connection (the import worker's), planned first
 * outside it; answers the report. Throws CarrelError('bad-request') for a file that cannot be read as notes.
 */
export function importNotesInto(context: ServiceContext, { content, fallback, dryRun, strict }: NotesImport): ImportReport {
  const { db } = context.store;
  for (let plans = 1; plans <= PLANS; plans++) {
    const report = writePlan(context, planNotes(db, content, fallback), context.ids.now(), { dryRun, strict });
    if (report) return report;
  }
  throw new CarrelError('conflict', 'The library’s transcriptions kept changing while the notes were being placed, so nothing was imported. Import the file again.');
}

/**
 * Writes the plan in one transaction and answers its report; rolls it back for a preview, or a strict
 * import with something skipped. Undefined, nothing written, when a transcription the plan was made on
 * has changed since (re-read in another encoding, its document deleted): the plan is out of date.
 */
function writePlan(context: ServiceContext, plan: NotesPlan, at: Date, { dryRun, strict }: { dryRun: boolean; strict: boolean }): ImportReport | undefined {
  const { db } = context.store;
  try {
    return db
      .transaction(() => {
        const notes = plannedNotes(db, plan);
        if (!notes) return undefined;
        const report = asOneStep(db, describeImport, () => withDeferredIndex(db, () => applyPlan(context, plan, notes, at)));
        if (dryRun || (strict && report.skipped.length > 0)) throw new RolledBack(report);
        return report;
      })
      .immediate();
  } catch (error) {
    if (error instanceof RolledBack) return { ...error.report, applied: false };
    throw error;
  }
}

/** An import as a step of undo: "import of 12 annotations". */
function describeImport({ added, updated }: ImportReport): string {
  const changed = added + updated;
  return `import of ${changed.toLocaleString('en')} ${changed === 1 ? 'annotation' : 'annotations'}`;
}

/** Writes the plan (inside the import's transaction); answers the report and the ids of the annotations written. */
function applyPlan(context: ServiceContext, plan: NotesPlan, notes: readonly PlannedNote[], at: Date): { result: ImportReport; written: Written } {
  const report: ImportReport = {
    applied: true,
    format: plan.format,
    added: 0,
    updated: 0,
    unchanged: 0,
    orphaned: 0,
    documents: [],
    peopleAdded: [],
    skipped: [...plan.skipped],
    unplaced: plan.unplaced,
    annotations: [],
  };
  const { db } = context.store;
  const present = annotationIdsAmong(db, notes.map((note) => note.record.id));
  const resolvers: Resolvers = {
    existing: (id) => (present.has(id) ? annotationById(db, id) : undefined),
    peopleOf: peopleResolver(context, at, report.peopleAdded),
    categoryOf: categoryFinder(db),
  };
  const written = { added: [] as string[], updated: [] as string[] };
  // New passages are saved together at the end, table by table; document notes at once (one a document).
  const created: Annotation[] = [];
  for (const note of notes) {
    const stored = note.passage ? importPassage(context, note, note.passage, resolvers, at, created) : importDocumentNote(context, note, resolvers, at);
    report.skipped.push(...stored.skipped);
    if (stored.outcome === undefined) continue;
    report[stored.outcome] += 1;
    if (stored.orphaned) report.orphaned += 1;
    report.annotations.push({ id: stored.id, outcome: stored.outcome, orphaned: stored.orphaned });
    if (stored.outcome !== 'unchanged') written[stored.outcome].push(stored.id);
    if (!report.documents.includes(note.document.title)) report.documents.push(note.document.title);
  }
  saveCreations(db, created, at);
  return { result: report, written };
}

/** What storing one note did: its outcome (none when it was skipped), and what of it was skipped. */
interface Stored {
  id: string;
  outcome?: Outcome;
  orphaned: boolean;
  skipped: SkippedEntry[];
}

/** What an import looks up in the library for each record: the annotation already here, its people (added when missing) and its colour. */
interface Resolvers {
  existing: (id: string) => Annotation | undefined;
  peopleOf: (references: ImportedAnnotation['people'], label: string) => ResolvedPeople;
  categoryOf: (record: ImportedAnnotation) => { id: string; skipped: SkippedEntry[] };
}

/** Stores a passage annotation from the file: added, updated when it differs from the one here, else unchanged. */
function importPassage(
  context: ServiceContext,
  { record, document }: PlannedNote,
  passage: PlannedPassage,
  { existing: existingWith, peopleOf, categoryOf }: Resolvers,
  at: Date,
  created: Annotation[],
): Stored {
  const { db } = context.store;
  const existing = existingWith(record.id);
  if (existing && (existing.documentId !== document.id || !existing.target)) {
    return skipped(record, 'It is already in the library, on another document or as a note on a whole document; an annotation cannot move.');
  }
  // A passage the file cannot place does not move an annotation the library has placed.
  const keep = existing?.target && passage.orphaned ? existing.target : undefined;
  const target = keep ?? passage.target;
  const witness = document.witnesses.find((candidate) => candidate.witnessId === target.witnessId);
  const orphaned = keep && witness ? readsOrphaned(witness, keep) : passage.orphaned;
  const people = peopleOf(record.people, record.label);
  const category = categoryOf(record);
  const annotation = annotationFrom(context, record, { documentId: document.id, target, category: category.id, people: people.ids }, existing, at);
  const skippedParts = [...people.skipped, ...category.skipped];
  if (!existing) {
    created.push(annotation);
    return { id: record.id, outcome: 'added', orphaned, skipped: skippedParts };
  }
  return { id: record.id, outcome: store(db, existing, annotation, record.modified === undefined, at), orphaned, skipped: skippedParts };
}

/**
 * Stores a note on the whole document from the file. A document has one note: when the reader's own
 * note is there under another id, the imported text is added below it (once: a note that already holds
 * it is left alone), so that neither is lost.
 */
function importDocumentNote(context: ServiceContext, { record, document }: PlannedNote, { existing: existingWith, peopleOf, categoryOf }: Resolvers, at: Date): Stored {
  const { db } = context.store;
  const existing = existingWith(record.id);
  if (existing && (existing.documentId !== document.id || existing.target)) {
    return skipped(record, 'It is already in the library, on another document or on a passage; an annotation cannot move.');
  }
  const own = existing ?? documentNoteOf(db, document.id);
  if (own && own.id !== record.id) {
    const imported = record.note.trim();
    if (imported === '' || own.note.includes(imported)) return { id: own.id, outcome: 'unchanged', orphaned: false, skipped: [] };
    const joined = Annotation.safeParse({ ...own, note: `${own.note.trimEnd()}\n\n${imported}` });
    if (!joined.success) return skipped(record, `It cannot be added to the note on “${document.title}”: ${joined.error.issues[0]?.message ?? 'the note would not be valid'}`);
    return { id: own.id, outcome: store(db, own, joined.data, true, at), orphaned: false, skipped: [] };
  }
  const people = peopleOf(record.people, record.label);
  const category = categoryOf(record);
  const annotation = annotationFrom(context, record, { documentId: document.id, target: undefined, category: category.id, people: people.ids }, existing, at);
  return { id: record.id, outcome: store(db, existing, annotation, record.modified === undefined, at), orphaned: false, skipped: [...people.skipped, ...category.skipped] };
}

/** A note that does not come in. */
function skipped(record: ImportedAnnotation, reason: string): Stored {
  return { id: record.id, orphaned: false, skipped: [{ what: record.label, reason }] };
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
 * The annotation a record describes. What the file leaves out (creator, times) is taken from the
 * annotation already here, so that importing a sparse file twice changes nothing; else the reader's name
 * and the import's time. A category is found by id or name (case aside), else the default colour, which
 * the report mentions. Not parsed with the model's schema again: every part was checked where it was
 * read (the id, note, tags and links in core/import, the passage where it was found, the people in the
 * registry), and that parse was a fifth of an import of 10,000 notes. Keys in the model's order, as the
 * store reads them back: an annotation already here is compared by its JSON.
 */
function annotationFrom(
  context: ServiceContext,
  record: ImportedAnnotation,
  found: Pick<Annotation, 'documentId' | 'target' | 'category' | 'people'>,
  existing: Annotation | undefined,
  at: Date,
): Annotation {
  const created = isoTime(record.created) ?? existing?.created ?? at.toISOString();
  const modified = isoTime(record.modified) ?? existing?.modified ?? created;
  return {
    id: record.id,
    documentId: found.documentId,
    ...(found.target && { target: found.target }),
    motivation: record.motivation,
    note: record.note,
    tags: record.tags,
    category: found.category,
    people: found.people,
    ...(record.entities.length > 0 && { entities: record.entities }),
    creator: signatureName(record.creator) ?? existing?.creator ?? currentCreator(context.store.db, context.userName),
    created,
    // The store refuses a modification before the creation; a file may say so.
    modified: modified < created ? created : modified,
  };
}

/**
 * A function answering the colour a record names: by Carrel's id when the file is Carrel's (so a colour
 * renamed on either side still matches), else by name (case aside), else the default colour, said in the
 * report. Each id and name is looked up once: a file names a few colours thousands of times.
 */
function categoryFinder(db: Db): (record: ImportedAnnotation) => { id: string; skipped: SkippedEntry[] } {
  const found = new Map<string, string | undefined>();
  return ({ categoryId, categoryName, label }) => {
    const name = categoryName?.trim();
    const key = `${categoryId ?? ''}\n${name ?? ''}`;
    if (!found.has(key)) {
      const byId = categoryId === undefined ? undefined : categoryById(db, categoryId);
      found.set(key, byId?.id ?? (name ? categoryByName(db, name)?.id : undefined));
    }
    const id = found.get(key);
    if (id !== undefined) return { id, skipped: [] };
    const skipped = name ? [{ what: `The colour “${name}” of ${objectOf(label)}`, reason: 'This library has no colour of that name; the annotation has the default colour.' }] : [];
    return { id: DEFAULT_CATEGORY, skipped };
  };
}

/**
 * A time in the store's own spelling on a day every month has: it reads back as itself, so it is taken
 * without a Date. Most files' times are so (Carrel's, Hypothesis's), and the Date's round trip for each
 * was a thirtieth of an import; the 29th to the 31st, which may roll into the next month, go the long way.
 */
const STORED_TIME = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/u;

/** A time as the store writes it (ISO 8601 in UTC), or undefined for a missing or unreadable one. */
function isoTime(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (STORED_TIME.test(value)) return value;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return undefined;
  const iso = new Date(ms).toISOString();
  // Years beyond 9999 are written "+010000-…", which the store refuses as a date.
  return /^\d{4}-/u.test(iso) ? iso : undefined;
}
