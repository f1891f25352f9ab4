import { describe, expect, it } from 'vitest';
import { linkMarks } from './link-marks.js';

describe('a block’s autolinks', () => {
  it('are a link over the address and markup over each angle bracket, at reading-text offsets', () => {
    const text = 'Citation:\n\n<http://digitalarchive.wilsoncenter.org/document/115976>';
    const block = { start: 11, end: text.length };
    expect(linkMarks(text, block).map((mark) => [mark.kind, text.slice(mark.start, mark.end)])).toEqual([
      ['markup', '<'],
      ['link', 'http://digitalarchive.wilsoncenter.org/document/115976'],
      ['markup', '>'],
    ]);
  });

  it('are none in a block whose angle brackets hold no web address', () => {
    const text = 'a <b> c <mailto:x@y.z>';
    expect(linkMarks(text, { start: 0, end: text.length })).toEqual([]);
  });
});
