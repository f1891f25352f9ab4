import { describe, expect, it } from 'vitest';
import { importsUnderWay } from './imports-under-way.js';

describe('imports under way', () => {
  it('follows an import from waiting to its end', () => {
    const imports = importsUnderWay();
    expect(imports.begin('a')?.aborted).toBe(false);
    expect(imports.progressOf('a')).toEqual({ stage: 'waiting', done: 0, total: 0 });
    imports.update('a', { stage: 'reading', done: 3, total: 9 });
    expect(imports.progressOf('a')).toEqual({ stage: 'reading', done: 3, total: 9 });
    imports.end('a');
    expect(imports.progressOf('a').stage).toBe('unknown');
  });

  it('aborts a read on cancel, but not a store already being written', () => {
    const imports = importsUnderWay();
    const reading = imports.begin('reading');
    const storing = imports.begin('storing');
    imports.update('storing', { stage: 'storing', done: 0, total: 0 });
    expect(imports.cancel('reading')).toBe(true);
    expect(reading?.aborted).toBe(true);
    expect(imports.cancel('storing')).toBe(false);
    expect(storing?.aborted).toBe(false);
  });

  it('keeps a cancel that comes before its import, once, and only the latest hundred of them', () => {
    const imports = importsUnderWay();
    for (let n = 0; n <= 100; n++) imports.cancel(`early-${n}`);
    expect(imports.begin('early-0')).toBeDefined();
    expect(imports.begin('early-100')).toBeUndefined();
    expect(imports.begin('early-100')).toBeDefined();
  });
});
