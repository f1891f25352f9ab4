/**
 * The contract between the reading room's UI and its store: every method the renderer may call, with one
 * schema for its arguments and one for its result. The Electron preload and the loopback host both carry
 * exactly these calls to one dispatcher (db/dispatch.ts); nothing else crosses.
 */
import { z } from 'zod';
import { Anchor, AnchoredAnnotation, AnnotationId, Category, Motivation, Note, Tag, MAX_ANNOTATIONS_PER_READ, MAX_TAGS } from './annotation/model.js';
import { FIELD_LIMITS } from './document/meta-edits.js';
import { EXPORT_TICKET } from './export/download.js';
import { Block, DocumentMeta, Mark, WitnessSource } from './document/model.js';
import { MAX_IMPORT_BYTES } from './importers/model.js';
import { Alias, AliasKind, Person, Role } from './people/model.js';
import { hasVisibleCharacter } from './visible-text.js';

const Id = z.string().min(1).max(64);

export const WitnessSummary = z.object({
  id: Id,
  /** Short label for the switcher: "Archive record", "Web page". */
  label: z.string(),
  source: WitnessSource,
  fileName: z.string(),
  /** The encoding a text was read in ("windows-1251"), for the formats whose files may not say it. */
  encoding: z.string().optional(),
});
export type WitnessSummary = z.infer<typeof WitnessSummary>;

