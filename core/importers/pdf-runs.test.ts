import { describe, expect, it } from 'vitest';
import { placeRuns, unligate, type PdfTextItem } from './pdf-runs.js';

/** The viewport pdf.js gives an upright A4 page at scale 1: y turned downwards from the top. */
const UPRIGHT = [1, 0, 0, -1, 0, 842];

function item(str: string, transform: number[], dir = 'ltr'): PdfTextItem {
  return { str, dir, transform, width: str.length * 6, height: 12 };
}

describe('runs placed on the page', () => {
  it('places a run at its baseline from the top of the page, with its font size', () => {
    const { runs } = placeRuns([item('Moscow', [12, 0, 0, 12, 72, 742])], UPRIGHT);
    expect(runs).toEqual([{ text: 'Moscow', x: 72, y: 100, width: 36, size: 12, rtl: false }]);
  });

  it('turns text printed sideways on a sideways page so that its lines read left to right and down', () => {
    // Text running up the page: each next line stands further right.
    const sideways = [item('First line', [0, 12, -12, 0, 100, 72]), item('Second line', [0, 12, -12, 0, 115, 72])];
    const { runs, aside } = placeRuns(sideways, UPRIGHT);
    expect(aside).toEqual([]);
    expect(runs.map((run) => run.text)).toEqual(['First line', 'Second line']);
    const [first, second] = runs;
    expect(second && first && second.y > first.y).toBe(true);
    expect(first?.size).toBe(12);
  });

  it('sets aside text at another angle than most of the page, and skips blank items', () => {
    const { runs, aside } = placeRuns(
      [item('The body of the page', [12, 0, 0, 12, 72, 742]), item(' ', [12, 0, 0, 12, 200, 742]), item('DRAFT', [8.5, 8.5, -8.5, 8.5, 300, 400])],
      UPRIGHT,
    );
    expect(runs.map((run) => run.text)).toEqual(['The body of the page']);
    expect(aside).toEqual(['DRAFT']);
  });

  it('keeps pdf.js’s judgement that a run is right to left', () => {
    expect(placeRuns([item('שלום', [12, 0, 0, 12, 72, 742], 'rtl')], UPRIGHT).runs[0]?.rtl).toBe(true);
  });

  it('reads ligatures as the letters they join, and nothing else', () => {
    expect(unligate('ﬁnding ﬂowers, ﬀ ﬃ ﬄ ﬆ')).toBe('finding flowers, ff ffi ffl st');
    // NFKC would turn these into other characters; they are text and stay.
    expect(unligate('x² ½ № Å ﬁ')).toBe('x² ½ № Å fi');
    expect(placeRuns([item('ﬁle', [12, 0, 0, 12, 72, 742])], UPRIGHT).runs[0]?.text).toBe('file');
  });

  it('reads Arabic presentation forms as the letters they shape', () => {
    expect(unligate('ﻣﺮﺣﺒﺎ ﺑﺎﻟﻌﺎﻟﻢ، ﻻ')).toBe('مرحبا بالعالم، لا');
  });
});
