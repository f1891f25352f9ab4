/**
 * Helpers for exporters that write in chunks: a large export goes to its file a few hundred KB at a
 * time rather than as one string, so that memory stays flat however many annotations it holds.
 */

/** How many parts (annotations, rows) go into one chunk: a few hundred KB for an export. */
const PARTS_PER_CHUNK = 256;

/** The parts with `separator` between them, as `[...parts].join(separator)` would be, in chunks. */
export function* separated(parts: Iterable<string>, separator: string): Generator<string, void, undefined> {
  let chunk = '';
  let count = 0;
  for (const part of parts) {
    chunk += count === 0 ? part : `${separator}${part}`;
    count += 1;
    if (count % PARTS_PER_CHUNK === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}

/** The items in lists of PARTS_PER_CHUNK (the last one shorter), for writers that take many at once. */
export function* batches<T>(items: Iterable<T>): Generator<T[], void, undefined> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === PARTS_PER_CHUNK) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** The chunks as one string. */
export function joined(chunks: Iterable<string>): string {
  return [...chunks].join('');
}
