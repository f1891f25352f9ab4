/**
 * Where an imported annotation goes: the witness it names, when that witness is in this library; else
 * the document whose source URL is its target's source (or the Carrel URN of one of our witnesses or
 * documents); else the document the reader chose for such notes. And where in that document's
 * witnesses its passage lies now, by the same anchoring the reader's own notes get (anchorQuote).
 */
import type { Anchor, AnnotationTarget } from '../../core/annotation/model.js';
import { offsetConverter } from '../../core/annotation/code-points.js';
import { anchorQuote } from '../../core/anchoring/anchor.js';
import { describePassage } from '../../core/anchoring/describe.js';
import { splitsPair } from '../../core/anchoring/surrogates.js';
import { carrelIdOf } from '../../core/export/web-annotation.js';
import type { ImportedAnnotation, PositionUnit } from '../../core/import/records.js';
import type { Offsets, Span } from '../../core/import/selectors.js';
import { allDocuments, documentById } from '../repositories/documents.js';
import type { Db } from '../repositories/prepared.js';
import { documentOfWitness, readingTextOf, witnessesOfDocument } from '../repositories/witnesses.js';
import { documentDetail } from './documents.js';

/** A witness an import writes into: its current reading text, and the text's offsets from code points. */
export interface ImportWitness {
  witnessId: string;
  text: string;
  /** The UTF-16 offset of a code point offset into `text` (the W3C model counts code points). */
  fromCodePoints: (codePoints: number) => number;
}

/** A document of the library that an import writes into: its title as the library shows it, and its witnesses. */
export interface ImportDocument {
  id: string;
  title: string;
  /** In position order, the archive record first. */
  witnesses: readonly ImportWitness[];
}

/** Where a record goes: its document, and the witness it names when that witness is in the library. */
export interface Destination {
  document: ImportDocument;
  witness: ImportWitness | undefined;
}

/** The passage of a record as it will be stored, or why it cannot be. */
export type Placement = { target: AnnotationTarget; witness: ImportWitness } | { skip: string };

/**
 * The library as an import looks things up in it, read once: answers the destination of a record, or
 * undefined when no document matches it and no `fallback` document was given for such records.
 */
export function libraryDestinations(db: Db, fallback: string | undefined): (record: ImportedAnnotation) => Destination | undefined {
  const bySource = documentsBySource(db);
  const documents = new Map<string, ImportDocument>();
  const documentOf = (id: string): ImportDocument => {
    let document = documents.get(id);
    if (!document) {
      document = importDocument(db, id);
      documents.set(id, document);
    }
    return document;
  };
  const witnessIn = (document: ImportDocument, witnessId: string | undefined) => document.witnesses.find((witness) => witness.witnessId === witnessId);
  // A file names a few witnesses, each thousands of times.
  const witnessDocuments = new Map<string, string | undefined>();
  const documentOfNamed = (witnessId: string) => {
    if (!witnessDocuments.has(witnessId)) witnessDocuments.set(witnessId, documentOfWitness(db, witnessId));
    return witnessDocuments.get(witnessId);
  };

  return (record) => {
    const named = record.witnessId === undefined ? undefined : documentOfNamed(record.witnessId);
    if (named !== undefined) {
      const document = documentOf(named);
      return { document, witness: witnessIn(document, record.witnessId) };
    }
    const source = record.source;
    const sourceWitness = source === undefined ? undefined : carrelIdOf('witness', source);
    const documentId =
      (source === undefined
        ? undefined
        : (bySource.get(comparableUrl(source)) ?? (sourceWitness === undefined ? undefined : documentOfNamed(sourceWitness)) ?? documentWithId(db, carrelIdOf('document', source)))) ?? fallback;
    if (documentId === undefined) return undefined;
    const document = documentOf(documentId);
    return { document, witness: witnessIn(document, sourceWitness) };
  };
}

