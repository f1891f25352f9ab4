/**
 * The one projection of the store that every exporter reads: documents with their metadata, witnesses
 * with their reading text, annotations anchored in that text, the people they name, and the colour
 * categories. The service builds it; exporters are pure functions from it to text, in chunks (joined
 * for a string).
 */
import type { AnchoredAnnotation, Category } from '../annotation/model.js';
import type { Block, DocumentMeta, Mark } from '../document/model.js';
import type { Person } from '../people/model.js';

/** A witness as exporters need it. */
export interface ExportWitness {
  id: string;
  label: string;
  fileName: string;
  text: string;
  blocks: readonly Block[];
  /** Its marks; the apparatus needs the markup ones, which are never words. Absent in older bundles. */
  marks?: readonly Mark[];
}

/** A document with everything annotated on it. */
export interface ExportDocument {
  id: string;
  title: string;
  meta: DocumentMeta;
  /** Chicago-style note citation. */
  citation: string;
  witnesses: readonly ExportWitness[];
  /** Passage annotations (each with its anchor in its witness) in text order, orphans last; document notes have no target. */
  annotations: readonly AnchoredAnnotation[];
}

/** What one export holds. */
export interface ExportBundle {
  /** When the export was made (ISO 8601), passed in: exporters read no clock. */
  generated: string;
  /** The app's name and version, for the files' provenance. */
  generator: string;
  documents: readonly ExportDocument[];
  /** Every person any exported annotation names. */
  people: readonly Person[];
  categories: readonly Category[];
}
