import { describe, expect, it } from 'vitest';
import { echoed } from './errors.js';

describe('input repeated in a message', () => {
  it('is kept whole when short, cut with an ellipsis when long, never inside a character', () => {
    expect(echoed('nope')).toBe('nope');
    expect(echoed('x'.repeat(1_000_000))).toBe(`${'x'.repeat(60)}…`);
    const astral = `${'x'.repeat(59)}😀${'y'.repeat(10)}`;
    expect(echoed(astral)).toBe(`${'x'.repeat(59)}…`);
  });
});
