import { describe, expect, it } from 'vitest';
import { passageContext } from './passage-context.js';
import type { NodeLike, TextRun } from './selection-offsets.js';

/** Runs over `text` for the given [start, end) stretches, as blocks of a page would show them. */
function runsOver(text: string, ...stretches: [number, number][]): TextRun[] {
  return stretches.map(([start, end]) => {
    const node: NodeLike = { nodeType: 3, parentNode: null, childNodes: [], nodeValue: text.slice(start, end) };
    return { node, start, end };
  });
}

const TEXT = 'In a conversation with the Korean comrades Filippov [Stalin] and his friends expressed the opinion';

describe('passageContext', () => {
  it('gives the quote with whole words around it, cut at the reach', () => {
    const start = TEXT.indexOf('Filippov');
    const context = passageContext(runsOver(TEXT, [0, TEXT.length]), start, start + 'Filippov [Stalin]'.length, 20);
    expect(context).toEqual({ before: 'Korean comrades ', quote: 'Filippov [Stalin]', after: ' and his friends' });
  });

  it('keeps a first or last word whole where the text itself begins or ends', () => {
    const context = passageContext(runsOver(TEXT, [0, TEXT.length]), 3, 4, 10);
    expect(context.before).toBe('In ');
    expect(passageContext(runsOver(TEXT, [0, TEXT.length]), TEXT.length - 7, TEXT.length, 10).after).toBe('');
  });

  it('reads the break between two blocks, and line breaks, as single spaces', () => {
    const text = 'Filippov.”\n\nTelegraph\nthe fulfillment';
    const runs = runsOver(text, [0, 10], [12, text.length]);
    expect(passageContext(runs, 0, 8, 40)).toEqual({ before: '', quote: 'Filippov', after: '.” Telegraph the fulfillment' });
    expect(passageContext(runs, 12, 21, 40).before).toBe('Filippov.” ');
  });
});