/**
 * Finds the passage of a record in its destination and describes it as a target: in the witness the
 * record names, when there is one; else in each of the document's witnesses, taking the best evidence
 * (the offsets hold, then an exact match, then an approximate one), the first witness on a tie. Found,
 * the target is described from the text, as a selection there would be (for Carrel's own file, exactly
 * what the file says). Found nowhere, a quote is kept orphaned on the named or first witness; a passage
 * given only by offsets or a range has nothing to keep, and is skipped with the reason.
 */
export function placePassage({ document, witness }: Destination, record: ImportedAnnotation): Placement {
  const candidates = witness ? [witness] : document.witnesses;
  const home = candidates[0];
  if (!home) return { skip: `“${document.title}” has no transcription to put it on.` };
  const found = bestPlace(candidates, record);
  if (found) return { target: { witnessId: found.witness.witnessId, ...describePassage(found.witness.text, found.start, found.end) }, witness: found.witness };
  if (!record.quote) return { skip: notFound(record, document, home) };
  const position = utf16Offsets(home, record.position, record.unit);
  // The store keeps offsets with every passage; a quote without usable ones is placed at the start until the reader re-attaches it.
  const kept = position && position.end <= home.text.length ? position : { start: 0, end: record.quote.exact.length };
  return {
    target: { witnessId: home.witnessId, quote: { type: 'TextQuoteSelector', ...record.quote }, position: { type: 'TextPositionSelector', ...kept } },
    witness: home,
  };
}

/** Whether the reader will find the target orphaned in the witness's text: listAnnotations' own anchoring. */
export function readsOrphaned(witness: ImportWitness, target: AnnotationTarget): boolean {
  return anchorQuote(witness.text, target.quote, target.position).status !== 'anchored';
}

/** Anchoring methods from the strongest evidence to the weakest. */
const EVIDENCE = ['position', 'exact', 'fuzzy'] as const;

type Found = { witness: ImportWitness; start: number; end: number; method: (typeof EVIDENCE)[number] };

/**
 * The witness where the passage is found on the best evidence, the first of them on a tie. Witnesses
 * holding the quote at the record's offsets are tried first, and the search stops at a passage found
 * there: nothing is better, and weighing a quote's occurrences in the other witnesses costs
 * milliseconds an annotation (seconds for a large file).
 */
function bestPlace(candidates: readonly ImportWitness[], record: ImportedAnnotation): Found | undefined {
  const atOffsets = (witness: ImportWitness) => {
    const position = utf16Offsets(witness, record.position, record.unit);
    return record.quote !== undefined && position !== undefined && witness.text.startsWith(record.quote.exact, position.start);
  };
  // Stable: the other witnesses keep their order, so the first still wins a tie.
  const ordered = candidates.length > 1 ? [...candidates].sort((a, b) => Number(atOffsets(b)) - Number(atOffsets(a))) : candidates;
  let best: Found | undefined;
  for (const witness of ordered) {
    const found = record.range ? rangeIn(witness, record.range, record.unit) : spanIn(witness, record, record.unit);
    if (!found) continue;
    if (!best || EVIDENCE.indexOf(found.method) < EVIDENCE.indexOf(best.method)) best = { witness, ...found };
    if (found.method === 'position') break;
  }
  return best;
}

type Located = Pick<Found, 'start' | 'end' | 'method'>;

/** Where a span is in the witness's text: by its quote (anchorQuote), or, without one, at its offsets when they are a passage of it. */
function spanIn(witness: ImportWitness, { quote, position }: Span, unit: PositionUnit): Located | undefined {
  const offsets = utf16Offsets(witness, position, unit);
  const anchor: Anchor = quote
    ? anchorQuote(witness.text, quote, offsets)
    : offsets && isPassage(witness.text, offsets)
      ? { status: 'anchored', ...offsets, method: 'position' }
      : { status: 'orphaned' };
  return anchor.status === 'anchored' ? anchor : undefined;
}

