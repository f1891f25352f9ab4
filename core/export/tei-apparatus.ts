/**
 * The apparatus of a TEI export, for a document with two or more transcriptions: the witnesses
 * declared in `sourceDesc/listWit`, and the places where a later transcription differs from the first
 * (the base), computed by the compare view's own comparison. The places are written inline in the
 * base's text as `<app><lem wit>…</lem><rdg wit>…</rdg></app>` (parallel segmentation), the form the
 * TEI Stylesheets render: the lemma in the text, the readings in a numbered apparatus note.
 */
import { compareWitnesses } from '../compare/compare.js';
import { DEFAULT_COMPARE_OPTIONS } from '../compare/model.js';
import type { Block } from '../document/model.js';
import type { ExportDocument, ExportWitness } from './bundle.js';
import { el, textEl, type MarkupElement } from './markup.js';
import { firstBlockEndingAfter, lastBlockStartingBefore, readingBlocks } from './passages.js';
import { teiIds } from './tei-ids.js';

/** What one transcription reads at a place, and who reads it (`@wit`: `#witness-…` pointers). */
export interface Reading {
  wit: string;
  text: string;
}

/**
 * A variant place within one block of the base: [start, end) of the base's text (empty where a later
 * transcription adds words), the transcriptions that read as the base there (`lem`), and the others'
 * readings. A place across blocks is cut at each block's edge, its readings in the first piece and
 * empty readings in the rest, so that reading the pieces in order still gives every transcription.
 */
export interface AppPiece {
  block: number;
  start: number;
  end: number;
  lem: string;
  readings: Reading[];
}

/** The base transcription and the pieces of its apparatus, in text order. */
export interface Apparatus {
  base: ExportWitness;
  pieces: AppPiece[];
}

/** One difference of one transcription from the base. */
interface Difference {
  witness: ExportWitness;
  start: number;
  end: number;
  text: string;
}

/** Differences that overlap, over [start, end) of the base. */
interface Place {
  start: number;
  end: number;
  differences: Difference[];
}

/** `<listWit>` of the documents' transcriptions, for those with two or more; `@n` is the label the Stylesheets print. */
export function teiListWit(documents: readonly ExportDocument[]): MarkupElement[] {
  const witnesses = documents.filter((document) => document.witnesses.length > 1).flatMap((document) => document.witnesses);
  if (witnesses.length === 0) return [];
  return [el('listWit', {}, witnesses.map((witness) => textEl('witness', { 'xml:id': teiIds.listedWitness(witness.id), n: witness.label }, witness.label)))];
}

/**
 * The document's apparatus, or undefined for one transcription. Each later transcription is compared
 * with the first (the switches at their defaults, page furniture left out); differences of several
 * transcriptions that overlap make one place, where each reads the base with its own differences put in.
 */
export function apparatusOf(document: ExportDocument): Apparatus | undefined {
  const [base, ...others] = document.witnesses;
  if (!base || others.length === 0) return undefined;
  const differences = others
    .flatMap((witness) =>
      compareWitnesses({ ...base, marks: base.marks ?? [] }, { ...witness, marks: witness.marks ?? [] }, DEFAULT_COMPARE_OPTIONS).variants.map(
        (variant): Difference => ({ witness, start: variant.left.start, end: variant.left.end, text: variant.right.text }),
      ),
    )
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const places: Place[] = [];
  for (const difference of differences) {
    const place = places.at(-1);
    // Insertions at one point make one place; so do differences that overlap.
    const sameInsertion = place?.start === place?.end && difference.start === difference.end && difference.start === place?.start;
    if (place && (difference.start < place.end || sameInsertion)) {
      place.differences.push(difference);
      place.end = Math.max(place.end, difference.end);
    } else places.push({ start: difference.start, end: difference.end, differences: [difference] });
  }
  const blocks = readingBlocks(base);
  return { base, pieces: places.flatMap((place) => pieces(base, others, place, blocks)) };
}

/** One place cut into pieces at block edges (one piece at the nearest block edge when it holds no written text). */
function pieces(base: ExportWitness, others: readonly ExportWitness[], { start, end, differences }: Place, blocks: readonly Block[]): AppPiece[] {
  const pointer = (witnesses: readonly ExportWitness[]) => witnesses.map((witness) => `#${teiIds.listedWitness(witness.id)}`).join(' ');
  const agreeing = others.filter((witness) => !differences.some((item) => item.witness === witness));
  const lem = pointer([base, ...agreeing]);
  // Transcriptions with the same words here share one reading.
  const byText = new Map<string, ExportWitness[]>();
  for (const witness of others.filter((other) => !agreeing.includes(other))) {
    const text = readingOf(base, differences.filter((item) => item.witness === witness), start, end);
    byText.set(text, [...(byText.get(text) ?? []), witness]);
  }
  const readings = [...byText].map(([text, witnesses]) => ({ wit: pointer(witnesses), text }));
  const cut: AppPiece[] = [];
  for (let block = firstBlockEndingAfter(blocks, start); block < blocks.length && (blocks[block]?.start ?? end) < end; block += 1) {
    const edges = blocks[block] ?? { start, end };
    const first = cut.length === 0;
    cut.push({ block, start: Math.max(start, edges.start), end: Math.min(end, edges.end), lem, readings: readings.map((reading) => (first ? reading : { ...reading, text: '' })) });
  }
  if (cut.length > 0) return cut;
  const block = Math.max(0, lastBlockStartingBefore(blocks, start + 1));
  const edges = blocks[block] ?? { start, end: start };
  const at = Math.min(Math.max(start, edges.start), edges.end);
  return [{ block, start: at, end: at, lem, readings }];
}

/** The base's text over [start, end) with one transcription's differences there put in. */
function readingOf(base: ExportWitness, differences: readonly Difference[], start: number, end: number): string {
  let text = '';
  let cursor = start;
  for (const difference of differences) {
    text += base.text.slice(cursor, difference.start) + difference.text;
    cursor = difference.end;
  }
  return text + base.text.slice(cursor, end);
}
