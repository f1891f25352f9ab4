/**
 * What reading a notes file gives, whatever tool wrote it (jsonld.ts, hypothesis.ts): each annotation as
 * a record the store can place and save, and each note, tag or annotation that cannot arrive, with why.
 */
import type { LinkedEntity, Motivation } from '../annotation/model.js';
import type { Span } from './selectors.js';

/** A person an imported annotation names: an authority or Carrel URI, a Carrel person id, a name. */
export interface ImportedPerson {
  uri?: string;
  uuid?: string;
  name?: string;
}

/**
 * What a record's offsets count: the W3C model's Unicode code points, or the UTF-16 units of a
 * JavaScript string, which is how Hypothesis measures the text of its page.
 */
export type PositionUnit = 'code-points' | 'utf-16';

/** One annotation from a file, normalised; without quote, position or range it is a note on the whole document. */
export interface ImportedAnnotation extends Span {
  /** The annotation's UUID: from a `urn:uuid:` id, else derived from the id (see name-uuid.ts), so a re-import finds it. */
  id: string;
  /** How the report names it: “Annotation 3 (https://hypothes.is/a/AbC)”. */
  label: string;
  /** The target's source: a web address, or a Carrel URN of a witness or document; undefined when the file names none (RecogitoJS). */
  source?: string;
  /** The title the file gives the annotated document (Hypothesis), for the report. */
  documentTitle?: string;
  witnessId?: string;
  /** A passage given as a RangeSelector between two quotes: from the start of one to the start of the other. */
  range?: { from: Span; to: Span };
  unit: PositionUnit;
  note: string;
  tags: string[];
  categoryName?: string;
  /** The category's id when the file is Carrel's (`urn:carrel:category:<id>`): survives a renamed category. */
  categoryId?: string;
  people: ImportedPerson[];
  /** What identifying bodies name that is not a person (a place): kept as the file gives it. */
  entities: LinkedEntity[];
  creator?: string;
  created?: string;
  modified?: string;
  motivation: Motivation;
}

/** Something of the file that does not arrive: “Annotation 3 (…)”, “The tag “x” of annotation 3 (…)”, and why, in a sentence. */
export interface SkippedEntry {
  what: string;
  reason: string;
}

/** A notes file read: the tool's format as a reader names it, the records in file order, and what was left out. */
export interface NotesFile {
  format: string;
  records: ImportedAnnotation[];
  skipped: SkippedEntry[];
}

/** “Annotation 3 (…)” as the object of a sentence: “annotation 3 (…)”. */
export function objectOf(label: string): string {
  return label.replace(/^Annotation/u, 'annotation');
}
