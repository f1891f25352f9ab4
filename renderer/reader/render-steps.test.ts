import { describe, expect, it } from 'vitest';
import { renderSteps } from './render-steps.js';

describe('renderSteps', () => {
  it('puts a short text on the page in one step', () => {
    expect(renderSteps([400, 300, 500], 12_000, 60_000)).toEqual([3]);
  });

  it('puts the first screenful first, then the rest in chunks of about the chunk size', () => {
    // Ten paragraphs of 500 characters: the first step holds 1,000 characters, each later one 2,000.
    expect(renderSteps(Array.from({ length: 10 }, () => 500), 1_000, 2_000)).toEqual([2, 6, 10]);
  });

  it('never leaves a group out: the last step is the whole text, however the sizes fall', () => {
    expect(renderSteps([5_000, 1, 1, 1, 90_000, 2], 1_000, 2_000)).toEqual([1, 5, 6]);
  });

  it('gives a text with no groups one empty step', () => {
    expect(renderSteps([])).toEqual([0]);
  });
});
