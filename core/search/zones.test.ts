import { describe, expect, it } from 'vitest';
import { zoneAt, type ZoneBlock } from './zones.js';

describe('zoneAt', () => {
  const blocks: ZoneBlock[] = [
    { zone: 'furniture', start: 0, end: 10 },
    { zone: 'record', start: 11, end: 40 },
    { zone: 'record', start: 90, end: 120 },
  ];

  it('places a hit in the record or furniture block that holds it, and anywhere else in the text', () => {
    expect(zoneAt(blocks, 0)).toBe('furniture');
    expect(zoneAt(blocks, 9)).toBe('furniture');
    expect(zoneAt(blocks, 10)).toBe('text');
    expect(zoneAt(blocks, 11)).toBe('record');
    expect(zoneAt(blocks, 39)).toBe('record');
    expect(zoneAt(blocks, 40)).toBe('text');
    expect(zoneAt(blocks, 60)).toBe('text');
    expect(zoneAt(blocks, 100)).toBe('record');
    expect(zoneAt(blocks, 500)).toBe('text');
  });

  it('reads a transcription without record or furniture as text throughout', () => {
    expect(zoneAt([], 0)).toBe('text');
    expect(zoneAt([], 1234)).toBe('text');
  });
});
