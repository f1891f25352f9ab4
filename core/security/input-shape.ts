/**
 * Two shapes of input refused before any schema reads it, for the dispatcher's arguments and for the
 * JSON of a notes file alike. Both walk without recursion, so a hostile depth costs no stack.
 */

/** True when objects and lists nest more than `limit` levels deep in `value`. */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next.value !== 'object' || next.value === null) continue;
    if (next.depth >= limit) return true;
    for (const inner of Object.values(next.value)) pending.push({ value: inner, depth: next.depth + 1 });
  }
  return false;
}

/** True when a string anywhere in `value`, a key included, holds half of a surrogate pair. */
export function holdsBrokenCharacter(value: unknown): boolean {
  const pending: unknown[] = [value];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next === 'string') {
      // Half a pair would be stored as U+FFFD, silently changing the text. Asked natively: a regular
      // expression held the thread a fifth of a second on a 17 MB notes file.
      if (!next.isWellFormed()) return true;
    } else if (typeof next === 'object' && next !== null) {
      for (const [key, inner] of Object.entries(next)) pending.push(key, inner);
    }
  }
  return false;
}
