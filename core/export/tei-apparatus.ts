/**
 * The apparatus of a TEI export: for a document with two or more transcriptions, the witnesses declared
 * in `sourceDesc/listWit` and every place where a transcription differs from the first as an
 * `<app>` with one `<rdg wit>` per side, computed by the compare view's own comparison.
 */
import { compareWitnesses } from '../compare/compare.js';
import { DEFAULT_COMPARE_OPTIONS } from '../compare/model.js';
import type { ExportDocument, ExportWitness } from './bundle.js';
import { el, textEl, type MarkupElement } from './markup.js';
import { teiIds } from './tei-ids.js';

/** Whether the document has an apparatus to export: two or more transcriptions. */
function compared(document: ExportDocument): boolean {
  return document.witnesses.length > 1;
}

/** `<listWit>` of the documents' transcriptions, for those with two or more; empty when none has. */
export function teiListWit(documents: readonly ExportDocument[]): MarkupElement[] {
  const witnesses = documents.filter(compared).flatMap((document) => document.witnesses);
  if (witnesses.length === 0) return [];
  return [el('listWit', {}, witnesses.map((witness) => textEl('witness', { 'xml:id': teiIds.listedWitness(witness.id) }, witness.label)))];
}

function reading(witness: ExportWitness, text: string): MarkupElement {
  return textEl('rdg', { wit: `#${teiIds.listedWitness(witness.id)}` }, text);
}

/**
 * `<listApp>` for each document with two or more transcriptions: each later transcription compared with
 * the first (the switches at their defaults, page furniture left out), one `<app>` a variant place, in
 * the first transcription's order; an empty `<rdg>` where a transcription has nothing there.
 */
export function teiListApps(documents: readonly ExportDocument[]): MarkupElement[] {
  return documents.filter(compared).flatMap((document) => {
    const [base, ...others] = document.witnesses;
    if (!base) return [];
    const apps = others.flatMap((other) =>
      compareWitnesses({ ...base, marks: base.marks ?? [] }, { ...other, marks: other.marks ?? [] }, DEFAULT_COMPARE_OPTIONS).variants.map((variant) =>
        el('app', { type: variant.kind }, reading(base, variant.left.text), reading(other, variant.right.text)),
      ),
    );
    return apps.length > 0 ? [el('listApp', { corresp: `#${teiIds.document(document.id)}` }, apps)] : [];
  });
}
