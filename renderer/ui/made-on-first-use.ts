/**
 * A value made the first time it is asked for, then kept. For ICU formatters and collators a module would
 * otherwise build as it loads: the first of them loads ICU's data, tens of milliseconds that would fall
 * before the first screen's paint instead of after it.
 */
export function madeOnFirstUse<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
