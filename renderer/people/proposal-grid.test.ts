import { describe, expect, it } from 'vitest';
import { moveInGrid } from './proposal-grid.js';

// "Accept all" and "Reject all", then two proposals, then "Show more".
const rows = [['accept', 'reject'], ['show', 'accept', 'reject'], ['show', 'accept', 'reject'], ['more']];

describe('moveInGrid', () => {
  it('goes down from one Accept to the next, whatever the rows hold', () => {
    expect(moveInGrid(rows, { row: 0, index: 0 }, 'ArrowDown')).toEqual({ row: 1, index: 1 });
    expect(moveInGrid(rows, { row: 1, index: 1 }, 'ArrowDown')).toEqual({ row: 2, index: 1 });
    expect(moveInGrid(rows, { row: 2, index: 2 }, 'ArrowUp')).toEqual({ row: 1, index: 2 });
  });

  it('offers a row’s first button when it lacks the column', () => {
    expect(moveInGrid(rows, { row: 2, index: 1 }, 'ArrowDown')).toEqual({ row: 3, index: 0 });
  });

  it('moves along a row with Left and Right, and stops at its ends', () => {
    expect(moveInGrid(rows, { row: 1, index: 1 }, 'ArrowRight')).toEqual({ row: 1, index: 2 });
    expect(moveInGrid(rows, { row: 1, index: 1 }, 'ArrowLeft')).toEqual({ row: 1, index: 0 });
    expect(moveInGrid(rows, { row: 1, index: 2 }, 'ArrowRight')).toBeUndefined();
    expect(moveInGrid(rows, { row: 0, index: 0 }, 'ArrowUp')).toBeUndefined();
  });

  it('goes to the first and last row with Home and End', () => {
    expect(moveInGrid(rows, { row: 2, index: 2 }, 'Home')).toEqual({ row: 0, index: 1 });
    expect(moveInGrid(rows, { row: 1, index: 1 }, 'End')).toEqual({ row: 3, index: 0 });
    expect(moveInGrid(rows, { row: 3, index: 0 }, 'End')).toBeUndefined();
  });
});
