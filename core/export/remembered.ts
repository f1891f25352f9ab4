/**
 * Keeping what an exporter writes the same way for many notes (a colour's term, a tag's pointer), so
 * that a hundred thousand notes make it once each rather than once a note.
 */

/** The value kept under `key` in `kept`, made by `make` the first time it is asked for. */
export function remembered<T>(kept: Map<string, T>, key: string, make: () => T): T {
  let value = kept.get(key);
  if (value === undefined) {
    value = make();
    kept.set(key, value);
  }
  return value;
}
