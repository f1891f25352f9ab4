import { describe, expect, it } from 'vitest';
import type { NodeLike } from './selection-offsets.js';
import { offsetsToRange, pointToOffset, rangeToOffsets, textRuns } from './selection-offsets.js';

/** A stand-in for DOM nodes: just what the mapping reads, with parents wired up. */
interface FakeNode extends NodeLike {
  readonly parentNode: FakeNode | null;
  readonly childNodes: FakeNode[];
  name: string;
}

function text(value: string): FakeNode {
  return { nodeType: 3, nodeValue: value, parentNode: null, childNodes: [], name: '#text' };
}

function el(name: string, start: number | null, children: FakeNode[]): FakeNode {
  const node: FakeNode = {
    nodeType: 1,
    nodeValue: null,
    parentNode: null,
    childNodes: children,
    name,
    getAttribute: (attribute) => (attribute === 'data-start' && start !== null ? String(start) : null),
  };
  for (const child of children) (child as { parentNode: FakeNode | null }).parentNode = node;
  return node;
}

/**
 * The reading text "Comr. Mao!\nthe [Stalin] view\n“to move  toward”" laid out as WitnessText does: a lone
 * run right inside its block, a block with an editorial mark, and one inside a cable header holding a
 * non-breaking space and a line break kept in pre-wrap text. The "\n" between blocks is not in the DOM.
 */
const READING = 'Comr. Mao!\nthe [Stalin] view\n“to move\u00a0toward\nreunification”';
function telegram() {
  const salutation = text('Comr. Mao!');
  const before = text('the ');
  const open = text('[');
  const name = text('Stalin');
  const close = text(']');
  const after = text(' view');
  const body = text('“to move\u00a0toward\nreunification”');
  const p1 = el('p', 0, [salutation]);
  const mark = el('span', 15, [el('span', 15, [open]), el('span', 16, [name]), el('span', 22, [close])]);
  const p2 = el('p', 11, [el('span', 11, [before]), mark, el('span', 23, [after])]);
  const p3 = el('p', 29, [body]);
  const header = el('div', null, [p3]);
  const article = el('article', null, [p1, p2, header]);
  const panel = el('aside', null, [el('dd', null, [text('Vyshinsky')])]);
  const page = el('body', null, [article, panel]);
  return { page, article, panel, salutation, before, open, name, close, after, body, p1, p2, p3, header };
}

const range = (startContainer: FakeNode, startOffset: number, endContainer: FakeNode, endOffset: number) => ({
  startContainer,
  startOffset,
  endContainer,
  endOffset,
});

describe('rangeToOffsets', () => {
  it('maps a selection inside one text node to its reading-text offsets', () => {
    const { article, salutation } = telegram();
    expect(rangeToOffsets(article, range(salutation, 6, salutation, 9))).toEqual({ start: 6, end: 9 });
    expect(READING.slice(6, 9)).toBe('Mao');
  });

  it('counts the markup delimiters of an editorial mark across several text nodes', () => {
    const { article, before, close } = telegram();
    const offsets = rangeToOffsets(article, range(before, 0, close, 1));
    expect(offsets).toEqual({ start: 11, end: 23 });
    expect(READING.slice(11, 23)).toBe('the [Stalin]');
  });

  it('is exact across a non-breaking space and a line break inside pre-wrap text', () => {
    const { article, body } = telegram();
    const offsets = rangeToOffsets(article, range(body, 4, body, 27));
    expect(offsets && READING.slice(offsets.start, offsets.end)).toBe('move\u00a0toward\nreunificati');
  });

  it('includes the line break between blocks when the selection crosses it', () => {
    const { article, salutation, before } = telegram();
    const offsets = rangeToOffsets(article, range(salutation, 6, before, 3));
    expect(offsets && READING.slice(offsets.start, offsets.end)).toBe('Mao!\nthe');
  });

  it('keeps a triple-clicked paragraph to the paragraph, not the line break after it', () => {
    const { article, p2, p3 } = telegram();
    const offsets = rangeToOffsets(article, range(p2, 0, p3, 0));
    expect(offsets && READING.slice(offsets.start, offsets.end)).toBe('the [Stalin] view');
  });

  it('snaps boundaries on elements without text of their own into the nearest characters', () => {
    const { article, header, p1 } = telegram();
    expect(rangeToOffsets(article, range(article, 0, article, 3))).toEqual({ start: 0, end: READING.length });
    expect(rangeToOffsets(article, range(p1, 1, header, 0))).toEqual({ start: 11, end: 28 });
  });

  it('refuses a collapsed selection', () => {
    const { article, name } = telegram();
    expect(rangeToOffsets(article, range(name, 2, name, 2))).toBeNull();
  });

  it('refuses a selection that only covers the gap between two blocks', () => {
    const { article, salutation, p2 } = telegram();
    expect(rangeToOffsets(article, range(salutation, 10, p2, 0))).toBeNull();
  });

  it('refuses a selection that runs on from the text into the information panel', () => {
    const { article, body, panel } = telegram();
    expect(rangeToOffsets(article, range(body, 3, panel, 1))).toBeNull();
  });

  it('refuses a selection that starts outside the text', () => {
    const { article, page, salutation } = telegram();
    expect(rangeToOffsets(article, range(page, 0, salutation, 4))).toBeNull();
  });
});

