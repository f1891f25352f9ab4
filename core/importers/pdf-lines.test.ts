import { describe, expect, it } from 'vitest';
import { readingLines, type PageLine } from './pdf-lines.js';
import type { PlacedRun } from './pdf-runs.js';

/** A run whose glyphs are each half its size wide, as a test can reckon them. */
function run(text: string, x: number, y: number, size = 10, rtl = false): PlacedRun {
  return { text, x, y, width: text.length * size * 0.5, size, rtl };
}

const texts = (lines: PageLine[]) => lines.map((line) => line.text);

/** Lines of a column: `count` lines of 40 characters from `x`, 12 apart from `y`. */
function column(label: string, x: number, y: number, count: number): PlacedRun[] {
  return Array.from({ length: count }, (_, index) => run(`${label}${index + 1} `.padEnd(40, 'x'), x, y + 12 * index));
}

describe('reading a page line by line', () => {
  it('reads runs that share a baseline as one line, left to right, with a space where the page leaves a gap', () => {
    const lines = readingLines([run('Zedong', 110, 100), run('Comrade', 40, 100), run('Mao', 78, 100.4), run('Second line', 40, 112)]);
    expect(texts(lines)).toEqual(['Comrade Mao Zedong', 'Second line']);
  });

  it('joins runs that touch without a space, and keeps a raised footnote mark on its line', () => {
    const lines = readingLines([run('un', 40, 100), run('happy', 50, 100), run('1', 75, 96, 6), run('Next', 40, 112)]);
    expect(texts(lines)).toEqual(['unhappy1', 'Next']);
  });

  it('reads a right-to-left line from its rightmost run, each run already in logical order', () => {
    // "שלום עולם" printed as two runs: the first word stands at the right.
    const lines = readingLines([run('עולם', 40, 100, 10, true), run('שלום', 70, 100, 10, true)]);
    expect(texts(lines)).toEqual(['שלום עולם']);
    expect(lines[0]?.rtl).toBe(true);
  });

  it('reads two columns one after the other, not across the gutter', () => {
    const lines = readingLines([...column('L', 40, 100, 4), ...column('R', 280, 100, 4)]);
    expect(texts(lines).map((text) => text.slice(0, 2))).toEqual(['L1', 'L2', 'L3', 'L4', 'R1', 'R2', 'R3', 'R4']);
    expect(lines.map((line) => line.join)).toEqual(['next', 'next', 'next', 'next', 'column', 'next', 'next', 'next']);
  });

  it('reads a title spanning both columns before them', () => {
    const title = run('A title that spans the whole width of the page', 40, 70, 10);
    title.width = 440;
    const lines = readingLines([...column('R', 280, 100, 4), title, ...column('L', 40, 100, 4)]);
    expect(texts(lines).map((text) => text.slice(0, 2))).toEqual(['A ', 'L1', 'L2', 'L3', 'L4', 'R1', 'R2', 'R3', 'R4']);
    expect(lines[1]?.join).toBe('gap');
  });

  it('reads right-to-left columns from the right one', () => {
    const hebrew = (label: string, x: number) => column(label, x, 100, 3).map((placed) => ({ ...placed, rtl: true }));
    const lines = readingLines([...hebrew('L', 40), ...hebrew('R', 280)]);
    expect(texts(lines).map((text) => text.slice(0, 2))).toEqual(['R1', 'R2', 'R3', 'L1', 'L2', 'L3']);
  });

  it('keeps a label and its value on one line across a wide gap', () => {
    const fields = ['Date:', 'From:', 'To:', 'Copy:'].flatMap((label, index) => [run(label, 40, 100 + 12 * index), run(`value number ${index + 1}`, 200, 100 + 12 * index)]);
    expect(texts(readingLines(fields))).toEqual(['Date: value number 1', 'From: value number 2', 'To: value number 3', 'Copy: value number 4']);
  });

  it('parts a block where a blank band crosses it, and says so', () => {
    const lines = readingLines([run('One', 40, 100), run('Two', 40, 112), run('Three', 40, 145), run('Four', 40, 157)]);
    expect(lines.map((line) => `${line.join}:${line.text}`)).toEqual(['next:One', 'next:Two', 'gap:Three', 'next:Four']);
    expect(lines[2]?.block).not.toBe(lines[1]?.block);
  });

  it('keeps a double-spaced typescript in one block', () => {
    const lines = readingLines(Array.from({ length: 5 }, (_, index) => run(`Line ${index}`, 40, 100 + 24 * index)));
    expect(lines.map((line) => line.join)).toEqual(['next', 'next', 'next', 'next', 'next']);
  });

  it('reads text printed twice for a bold effect once', () => {
    expect(texts(readingLines([run('SECRET', 40, 100), run('SECRET', 40.5, 100), run('cable', 80, 100)]))).toEqual(['SECRET cable']);
  });
});
