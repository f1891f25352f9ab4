/** The one wording of "that is gone", for each kind of thing a reader may have open while it is deleted. */
import { CarrelError, echoed, type CarrelErrorCode } from '../../core/errors.js';

/** A document id that matches nothing. */
export function noDocument(id: string): CarrelError {
  return new CarrelError('not-found', `No document with id ${echoed(id)}. It may have been deleted.`);
}

/** A witness id that matches nothing. */
export function noWitness(id: string): CarrelError {
  return new CarrelError('not-found', `No witness with id ${echoed(id)}. It may have been deleted.`);
}

/** An annotation id that matches nothing. */
export function noAnnotation(id: string): CarrelError {
  return new CarrelError('not-found', `No annotation with id ${echoed(id)}. It may have been deleted, or its deletion not yet undone.`);
}

/** A person id that matches nothing; 'bad-request' where the id came inside a request about something else. */
export function noPerson(id: string, code: CarrelErrorCode = 'not-found'): CarrelError {
  return new CarrelError(code, `No person with id ${echoed(id)}. They may have been deleted, or merged into someone else.`);
}
