import { describe, expect, it } from 'vitest';
import { shortestInterval } from './shortest-interval.js';

describe('the innermost of things painted at one place', () => {
  it('takes the shortest, the first given on a tie, and skips what is not there', () => {
    const paragraph = { name: 'highlight', start: 0, end: 200 };
    const mention = { name: 'mention', start: 10, end: 20 };
    const note = { name: 'note from the web page', start: 10, end: 20 };
    expect(shortestInterval(paragraph, mention, note)?.name).toBe('mention');
    expect(shortestInterval(paragraph, undefined, note)?.name).toBe('note from the web page');
    expect(shortestInterval<typeof note>(undefined, undefined)).toBeUndefined();
  });
});
