/**
 * Passages of a witness's current reading text: checking a selection the reader made, describing it as
 * an annotation target, and finding a stored target again in the text as it is now.
 */
import type { AnchoredAnnotation, Annotation, AnnotationTarget } from '../../core/annotation/model.js';
import { anchorQuote } from '../../core/anchoring/anchor.js';
import { describePassage } from '../../core/anchoring/describe.js';
import { splitsPair } from '../../core/anchoring/surrogates.js';
import { CarrelError } from '../../core/errors.js';
import type { Db } from '../repositories/prepared.js';
import { readingTextOf } from '../repositories/witnesses.js';
import { noWitness } from './not-found.js';

/** A witness's current reading text and its document. */
export interface WitnessText {
  witnessId: string;
  documentId: string;
  text: string;
}

/** The witness's current reading text; CarrelError('not-found') for an unknown witness. */
export function witnessText(db: Db, witnessId: string): WitnessText {
  const found = readingTextOf(db, witnessId);
  if (!found) throw noWitness(witnessId);
  return { witnessId, ...found };
}

/**
 * The target for the passage [start, end) of the witness's text. The quote is taken from the stored
 * text, never from the caller, so that what is kept is what the reader saw. Throws
 * CarrelError('bad-request') for a selection that is empty, blank, outside the text or cuts a character.
 */
export function targetOf({ witnessId, text }: WitnessText, start: number, end: number): AnnotationTarget {
  // The contract's schema refuses these too; the CLI calls the service without it.
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) {
    throw new CarrelError('bad-request', 'Select some text first: the selection is empty.');
  }
  if (end > text.length) {
    throw new CarrelError(
      'bad-request',
      `That selection is outside the text: it ends at ${end}, but this transcription has ${text.length} characters. The text may have changed; select the passage again.`,
    );
  }
  if (text.slice(start, end).trim() === '') {
    throw new CarrelError('bad-request', 'Select some text first: the selection holds only spaces or line breaks.');
  }
  if (splitsPair(text, start) || splitsPair(text, end)) {
    throw new CarrelError('bad-request', 'That selection cuts a character in half. Select the passage again.');
  }
  const { quote, position } = describePassage(text, start, end);
  return { witnessId, quote, position };
}

/**
 * The annotation (whole, or the part of it painting reads) with where it lands in `text` now (its
 * witness's current reading text).
 */
export function anchoredIn<T extends Pick<Annotation, 'target'>>(text: string, annotation: T): T & Pick<AnchoredAnnotation, 'anchor'> {
  const { target } = annotation;
  // Document notes have no passage; callers list only passage annotations.
  if (!target) return { ...annotation, anchor: { status: 'orphaned' } };
  return { ...annotation, anchor: anchorQuote(text, target.quote, target.position) };
}

/** Text order: by where each annotation lands now, longer first at one start; orphans last, in their old order. */
export function inTextOrder(a: Pick<AnchoredAnnotation, 'anchor' | 'target' | 'created'>, b: Pick<AnchoredAnnotation, 'anchor' | 'target' | 'created'>): number {
  const [x, y] = [a.anchor, b.anchor];
  if (x.status === 'anchored' && y.status === 'anchored') return x.start - y.start || y.end - x.end || a.created.localeCompare(b.created);
  if (x.status === 'anchored') return -1;
  if (y.status === 'anchored') return 1;
  return (a.target?.position.start ?? 0) - (b.target?.position.start ?? 0) || a.created.localeCompare(b.created);
}