export const DocumentSummary = z.object({
  id: Id,
  title: z.string(),
  date: z.string().optional(),
  dateText: z.string().optional(),
  /** Who wrote it: the author, or the sender of a letter or a cable; for the library's filter. */
  author: z.string().optional(),
  /** The format of its first transcription, as a reader calls it ("PDF", "TEI XML", "Archive record"). */
  kind: z.string(),
  /** How many annotations it holds, passage notes and highlights and the note on the whole document. */
  noteCount: z.number().int().nonnegative(),
  /** When it came into the library (ISO), for "recently added". */
  added: z.string(),
  /** The collections it is in (ids), in no particular order. */
  collectionIds: z.array(Id),
  witnesses: z.array(WitnessSummary),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

export const DocumentDetail = DocumentSummary.extend({
  /** The witnesses' metadata merged, the archive record's fields first. */
  meta: DocumentMeta,
  /** Chicago-style note citation, ready to paste. */
  citation: z.string(),
});
export type DocumentDetail = z.infer<typeof DocumentDetail>;

export const WitnessDetail = WitnessSummary.extend({
  documentId: Id,
  text: z.string(),
  blocks: z.array(Block),
  marks: z.array(Mark),
  meta: DocumentMeta,
  /** Only when `text` is the beginning of the transcription (getWitness's `upTo`): the whole text's length. */
  partOf: z.number().int().nonnegative().optional(),
});
export type WitnessDetail = z.infer<typeof WitnessDetail>;

/** The library's orders: by title, by date (oldest first, undated last), by when documents came in (newest first). */
export const LibraryOrder = z.enum(['title', 'date', 'added']);
export type LibraryOrder = z.infer<typeof LibraryOrder>;

/** The most documents one page of the library holds: a page is a few screens of the panel, never the library. */
export const MAX_LIBRARY_PAGE = 500;

/** Which documents the library panel shows, and which of them a page holds (`offset` from 0, `limit` at most MAX_LIBRARY_PAGE). */
export const LibraryQuery = z
  .object({
    order: LibraryOrder,
    /** Only the documents of this collection. */
    collectionId: Id.optional(),
    /** Only the documents whose title or author holds every word of it, case and accents aside. */
    filter: z.string().max(200, 'Filter by at most 200 characters.').optional(),
    offset: z.number().int().nonnegative().max(10_000_000),
    limit: z.number().int().positive().max(MAX_LIBRARY_PAGE),
  })
  .strict();
export type LibraryQuery = z.infer<typeof LibraryQuery>;

/** A page of the library: its documents in order, how many the query shows in all, and how many the library holds. */
export const LibraryPage = z.object({
  documents: z.array(DocumentSummary),
  total: z.number().int().nonnegative(),
  size: z.number().int().nonnegative(),
});
export type LibraryPage = z.infer<typeof LibraryPage>;

/** A named set of documents: a seminar's reading list, an archive box. */
export const Collection = z.object({
  id: Id,
  name: z.string(),
  documentCount: z.number().int().nonnegative(),
  created: z.string(),
});
export type Collection = z.infer<typeof Collection>;

/** A collection's name as the reader types it: one line, something visible, at most 120 characters. */
const CollectionName = z
  .string()
  .trim()
  .min(1, 'A collection needs a name.')
  .max(120, 'A collection’s name can be at most 120 characters.')
  .refine((name) => !/[\n\r\t]/u.test(name), 'A collection’s name is one line.')
  .refine(hasVisibleCharacter, 'A collection’s name needs a letter you can see: this one is only invisible characters.');

/** One field of a document's information as the reader sends it: '' clears it. */
const InfoField = (limit: number) => z.string().max(limit, `Keep this field to ${limit.toLocaleString('en')} characters.`);

/**
 * A document's information as the reader corrects it (core/document/meta-edits.ts): each field sent
 * replaces what the witnesses say ('' clears it; a value equal to theirs gives the field back to them), a
 * field left out keeps its value. `date` is written as the reader writes it ("3 March 1921", "1921-03-03").
 */
export const InfoFields = z
  .object({
    title: z
      .string()
      .trim()
      .min(1, 'A document needs a title.')
      .max(FIELD_LIMITS.title, `A title can be at most ${FIELD_LIMITS.title} characters.`)
      .refine(hasVisibleCharacter, 'A title needs a letter you can see: this one is only invisible characters.')
      .optional(),
    date: InfoField(FIELD_LIMITS.dateText).optional(),
    author: InfoField(FIELD_LIMITS.author).optional(),
    sender: InfoField(FIELD_LIMITS.sender).optional(),
    recipient: InfoField(FIELD_LIMITS.recipient).optional(),
    archive: InfoField(FIELD_LIMITS.archive).optional(),
    repository: InfoField(FIELD_LIMITS.repository).optional(),
    archivalCollection: InfoField(FIELD_LIMITS.archivalCollection).optional(),
    idno: InfoField(FIELD_LIMITS.idno).optional(),
    sourceUrl: InfoField(FIELD_LIMITS.sourceUrl).optional(),
    language: InfoField(FIELD_LIMITS.language).optional(),
    rights: InfoField(FIELD_LIMITS.rights).optional(),
  })
  .strict();
export type InfoFields = z.infer<typeof InfoFields>;

/** What deleting a document took with it, for the message that offers to undo it. */
export const DeletedDocument = z.object({
  documentId: Id,
  title: z.string(),
  notes: z.number().int().nonnegative(),
  transcriptions: z.number().int().nonnegative(),
});
export type DeletedDocument = z.infer<typeof DeletedDocument>;

export const AppInfo = z.object({
  version: z.string(),
  dataDir: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

const NoArgs = z.object({}).strict();

/** One of the copies Carrel keeps of the library (taken before each upgrade), as Settings lists it. */
export const Backup = z.object({
  /** Its file name in the backups folder: what `carrel restore` takes. */
  name: z.string(),
  /** When it was taken (ISO). */
  takenAt: z.string(),
  /** Why, in words: "before migration 11". */
  reason: z.string(),
  bytes: z.number().int().nonnegative(),
  /** What to type, with Carrel closed, to put it in the library's place: the window never restores itself while open. */
  restoreCommand: z.string(),
});
export type Backup = z.infer<typeof Backup>;

/** The library's backups, newest first, and the folder they are kept in (named also when there are none). */
export const Backups = z.object({ folder: z.string(), backups: z.array(Backup) });
export type Backups = z.infer<typeof Backups>;

/** A passage of a witness's reading text, [start, end) in UTF-16 code units. */
const PassageShape = z.object({ witnessId: Id, start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
/** A passage selects something: its end is past its start. */
const selectsText = [(p: { start: number; end: number }) => p.end > p.start, { message: 'Select some text first: the selection is empty.' }] as const;
const Passage = PassageShape.strict().refine(...selectsText);
/** A stretch of a witness's reading text, [start, end) in UTF-16 code units, holding at least one unit. */
const TextSpan = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .strict()
  .refine((span) => span.end > span.start, { message: 'The stretch of text is empty: its end must be past its start.' });

const Tags = z.array(Tag).max(MAX_TAGS, `An annotation can have at most ${MAX_TAGS} tags.`);

export const DocumentNote = z.object({ documentId: Id, note: Note, modified: z.string().optional() });
export type DocumentNote = z.infer<typeof DocumentNote>;

/** What undo or redo did, in words for the reader ("Deleted highlight restored"); null when there was nothing to do. */
export const HistoryStep = z.object({ description: z.string().nullable(), documentId: z.string().optional() });
export type HistoryStep = z.infer<typeof HistoryStep>;

const PersonIds = z.array(Id).max(20, 'A passage can be tagged with at most 20 people.');

/** A person in the registry with how many passages are tagged with them. */
export const PersonSummary = Person.extend({ passageCount: z.number().int() });
export type PersonSummary = z.infer<typeof PersonSummary>;

/** The editable fields of a person. */
const PersonFields = z.object({
  preferredName: Person.shape.preferredName,
  lifeDates: Person.shape.lifeDates,
  description: Person.shape.description,
  authorities: Person.shape.authorities.optional(),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'A colour is written #rrggbb.').optional(),
});

/** A detected mention and what the reader decided about it. */
export const MentionProposal = z.object({
  personId: Id,
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  status: z.enum(['proposed', 'accepted', 'rejected']),
});
export type MentionProposal = z.infer<typeof MentionProposal>;

const MentionChoice = z.object({ personId: Id, start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).strict();

/** A person's role in a document: proposed from the witnesses, or confirmed by the reader. */
export const DocumentRole = z.object({ personId: Id, role: Role, confirmed: z.boolean() });
export type DocumentRole = z.infer<typeof DocumentRole>;

/** A tagged passage of a person, with its surroundings, wherever it is in the library. */
export const PersonPassage = z.object({
  annotationId: z.string(),
  documentId: Id,
  documentTitle: z.string(),
  witnessId: Id,
  witnessLabel: z.string(),
  before: z.string(),
  quote: z.string(),
  after: z.string(),
  orphaned: z.boolean(),
});
export type PersonPassage = z.infer<typeof PersonPassage>;

export const ExportFormat = z.enum(['markdown', 'jsonld', 'csv', 'tei', 'html']);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** An exported file, ready to save. */
export const ExportedFile = z.object({ fileName: z.string(), mediaType: z.string(), content: z.string() });
export type ExportedFile = z.infer<typeof ExportedFile>;

/** What an export takes: one document, a collection's documents or all of them, optionally only some annotations, in a format. */
const ExportRequest = z
  .object({ format: ExportFormat, documentId: Id.optional(), collectionId: Id.optional(), annotationIds: z.array(AnnotationId).max(1_000_000).optional() })
  .strict()
  .refine((args) => args.documentId === undefined || args.collectionId === undefined, { message: 'Export one document or one collection, not both.' });

/** An export made ready to download from EXPORT_PATH + ticket (core/export/download.ts), once, under its file name. */
export const PreparedExport = z.object({ ticket: z.string().regex(EXPORT_TICKET), fileName: z.string(), mediaType: z.string() });
export type PreparedExport = z.infer<typeof PreparedExport>;

/** Largest notes file accepted for import (characters of JSON). */
export const MAX_IMPORT_LENGTH = 50_000_000;

/** Something of a notes file that did not arrive (an annotation, a tag, a person), and why, in a sentence. */
export const SkippedNote = z.object({
  /** “Annotation 3 (https://hypothes.is/a/AbC)”, “The tag “x” of annotation 3 (…)”. */
  what: z.string(),
  reason: z.string(),
});
export type SkippedNote = z.infer<typeof SkippedNote>;

/** Annotations whose document is not in the library: importNotes' `documentId` puts them on one that is. */
export const UnplacedNotes = z.object({
  /** The address (or Carrel URN) the file names; undefined when it names none (RecogitoJS). */
  source: z.string().optional(),
  /** The document's title as the file gives it (Hypothesis). */
  title: z.string().optional(),
  count: z.number().int().positive(),
});
export type UnplacedNotes = z.infer<typeof UnplacedNotes>;

/**
 * What an import did, or would do (a preview, `applied` false): the counts the reader sees, each
 * annotation that came in, and everything that did not, with its reason. `orphaned` counts what the
 * reader will find orphaned: each imported passage is anchored as listAnnotations anchors it.
 */
export const ImportReport = z.object({
  /** False for a preview, and for a strict import that something would have been skipped from: nothing was written. */
  applied: z.boolean(),
  /** The tool's format, as a reader names it ("Hypothesis", "W3C Web Annotation"). */
  format: z.string(),
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  orphaned: z.number().int(),
  /** Titles of the documents the annotations went to. */
  documents: z.array(z.string()),
  /** People added to the registry for the annotations that name them, by name. */
  peopleAdded: z.array(z.string()),
  skipped: z.array(SkippedNote),
  /** The annotations whose document is not in the library (they are among the skipped), by the source they name. */
  unplaced: z.array(UnplacedNotes),
  /** Each annotation that came in (added, updated or unchanged), and whether the reader will find it orphaned. */
  annotations: z.array(z.object({ id: AnnotationId, outcome: z.enum(['added', 'updated', 'unchanged']), orphaned: z.boolean() })),
});
export type ImportReport = z.infer<typeof ImportReport>;

/** The largest document file sent for import, as base64 characters (core/importers' byte limit, encoded). */
export const MAX_DOCUMENT_BASE64 = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;

/** What importing one document file did. `created` is false when the same bytes were already in the library. */
export const ImportedDocument = z.object({
  documentId: Id,
  title: z.string(),
  witnessIds: z.array(Id),
  created: z.boolean(),
  /** The format it was read as ("PDF", "TEI XML"). */
  format: z.string(),
});
export type ImportedDocument = z.infer<typeof ImportedDocument>;

/** Where an import named by importDocument's `importId` stands, for the reader's progress bar. */
export const ImportProgress = z.object({
  /**
   * waiting: behind another file; reading: its content is read (`done` of `total` parts, a PDF's pages,
   * where the format has parts); storing: written in one transaction, no longer stoppable; unknown: not
   * (or no longer) under way.
   */
  stage: z.enum(['waiting', 'reading', 'storing', 'unknown']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type ImportProgress = z.infer<typeof ImportProgress>;

export const Profile = z.object({ creator: z.string().trim().min(1, 'Your name cannot be empty.').max(80) });
export type Profile = z.infer<typeof Profile>;

/**
 * The profile as read: `askName` is true while notes are signed with the computer's account name (root,
 * admin…) because the reader never chose one; the reading room then asks them once for the name to sign with.
 */
export const ProfileState = Profile.extend({ askName: z.boolean() });
export type ProfileState = z.infer<typeof ProfileState>;

/** An annotation made on another transcription of the same document, shown where its passage lands on this one. */
export const ProjectedAnnotation = z.object({
  /** The annotation as stored, anchored on the transcription it was made on. */
  annotation: AnchoredAnnotation,
  fromWitnessId: Id,
  fromWitnessLabel: z.string(),
  /** Where its passage lands on this transcription (found with the same anchoring as any annotation). */
  anchor: Anchor,
  /** What the transcription it was made on reads, when that differs from this one's passage: the note's flag. */
  otherReading: z.string().optional(),
});
export type ProjectedAnnotation = z.infer<typeof ProjectedAnnotation>;

/** Longest search a reader may type (characters). */
export const MAX_QUERY_LENGTH = 1000;

/** A stretch of a snippet: the words that matched are marked. */
export const SnippetPart = z.object({ text: z.string(), match: z.boolean() });
export type SnippetPart = z.infer<typeof SnippetPart>;

/** Where a hit lives, for the result line and for jumping to it. */
const HitPlace = z.object({ documentId: Id, documentTitle: z.string(), witnessId: Id, witnessLabel: z.string() });

/**
 * The part of a transcription a hit is in, listed in this order: the document's own `text`, the archive's
 * `record` around it (title, citation, summary) and a saved web page's `furniture`.
 */
export const TextZone = z.enum(['text', 'record', 'furniture']);
export type TextZone = z.infer<typeof TextZone>;

/** A place in a transcription's text where the search matched; [start, end) is the matched word or phrase. */
export const TextHit = HitPlace.extend({ start: z.number().int(), end: z.number().int(), snippet: z.array(SnippetPart), zone: TextZone });
export type TextHit = z.infer<typeof TextHit>;

/** Most hits of one zone of a transcription that search lists at once ("Show all" asks for this many). */
export const MAX_ZONE_HITS = 500;

/** How many times the search matched in one zone of a transcription, of which `text` lists the first few. */
export const ZoneCount = z.object({ witnessId: Id, zone: TextZone, count: z.number().int().nonnegative() });
export type ZoneCount = z.infer<typeof ZoneCount>;

/** Exact counts of what matched, however few of them are listed; transcriptions, notes, tags and people up to `countedUpTo`, beyond which they are `countedUpTo` + 1 ("over 1,000"). */
export const SearchTotals = z.object({
  countedUpTo: z.number().int().positive(),
  /** Every match in the transcriptions read (`transcriptionsRead` of `transcriptions`, best first). */
  text: z.number().int().nonnegative(),
  transcriptions: z.number().int().nonnegative(),
  transcriptionsRead: z.number().int().nonnegative(),
  notes: z.number().int().nonnegative(),
  tags: z.number().int().nonnegative(),
  people: z.number().int().nonnegative(),
});
export type SearchTotals = z.infer<typeof SearchTotals>;

/** An annotation whose note, quote or tags matched. */
export const AnnotationHit = HitPlace.extend({
  annotationId: AnnotationId,
  quote: z.string(),
  /** The note (or the quote, when the words matched there) with the matching words marked; for a tag hit, the tags that matched. */
  snippet: z.array(SnippetPart),
  orphaned: z.boolean(),
});
export type AnnotationHit = z.infer<typeof AnnotationHit>;

/** A person whose name or an alias matched. */
export const PersonHit = z.object({
  personId: Id,
  preferredName: z.string(),
  /** The names that matched ("Filippov"), marked, beside the preferred name. */
  snippet: z.array(SnippetPart),
  passageCount: z.number().int(),
});
export type PersonHit = z.infer<typeof PersonHit>;

/**
 * Search results grouped by kind, best first in each group. Text hits come a document at a time, then a
 * transcription at a time, its zones in TextZone's order and each zone's first few in text order.
 */
export const SearchResults = z.object({
  text: z.array(TextHit),
  /** Every zone that has hits in `text`, with how many it has in all. */
  zones: z.array(ZoneCount),
  totals: SearchTotals,
  notes: z.array(AnnotationHit),
  tags: z.array(AnnotationHit),
  people: z.array(PersonHit),
  /** Said to the reader instead of (or beside) results: "Type a word to search.", "Nothing matches ...". */
  notice: z.string().optional(),
});
export type SearchResults = z.infer<typeof SearchResults>;

/**
 * A witness's anchored passage annotations as painting needs them, column by column (index i of every
 * array is one annotation), in text order: about a tenth of listAnnotations' answer, for the first paint
 * of a long text. Orphans are left out: they have no passage to paint.
 */
export const WitnessHighlights = z.object({
  ids: z.array(AnnotationId),
  starts: z.array(z.number().int()),
  ends: z.array(z.number().int()),
  /** Category ids (see Category). */
  categories: z.array(z.string()),
  motivations: z.array(Motivation),
  /** The ids of the people each annotation tags, by annotation id; only annotations that tag anyone are here. */
  people: z.record(z.string(), z.array(z.string())),
});
export type WitnessHighlights = z.infer<typeof WitnessHighlights>;

/**
 * Every passage annotation of a witness in outline, for the Notes panel's list: what painting needs
 * (WitnessHighlights, in text order), what the list orders, counts and filters by (creation, tags), and
 * the orphans, oldest first. About a sixth of listAnnotations' answer: notes, quotes and contexts are
 * read for the cards shown (getAnnotations).
 */
export const AnnotationOutlines = WitnessHighlights.extend({
  /** When each anchored annotation was made (ISO 8601), which orders annotations of the same passage. */
  created: z.array(z.string()),
  /** The annotations whose passage can no longer be found: nothing to paint, but listed. */
  orphans: z.array(z.object({ id: AnnotationId, category: z.string(), motivation: Motivation, created: z.string() })),
  /** The tags of each annotation, anchored or orphaned, that has any, in the reader's order. */
  tags: z.record(z.string(), z.array(z.string())),
});
export type AnnotationOutlines = z.infer<typeof AnnotationOutlines>;

/** Longest search within a witness's notes (characters). */
const MAX_NOTES_QUERY = 1_000;

/** Every method: its argument schema and its result schema. Add a method here first. */
export const apiSchemas = {
  appInfo: { args: NoArgs, result: AppInfo },
  /** The backups Carrel keeps of the library, newest first; it only reads them (restoring needs Carrel closed). */
  listBackups: { args: NoArgs, result: Backups },
  /** Every document, in the library's date order: for the command line; the reading room asks for pages (listLibrary). */
  listDocuments: { args: NoArgs, result: z.array(DocumentSummary) },
  /** A page of the library, ordered and filtered in the store. */
  listLibrary: { args: LibraryQuery, result: LibraryPage },
  /**
   * The document the room opens: the one named when the library holds it, else the library's first by
   * date (null for an empty library).
   */
  openingDocument: { args: z.object({ documentId: Id.optional() }).strict(), result: z.object({ document: DocumentSummary.nullable() }) },
  getDocument: { args: z.object({ documentId: Id }).strict(), result: DocumentDetail },
  /**
   * Corrects a document's information (title, date, author ...), in one step of undo; the citation
   * follows. A title equal to another document's is allowed.
   */
  updateDocumentMeta: { args: z.object({ documentId: Id, meta: InfoFields }).strict(), result: DocumentDetail },
  /**
   * Deletes a document with its transcriptions and notes, in one step of undo (Ctrl/Cmd+Z brings it all
   * back); it leaves its collections. The telegram too: it comes back only by undo.
   */
  deleteDocument: { args: z.object({ documentId: Id }).strict(), result: DeletedDocument },
  /**
   * Undoes the deletion of this document, as Ctrl/Cmd+Z would, when that deletion is the newest change
   * in force; refuses (code "conflict") when other changes came after it, which undo must take back first.
   */
  restoreDocument: { args: z.object({ documentId: Id }).strict(), result: HistoryStep },

  /** Every collection, by name. */
  listCollections: { args: NoArgs, result: z.array(Collection) },
  /** A new, empty collection; a name already taken (whatever its case) is refused with code "conflict". */
  createCollection: { args: z.object({ name: CollectionName }).strict(), result: Collection },
  renameCollection: { args: z.object({ id: Id, name: CollectionName }).strict(), result: Collection },
  /** Deletes the collection; its documents stay in the library. */
  deleteCollection: { args: z.object({ id: Id }).strict(), result: z.object({ id: Id }) },
  /** Puts a document in a collection, after those already in it; a document already there stays where it is. */
  addToCollection: { args: z.object({ collectionId: Id, documentId: Id }).strict(), result: Collection },
  /** Takes a document out of a collection (not out of the library). */
  removeFromCollection: { args: z.object({ collectionId: Id, documentId: Id }).strict(), result: Collection },
  /**
   * A transcription, its text laid out. With `upTo`, only its beginning when that is shorter: the text
   * to the end of the first block that reaches `upTo`, with the blocks and marks in it (witnessHead), for
   * the first screen of a long text before the megabytes of the rest.
   */
  getWitness: { args: z.object({ witnessId: Id, upTo: z.number().int().positive().optional() }).strict(), result: WitnessDetail },

  /** The passage annotations made on a witness, anchored in its current text, in text order; orphans last. */
  listAnnotations: { args: z.object({ witnessId: Id }).strict(), result: z.array(AnchoredAnnotation) },
  /** The passage annotations of a witness in outline (AnnotationOutlines): the Notes panel's list before its cards. */
  listAnnotationOutlines: { args: z.object({ witnessId: Id }).strict(), result: AnnotationOutlines },
  /**
   * The annotations of a witness with these ids, whole and anchored as listAnnotations anchors them, in
   * text order; an id no longer there (deleted meanwhile) or of another witness is left out.
   */
  getAnnotations: {
    args: z.object({ witnessId: Id, ids: z.array(AnnotationId).min(1).max(MAX_ANNOTATIONS_PER_READ) }).strict(),
    result: z.array(AnchoredAnnotation),
  },
  /**
   * The ids of a witness's passage annotations whose quote, note or tags hold every word of `text`
   * (case- and accent-blind, inside longer words too: core/annotation/words-in-note.ts); all of them for a blank text.
   */
  findAnnotations: { args: z.object({ witnessId: Id, text: z.string().max(MAX_NOTES_QUERY) }).strict(), result: z.array(AnnotationId) },
  /**
   * What listAnnotations says of where each anchored annotation is painted, and no more (WitnessHighlights).
   * With `within`, only those stored over that stretch and landing on it: a few hundred for the first
   * screen of a long text, read from an index rather than anchoring thousands. One whose passage moved
   * into the stretch since the text was read again is missed there, and painted from listAnnotationOutlines.
   */
  listHighlights: { args: z.object({ witnessId: Id, within: TextSpan.optional() }).strict(), result: WitnessHighlights },
  createAnnotation: {
    args: PassageShape.extend({
      motivation: Motivation.optional(),
      category: z.string().optional(),
      note: Note.optional(),
      tags: Tags.optional(),
      people: PersonIds.optional(),
    })
      .strict()
      .refine(...selectsText),
    result: AnchoredAnnotation,
  },
  updateAnnotation: {
    args: z
      .object({ id: AnnotationId, note: Note.optional(), category: z.string().optional(), tags: Tags.optional(), people: PersonIds.optional() })
      .strict(),
    result: AnchoredAnnotation,
  },
  /** Points an annotation (typically an orphan) at a new passage; its note, tags and colour stay. */
  reattachAnnotation: { args: z.object({ id: AnnotationId }).strict().and(Passage), result: AnchoredAnnotation },
  deleteAnnotation: { args: z.object({ id: AnnotationId }).strict(), result: z.object({ id: AnnotationId }) },
  /** Annotations made on the document's other transcriptions, projected onto this one; flagged where the readings differ. */
  listProjectedAnnotations: { args: z.object({ witnessId: Id }).strict(), result: z.array(ProjectedAnnotation) },
  /**
   * Searches text, notes, tags and people. Plain words must all match (accents and case folded); "a phrase"
   * in quotes, and word* for a prefix. Any other query syntax is read as words: never an error.
   */
  search: {
    args: z
      .object({
        query: z.string().max(MAX_QUERY_LENGTH, `Search for at most ${MAX_QUERY_LENGTH.toLocaleString('en')} characters.`),
        /** Only this document's text and notes; people are always searched. */
        documentId: Id.optional(),
        /** Most notes, tags and people, and most transcriptions read for text hits (20 when absent). */
        limit: z.number().int().min(1).max(200).optional(),
      })
      .strict(),
    result: SearchResults,
  },
  /** Every hit of a search in one zone of one transcription, in text order, at most `limit` (search lists only the first few). */
  searchZone: {
    args: z
      .object({
        query: z.string().max(MAX_QUERY_LENGTH, `Search for at most ${MAX_QUERY_LENGTH.toLocaleString('en')} characters.`),
        witnessId: Id,
        zone: TextZone,
        /** Most hits listed (MAX_ZONE_HITS when absent). */
        limit: z.number().int().min(1).max(MAX_ZONE_HITS).optional(),
      })
      .strict(),
    result: z.object({ hits: z.array(TextHit).max(MAX_ZONE_HITS), count: z.number().int().nonnegative() }),
  },
  undo: { args: NoArgs, result: HistoryStep },
  redo: { args: NoArgs, result: HistoryStep },

  getDocumentNote: { args: z.object({ documentId: Id }).strict(), result: DocumentNote },
  setDocumentNote: { args: z.object({ documentId: Id, note: Note }).strict(), result: DocumentNote },

  listCategories: { args: NoArgs, result: z.array(Category) },
  renameCategory: { args: z.object({ id: z.string().min(1).max(64), name: Category.shape.name }).strict(), result: Category },
  /** Every tag in use, most used first, for completion. */
  listTags: { args: NoArgs, result: z.array(z.string()) },
  getProfile: { args: NoArgs, result: ProfileState },
  setProfile: { args: Profile.strict(), result: Profile },

  listPeople: { args: NoArgs, result: z.array(PersonSummary) },
  createPerson: { args: PersonFields.extend({ aliases: z.array(Alias).max(200).optional() }).strict(), result: Person },
  updatePerson: { args: PersonFields.partial().extend({ id: Id }).strict(), result: Person },
  /** Adds an alias after checking it would not match everywhere; mentions are detected again. */
  addAlias: { args: z.object({ personId: Id, name: z.string().max(200), kind: AliasKind }).strict(), result: Person },
  removeAlias: { args: z.object({ personId: Id, name: z.string().max(200) }).strict(), result: Person },
  /** Folds `mergeId` into `keepId`: aliases, tagged passages and roles move; `mergeId` is gone. */
  mergePeople: { args: z.object({ keepId: Id, mergeId: Id }).strict(), result: Person },
  /** Without `confirm`, refuses (code "conflict") when passages are tagged with the person, saying how many. */
  deletePerson: { args: z.object({ id: Id, confirm: z.boolean().optional() }).strict(), result: z.object({ id: Id, untagged: z.number().int() }) },
  /** Mentions of registry people detected in a witness's current text, with the reader's decisions. */
  listMentions: { args: z.object({ witnessId: Id }).strict(), result: z.array(MentionProposal) },
  /** Accepts mentions: each becomes an identifying annotation. */
  acceptMentions: { args: z.object({ witnessId: Id, mentions: z.array(MentionChoice).min(1).max(10_000) }).strict(), result: z.array(AnchoredAnnotation) },
  rejectMentions: { args: z.object({ witnessId: Id, mentions: z.array(MentionChoice).min(1).max(10_000) }).strict(), result: z.object({ rejected: z.number().int() }) },
  listRoles: { args: z.object({ documentId: Id }).strict(), result: z.array(DocumentRole) },
  /** Replaces the document's roles with the reader's list (all then count as confirmed). */
  setRoles: {
    args: z.object({ documentId: Id, roles: z.array(z.object({ personId: Id, role: Role }).strict()).max(1000) }).strict(),
    result: z.array(DocumentRole),
  },
  personPassages: { args: z.object({ personId: Id }).strict(), result: z.array(PersonPassage) },

  /**
   * One document (or the documents of a collection, or all, without either), optionally only some of
   * their annotations, in a format.
   */
  exportNotes: { args: ExportRequest, result: ExportedFile },
  /**
   * exportNotes for a download: the selection is read and checked now (an unknown document fails here, in
   * words), and the file is written in chunks to whoever fetches EXPORT_PATH + ticket beside the page
   * (the loopback host, app:// in Electron), once, within a few minutes; it is never held whole.
   */
  prepareExport: { args: ExportRequest, result: PreparedExport },
  /**
   * Imports a notes file: W3C Web Annotation JSON-LD from any tool (Carrel, Recogito...), or Hypothesis's
   * API JSON. Everything that can come in does, in one transaction and one step of undo; what cannot is
   * listed in the report with its reason. `dryRun`: only says what it would do (a preview). `strict`:
   * all or nothing, nothing written when anything would be skipped. `documentId`: where annotations go
   * whose document is not in the library (or that name none).
   */
  importNotes: {
    args: z
      .object({
        content: z.string().max(MAX_IMPORT_LENGTH, 'This file is too large to import (over 50 MB).'),
        dryRun: z.boolean().optional(),
        strict: z.boolean().optional(),
        documentId: Id.optional(),
      })
      .strict(),
    result: ImportReport,
  },

  /**
   * Imports one of the reader's own files (text, Markdown, HTML, TEI, DOCX, PDF, a record of the telegram's
   * archive) as a new document, or `into` an existing one as another transcription; `encoding` overrides
   * the guess for a text. The same bytes again change nothing and answer where they already are.
   * `importId`, the caller's name for this import, lets importProgress follow it and cancelImport stop it.
   */
  importDocument: {
    args: z
      .object({
        fileName: z.string().trim().min(1).max(255),
        content: z.base64('The file could not be sent whole.').max(MAX_DOCUMENT_BASE64, `This file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, more than Carrel imports.`),
        into: Id.optional(),
        encoding: z.string().max(40).optional(),
        importId: Id.optional(),
      })
      .strict(),
    result: ImportedDocument,
  },
  /** How far the import named `importId` has come. */
  importProgress: { args: z.object({ importId: Id }).strict(), result: ImportProgress },
  /**
   * Stops the import named `importId` if it is not being stored yet (even before its file has arrived):
   * `cancelled` says whether it was stopped, and then nothing of it is stored.
   */
  cancelImport: { args: z.object({ importId: Id }).strict(), result: z.object({ cancelled: z.boolean() }) },
  /**
   * Reads a text transcription's original again in `encoding` (a WHATWG label), when the guess was wrong;
   * the original bytes stay, notes anchor to the new text or stay visible as orphans.
   */
  readTranscriptionAs: { args: z.object({ witnessId: Id, encoding: z.string().trim().min(1).max(40) }).strict(), result: WitnessSummary },
} as const;

type Schemas = typeof apiSchemas;

/** The name of a contract method. */
export type ApiMethod = keyof Schemas;

/** The arguments a caller passes to `method`. */
export type ApiArgs<M extends ApiMethod> = z.input<Schemas[M]['args']>;

/** What `method` answers. */
export type ApiResult<M extends ApiMethod> = z.output<Schemas[M]['result']>;

/** The whole surface, as the renderer sees it through either binding. */
export type CarrelApi = { [M in ApiMethod]: (args: ApiArgs<M>) => Promise<ApiResult<M>> };

/** The service that implements the contract: it receives arguments already validated. */
export type CarrelService = { [M in ApiMethod]: (args: z.output<Schemas[M]['args']>) => ApiResult<M> | Promise<ApiResult<M>> };

/** True when `name` is a method of the contract (names arrive as strings over IPC and HTTP). */
export function isApiMethod(name: string): name is ApiMethod {
  return Object.hasOwn(apiSchemas, name);
}

/** What a binding carries back: the result, or an error the user can read. */
export type ApiAnswer<T = unknown> =
  | { ok: true; value: T }
  | { ok: false; error: { code: string; message: string } };

/** Channel name for the Electron IPC binding. */
export const IPC_CHANNEL = 'carrel';
