/** The one wording of "that is gone", for each kind of thing a reader may have open while it is deleted. */
import { CarrelError } from '../../core/errors.js';

/** A document id that matches nothing. */
export function noDocument(id: string): CarrelError {
  return new CarrelError('not-found', `No document with id ${id}. It may have been deleted.`);
}

/** A witness id that matches nothing. */
export function noWitness(id: string): CarrelError {
  return new CarrelError('not-found', `No witness with id ${id}. It may have been deleted.`);
}

/** An annotation id that matches nothing. */
export function noAnnotation(id: string): CarrelError {
  return new CarrelError('not-found', `No annotation with id ${id}. It may have been deleted, or its deletion not yet undone.`);
}
