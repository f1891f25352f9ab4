/**
 * Errors a user can meet, as values with a message written for them. Programming errors stay plain
 * `Error`s; the dispatcher maps only these to answers.
 */
export type CarrelErrorCode = 'bad-request' | 'not-found' | 'conflict' | 'store' | 'unavailable';

/** A failure the user can act on: `message` is shown as is. */
export class CarrelError extends Error {
  constructor(
    readonly code: CarrelErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CarrelError';
  }
}

/** True for errors meant for the user (also across realms, where `instanceof` fails). */
export function isCarrelError(error: unknown): error is CarrelError {
  return error instanceof Error && error.name === 'CarrelError' && 'code' in error;
}
