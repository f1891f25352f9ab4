/**
 * What every exporter reads of a bundle beyond its fields: a document's annotations sorted into
 * passages (in text order), orphans and document notes, and the names behind category and person ids.
 * One place, so that five formats agree on order, on what counts as an orphan, and on names.
 */
import type { AnchoredAnnotation, Category } from '../annotation/model.js';
import type { Block } from '../document/model.js';
import { pageCitation, pageStarts } from '../document/pages.js';
import type { Person } from '../people/model.js';
import type { ExportBundle, ExportDocument, ExportWitness } from './bundle.js';
import { partitionPoint } from '../partition-point.js';

/** An annotation that lands in its witness's text. */
export interface Passage {
  annotation: AnchoredAnnotation;
  witness: ExportWitness;
  /** [start, end) in UTF-16 units of `witness.text`, where the passage lands now. */
  start: number;
  end: number;
  /** The words the passage covers now (after a fuzzy match they may differ from the stored quote). */
  quote: string;
  /** The source's page it is on ("p. 3", "pp. 3–4"), when the witness keeps pages. */
  page?: string;
}

/** An annotation on a passage that could not be found again: only its stored quote is left. */
export interface Orphan {
  annotation: AnchoredAnnotation;
  /** Absent when the witness itself is not in the bundle. */
  witness: ExportWitness | undefined;
  quote: string;
}

/** One document's annotations as exporters lay them out. */
export interface DocumentView {
  document: ExportDocument;
  /** Notes on the whole document (no target), oldest first. */
  notes: readonly AnchoredAnnotation[];
  /** In text order: witness by witness, then by start, the longer of two passages that start together first. */
  passages: readonly Passage[];
  /** In the order the bundle gives them. */
  orphans: readonly Orphan[];
  /**
   * The witnesses whose text an export shows: those passages or orphans point at, in the document's
   * order; the first witness when none is pointed at, since a handout or an edition is about the text.
   */
  shown: readonly ExportWitness[];
}

/**
 * Sorts a document's annotations into notes, passages and orphans. The sort is done here rather than
 * trusted from the bundle, so that nesting (outer passage before inner) is the same in every format. An
 * anchor outside its witness's text, or on a witness the bundle lacks, is treated as orphaned.
 */
export function documentView(document: ExportDocument): DocumentView {
  const witnessOrder = new Map(document.witnesses.map((witness, index) => [witness.id, index]));
  const pages = new Map(document.witnesses.map((witness) => [witness.id, pageStarts(witness.blocks)]));
  const notes: AnchoredAnnotation[] = [];
  const passages: Passage[] = [];
  const orphans: Orphan[] = [];
  for (const annotation of document.annotations) {
    const target = annotation.target;
    if (!target) {
      notes.push(annotation);
      continue;
    }
    const witness = document.witnesses.find((candidate) => candidate.id === target.witnessId);
    const anchor = annotation.anchor;
    if (witness && anchor.status === 'anchored' && anchor.start >= 0 && anchor.end <= witness.text.length && anchor.end > anchor.start) {
      const page = pageCitation(pages.get(witness.id) ?? [], anchor.start, anchor.end);
      passages.push({ annotation, witness, start: anchor.start, end: anchor.end, quote: witness.text.slice(anchor.start, anchor.end), ...(page !== undefined && { page }) });
    } else {
      orphans.push({ annotation, witness, quote: target.quote.exact });
    }
  }
  notes.sort((a, b) => compareText(a.created, b.created));
  passages.sort(
    (a, b) =>
      (witnessOrder.get(a.witness.id) ?? 0) - (witnessOrder.get(b.witness.id) ?? 0) ||
      a.start - b.start ||
      b.end - a.end ||
      compareText(a.annotation.created, b.annotation.created) ||
      compareText(a.annotation.id, b.annotation.id),
  );
  const pointedAt = new Set([...passages.map((passage) => passage.witness.id), ...orphans.flatMap((orphan) => orphan.witness?.id ?? [])]);
  const shown = document.witnesses.filter((witness) => pointedAt.has(witness.id));
  return { document, notes, passages, orphans, shown: shown.length > 0 ? shown : document.witnesses.slice(0, 1) };
}

/** A witness's non-empty blocks in order; one paragraph of the whole text for a witness without layout. */
export function readingBlocks(witness: ExportWitness): readonly Block[] {
  const blocks = witness.blocks.filter((block) => block.end > block.start);
  return blocks.length > 0 ? blocks : [{ kind: 'paragraph', start: 0, end: witness.text.length }];
}

/** The index of the first block that ends after `offset` (blocks.length when none does). Blocks are in text order. */
export function firstBlockEndingAfter(blocks: readonly Block[], offset: number): number {
  return partitionPoint(blocks.length, (index) => (blocks[index]?.end ?? Infinity) <= offset);
}

/** The index of the last block that starts before `offset` (-1 when none does). */
export function lastBlockStartingBefore(blocks: readonly Block[], offset: number): number {
  return partitionPoint(blocks.length, (index) => (blocks[index]?.start ?? Infinity) < offset) - 1;
}

/**
 * For each block, the passages that reach into it, in their order: so that laying out a block reads
 * its own few passages, not all of them (thousands, on a long text).
 */
export function passagesByBlock(blocks: readonly Block[], passages: readonly Passage[]): Passage[][] {
  const byBlock = blocks.map((): Passage[] => []);
  for (const passage of passages) {
    const last = lastBlockStartingBefore(blocks, passage.end);
    for (let index = firstBlockEndingAfter(blocks, passage.start); index <= last; index += 1) byBlock[index]?.push(passage);
  }
  return byBlock;
}

/** Names behind the ids an annotation carries. */
export interface Names {
  /** The category's name, or its id when the bundle lacks it (a name is still better than nothing). */
  categoryName(id: string): string;
  category(id: string): Category | undefined;
  /** The people named by these ids, in the annotation's order; ids the bundle lacks are skipped. */
  people(ids: readonly string[]): Person[];
}

/** Lookups over a bundle's categories and people. */
export function namesOf(bundle: ExportBundle): Names {
  const categories = new Map(bundle.categories.map((category) => [category.id, category]));
  const people = new Map(bundle.people.map((person) => [person.id, person]));
  return {
    categoryName: (id) => categories.get(id)?.name ?? id,
    category: (id) => categories.get(id),
    people: (ids) => ids.flatMap((id) => people.get(id) ?? []),
  };
}

/** Every tag used in the bundle, once each, in alphabetical order (case-insensitive). */
export function allTags(bundle: ExportBundle): string[] {
  const tags = new Set(bundle.documents.flatMap((document) => document.annotations.flatMap((annotation) => annotation.tags)));
  return [...tags].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }) || compareText(a, b));
}

/** Code-unit order: the same on every machine, unlike localeCompare, for ties that must be stable. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
