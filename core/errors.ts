/**
 * Errors a user can meet, as values with a message written for them. Programming errors stay plain
 * `Error`s; the dispatcher maps only these to answers.
 */
export type CarrelErrorCode = 'bad-request' | 'not-found' | 'conflict' | 'store' | 'unavailable' | 'cancelled';

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

/** The most of a reader's input a message repeats: enough to recognise it, never a wall of it. */
const MOST_ECHOED = 60;

/** `input` as a message may repeat it: cut to MOST_ECHOED characters (never inside a surrogate pair) with "…". */
export function echoed(input: string): string {
  if (input.length <= MOST_ECHOED) return input;
  const cut = /[\ud800-\udbff]/u.test(input.charAt(MOST_ECHOED - 1)) ? MOST_ECHOED - 1 : MOST_ECHOED;
  return `${input.slice(0, cut)}…`;
}