describe('pointToOffset', () => {
  it('answers null for a point outside the root', () => {
    const { article, panel } = telegram();
    expect(pointToOffset(article, panel, 0, 'start')).toBeNull();
  });

  it('places a point at the very end of the text after its last character', () => {
    const { article } = telegram();
    expect(pointToOffset(article, article, 3, 'start')).toBe(READING.length);
    expect(pointToOffset(article, article, 3, 'end')).toBe(READING.length);
  });
});

describe('textRuns', () => {
  it('lists every text node of the reading text in order with the offsets it covers', () => {
    const { article } = telegram();
    const runs = textRuns(article);
    expect(runs.map((run) => [run.start, run.end])).toEqual([
      [0, 10],
      [11, 15],
      [15, 16],
      [16, 22],
      [22, 23],
      [23, 28],
      [29, READING.length],
    ]);
    for (const run of runs) expect(run.node.nodeValue).toBe(READING.slice(run.start, run.end));
  });

  it('ignores text outside data-start elements', () => {
    const stray = el('div', null, [text('not reading text'), el('span', 4, [text('text')])]);
    expect(textRuns(stray).map((run) => run.node.nodeValue)).toEqual(['text']);
  });
});

const GAPS = new Set([10, 28]);

describe('offsetsToRange', () => {
  it('is the inverse of rangeToOffsets for every passage of the text', () => {
    const { article } = telegram();
    const runs = textRuns(article);
    for (let start = 0; start < READING.length; start++) {
      for (let end = start + 1; end <= READING.length; end++) {
        const found = offsetsToRange(runs, start, end);
        const back = found && rangeToOffsets(article, found);
        // The line breaks between blocks (offsets 10 and 28) are not in the DOM: a passage is pulled in off them.
        let shownStart = start;
        let shownEnd = end;
        while (GAPS.has(shownStart)) shownStart++;
        while (shownEnd > shownStart && GAPS.has(shownEnd - 1)) shownEnd--;
        expect(back).toEqual(shownEnd > shownStart ? { start: shownStart, end: shownEnd } : null);
      }
    }
  });

  it('pulls a passage that begins or ends on a line break between blocks in to the text shown', () => {
    const { article, salutation, before } = telegram();
    expect(offsetsToRange(textRuns(article), 10, 14)).toEqual(range(before, 0, before, 3));
    expect(offsetsToRange(textRuns(article), 6, 11)).toEqual(range(salutation, 6, salutation, 10));
  });

  it('answers null for a passage beyond the text or empty', () => {
    const runs = textRuns(telegram().article);
    expect(offsetsToRange(runs, READING.length, READING.length + 4)).toBeNull();
    expect(offsetsToRange(runs, 5, 5)).toBeNull();
    expect(offsetsToRange([], 0, 3)).toBeNull();
  });
});
