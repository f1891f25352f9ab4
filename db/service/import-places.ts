/**
 * Where an imported annotation goes: the witness it names, when that witness is in this library; else
 * the document whose source URL is its target's source (or the Carrel URN of one of our witnesses or
 * documents); and where in that document's witnesses its passage lies now.
 */
import type { Anchor, AnnotationTarget, TextPositionSelector, TextQuoteSelector } from '../../core/annotation/model.js';
import { anchorQuote } from '../../core/anchoring/anchor.js';
import { describePassage } from '../../core/anchoring/describe.js';
import { occurrences } from '../../core/anchoring/exact.js';
import { splitsPair } from '../../core/anchoring/surrogates.js';
import { CarrelError } from '../../core/errors.js';
import { carrelIdOf } from '../../core/export/web-annotation.js';
import type { ImportedAnnotation } from '../../core/import/jsonld.js';
import { allDocuments, documentById } from '../repositories/documents.js';
import type { Db } from '../repositories/prepared.js';
import { documentOfWitness, readingTextOf, witnessesOfDocument } from '../repositories/witnesses.js';
import { documentDetail } from './documents.js';
import type { WitnessText } from './passages.js';

/** A document of the library that an import writes into: its title as the library shows it, and its witnesses. */
export interface ImportDocument {
  id: string;
  title: string;
  /** In position order, the archive record first; their current reading texts. */
  witnesses: readonly WitnessText[];
}

/** Where a record goes: its document, and the witness it names when that witness is in the library. */
export interface Destination {
  document: ImportDocument;
  witness: WitnessText | undefined;
}

/** The passage of a record as stored: its target, and whether it was found in the text. */
export interface PlacedPassage {
  target: AnnotationTarget;
  orphaned: boolean;
}

/**
 * The library as an import looks things up in it, read once: answers the destination of the `n`th
 * record of a file. Throws CarrelError('not-found') when no document matches, with the message the
 * reader sees; the import's transaction then writes nothing.
 */
export function libraryDestinations(db: Db): (record: ImportedAnnotation, n: number) => Destination {
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

  return (record, n) => {
    const named = record.witnessId === undefined ? undefined : documentOfWitness(db, record.witnessId);
    if (named !== undefined) {
      const document = documentOf(named);
      return { document, witness: witnessIn(document, record.witnessId) };
    }
    const sourceWitness = carrelIdOf('witness', record.source);
    const documentId =
      bySource.get(comparableUrl(record.source)) ??
      (sourceWitness === undefined ? undefined : documentOfWitness(db, sourceWitness)) ??
      documentWithId(db, carrelIdOf('document', record.source));
    if (documentId === undefined) {
      throw new CarrelError('not-found', `No document in the library matches ${record.source} (annotation ${n}). Nothing was imported.`);
    }
    const document = documentOf(documentId);
    return { document, witness: witnessIn(document, sourceWitness) };
  };
}

/**
 * Finds the passage of a record in its destination, and describes it as a target. In the witness the
 * record names, when there is one; else in each of the document's witnesses, taking the best evidence
 * (the offsets hold, then an exact match, then an approximate one), the first witness on a tie. Found at
 * the file's own offsets, the file's selectors are kept as they are (a round trip changes nothing);
 * found elsewhere, the target is described afresh from the text, as a new selection would be. A passage
 * found nowhere is kept orphaned with the file's quote, on the named or first witness. Throws
 * CarrelError('bad-request') for a record whose offsets are not in the text and that has no quote.
 */
export function placePassage(
  { document, witness }: Destination,
  quote: Omit<TextQuoteSelector, 'type'> | undefined,
  position: Pick<TextPositionSelector, 'start' | 'end'> | undefined,
  n: number,
): PlacedPassage {
  const candidates = witness ? [witness] : document.witnesses;
  const found = bestPlace(candidates, quote, position);
  if (found) {
    const { witness: { witnessId, text }, anchor } = found;
    if (anchor.method === 'position' && quote && position) {
      return { target: { witnessId, quote: { type: 'TextQuoteSelector', ...quote }, position: { type: 'TextPositionSelector', ...position } }, orphaned: false };
    }
    return { target: { witnessId, ...describePassage(text, anchor.start, anchor.end) }, orphaned: false };
  }
  const home = candidates[0];
  if (!home) throw new CarrelError('conflict', `“${document.title}” has no transcription to put annotation ${n} on. Nothing was imported.`);
  if (!quote) {
    const where = position ? `characters ${position.start}–${position.end}` : 'no passage';
    throw new CarrelError('bad-request', `Annotation ${n} points at ${where}, which “${document.title}” does not have, and gives no quote to find its passage by. Nothing was imported.`);
  }
  // The store keeps offsets with every passage; a quote that came without them is placed at the start
  // until the reader re-attaches it.
  const kept = position ?? { start: 0, end: quote.exact.length };
  return {
    target: { witnessId: home.witnessId, quote: { type: 'TextQuoteSelector', ...quote }, position: { type: 'TextPositionSelector', ...kept } },
    orphaned: true,
  };
}