/** A RangeSelector's passage: from where its first end starts to where its second starts, when both are found in order. */
function rangeIn(witness: ImportWitness, range: { from: Span; to: Span }, unit: PositionUnit): Located | undefined {
  const from = spanIn(witness, range.from, unit);
  const to = spanIn(witness, range.to, unit);
  if (!from || !to || !isPassage(witness.text, { start: from.start, end: to.start })) return undefined;
  // As good as its weaker end.
  const method = EVIDENCE[Math.max(EVIDENCE.indexOf(from.method), EVIDENCE.indexOf(to.method))] ?? 'fuzzy';
  return { start: from.start, end: to.start, method };
}

/** The offsets in the text's UTF-16 units, or undefined when they lie beyond its end. */
function utf16Offsets(witness: ImportWitness, position: Offsets | undefined, unit: PositionUnit): Offsets | undefined {
  if (!position) return undefined;
  const convert = unit === 'code-points' ? witness.fromCodePoints : (offset: number) => offset;
  const start = convert(position.start);
  const end = convert(position.end);
  return end <= witness.text.length ? { start, end } : undefined;
}

/** Why a passage given without a quote was found nowhere, in a sentence. */
function notFound(record: ImportedAnnotation, document: ImportDocument, home: ImportWitness): string {
  if (record.range) return `The two ends of its RangeSelector are not found, in order, in “${document.title}”.`;
  const position = record.position;
  if (!position) return `It gives no passage that can be found in “${document.title}”.`;
  const length = record.unit === 'code-points' ? [...home.text].length : home.text.length;
  const where = `characters ${position.start.toLocaleString('en')}–${position.end.toLocaleString('en')}`;
  return position.end > length
    ? `It points at ${where}, beyond the end of “${document.title}” (${length.toLocaleString('en')} characters), and gives no quote to find its passage by.`
    : `It points at ${where} of “${document.title}”, which are not a passage of its text (only spaces, or half a character), and gives no quote to find it by.`;
}

/** True when [start, end) is a passage a reader could have selected: inside the text, not blank, no character cut. */
function isPassage(text: string, { start, end }: Offsets): boolean {
  return start >= 0 && end > start && end <= text.length && text.slice(start, end).trim() !== '' && !splitsPair(text, start) && !splitsPair(text, end);
}

/**
 * Every document by the source URLs its witnesses give, compared as comparableUrl writes them. The
 * document's merged source URL is its first witness's that has one, so it is among them.
 */
function documentsBySource(db: Db): Map<string, string> {
  const bySource = new Map<string, string>();
  for (const document of allDocuments(db)) {
    for (const witness of witnessesOfDocument(db, document.id)) {
      const url = witness.meta.sourceUrl?.trim();
      if (url && !bySource.has(comparableUrl(url))) bySource.set(comparableUrl(url), document.id);
    }
  }
  return bySource;
}

/**
 * A URL as two tools may write the same page differently: http or https, the host in any case, with or
 * without a trailing slash or a fragment. Anything that is not a URL stays as it is.
 */
export function comparableUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return value.trim();
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return value.trim();
  url.hash = '';
  const path = url.pathname.replace(/\/+$/u, '');
  return `https://${url.host}${path}${url.search}`;
}

function documentWithId(db: Db, id: string | undefined): string | undefined {
  return id === undefined ? undefined : documentById(db, id)?.id;
}

/** The document as an import writes into it, its transcriptions' texts read; throws CarrelError('not-found') when it is not in the library. */
export function importDocument(db: Db, documentId: string): ImportDocument {
  const { title, witnesses } = documentDetail(db, documentId);
  return {
    id: documentId,
    title,
    witnesses: witnesses.map(({ id }) => {
      const text = readingTextOf(db, id)?.text ?? '';
      return { witnessId: id, text, fromCodePoints: offsetConverter(text).toUtf16 };
    }),
  };
}
