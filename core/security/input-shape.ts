/**
 * Two shapes of input refused before any schema reads it, for the dispatcher's arguments and for the
 * JSON of a notes file alike. Both walk without recursion, so a hostile depth costs no stack, and
 * without an object per value visited: a notes file of 10,000 annotations holds about a million values,
 * and the garbage of walking them was a tenth of its import.
 */

/** True when objects and lists nest more than `limit` levels deep in `value`. */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  // Two stacks side by side: a value still to look into, and its depth.
  const values: unknown[] = [value];
  const depths: number[] = [0];
  while (values.length > 0) {
    const next = values.pop();
    const depth = depths.pop() ?? 0;
    if (typeof next !== 'object' || next === null) continue;
    if (depth >= limit) return true;
    if (Array.isArray(next)) {
      for (const inner of next) pushInner(values, depths, inner, depth + 1);
    } else {
      const node = next as Record<string, unknown>;
      for (const key of Object.keys(node)) pushInner(values, depths, node[key], depth + 1);
    }
  }
  return false;
}

/** Queues an inner value only when it can nest further: the strings and numbers of a file are most of its values. */
function pushInner(values: unknown[], depths: number[], inner: unknown, depth: number): void {
  if (typeof inner !== 'object' || inner === null) return;
  values.push(inner);
  depths.push(depth);
}

/** True when a string anywhere in `value`, a key included, holds half of a surrogate pair. */
export function holdsBrokenCharacter(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next === 'string') {
      // Half a pair would be stored as U+FFFD, silently changing the text. Asked natively: a regular
      // expression held the thread a fifth of a second on a 17 MB notes file.
      if (!next.isWellFormed()) return true;
    } else if (Array.isArray(next)) {
      for (const inner of next) pending.push(inner);
    } else if (typeof next === 'object' && next !== null) {
      const node = next as Record<string, unknown>;
      for (const key of Object.keys(node)) {
        if (!key.isWellFormed()) return true;
        pending.push(node[key]);
      }
    }
  }
  return false;
}
