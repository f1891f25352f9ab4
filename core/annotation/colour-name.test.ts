import { describe, expect, it } from 'vitest';
import { colourName } from './colour-name.js';

describe('colourName', () => {
  it('names the seeded palette as a reader would, whatever its opacity', () => {
    const palette = ['#e9a91c73', '#4f8fe866', '#3fae5c66', '#e8638f66', '#f09030', '#9a7cf0', '#2fb5aa', '#a8865a'];
    expect(palette.map(colourName)).toEqual(['amber', 'blue', 'green', 'pink', 'orange', 'violet', 'teal', 'brown']);
  });

  it('calls a colour without hue grey, and refuses what is not a hex colour', () => {
    expect(colourName('#8c96a5')).toBe('grey');
    expect(colourName('#ff0000')).toBe('red');
    expect(colourName('tomato')).toBeUndefined();
  });
});