/** Anchoring methods from the strongest evidence to the weakest. */
const EVIDENCE = ['position', 'exact', 'fuzzy'] as const;

type Found = { witness: WitnessText; anchor: Extract<Anchor, { status: 'anchored' }> };

/**
 * The witness where the passage is found on the best evidence, the first of them on a tie. Witnesses
 * holding the quote at the record's offsets are tried first, and the search stops at a passage found
 * there: nothing is better, and weighing a quote's occurrences in the other witnesses costs
 * milliseconds an annotation (seconds for a large file).
 */
function bestPlace(candidates: readonly WitnessText[], quote: Omit<TextQuoteSelector, 'type'> | undefined, position: Pick<TextPositionSelector, 'start' | 'end'> | undefined): Found | undefined {
  const atOffsets = (text: string) => quote !== undefined && position !== undefined && text.startsWith(quote.exact, position.start);
  // Stable: the other witnesses keep their order, so the first still wins a tie.
  const ordered = [...candidates].sort((a, b) => Number(atOffsets(b.text)) - Number(atOffsets(a.text)));
  let best: Found | undefined;
  for (const witness of ordered) {
    const anchor = anchorRecord(witness.text, quote, position);
    if (anchor.status !== 'anchored') continue;
    if (!best || EVIDENCE.indexOf(anchor.method) < EVIDENCE.indexOf(best.anchor.method)) best = { witness, anchor };
    if (anchor.method === 'position') break;
  }
  return best;
}

/**
 * Where the record's passage is in `text`: by its quote and context (anchorQuote); by its quote alone
 * when the file gives no context; or, without a quote, at its offsets when they are a passage of it.
 */
function anchorRecord(text: string, quote: Omit<TextQuoteSelector, 'type'> | undefined, position: Pick<TextPositionSelector, 'start' | 'end'> | undefined): Anchor {
  // anchorQuote reads a missing context as "the passage is at the text's edge"; other tools often just leave it out.
  if (quote?.prefix === '' && quote.suffix === '') return anchorBareQuote(text, quote.exact, position);
  if (quote) return anchorQuote(text, quote, position);
  if (position && isPassage(text, position)) return { status: 'anchored', start: position.start, end: position.end, method: 'position' };
  return ORPHANED;
}

/**
 * A quote without context: at its offsets when it is there, else at its only occurrence. Of several
 * occurrences nothing says which is meant, so the passage is orphaned for the reader to re-attach
 * rather than put on one they did not mean.
 */
function anchorBareQuote(text: string, exact: string, position: Pick<TextPositionSelector, 'start' | 'end'> | undefined): Anchor {
  if (position && text.startsWith(exact, position.start)) return { status: 'anchored', start: position.start, end: position.start + exact.length, method: 'position' };
  const found = occurrences(text, exact);
  const [only] = found;
  return found.length === 1 && only !== undefined ? { status: 'anchored', start: only, end: only + exact.length, method: 'exact' } : ORPHANED;
}

const ORPHANED: Anchor = { status: 'orphaned' };

/** True when [start, end) is a passage a reader could have selected: inside the text, not blank, no character cut. */
function isPassage(text: string, { start, end }: Pick<TextPositionSelector, 'start' | 'end'>): boolean {
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

function importDocument(db: Db, documentId: string): ImportDocument {
  const { title, witnesses } = documentDetail(db, documentId);
  return {
    id: documentId,
    title,
    witnesses: witnesses.map(({ id }) => ({ witnessId: id, documentId, text: readingTextOf(db, id)?.text ?? '' })),
  };
}
