import { describe, expect, it } from 'vitest';
import type { ProjectedAnnotation } from '../../core/api.js';
import type { AnchoredAnnotation } from '../../core/annotation/model.js';
import { projectedSections, witnessName } from './projected.js';

const annotation = (id: string): AnchoredAnnotation => ({
  id,
  documentId: 'd1',
  motivation: 'commenting',
  note: 'A note.',
  tags: [],
  category: 'key-claim',
  people: [],
  creator: 'Reader',
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
  anchor: { status: 'anchored', start: 0, end: 4, method: 'position' },
});

function projected(id: string, fromWitnessId: string, fromWitnessLabel: string, at: number | null): ProjectedAnnotation {
  return {
    annotation: annotation(id),
    fromWitnessId,
    fromWitnessLabel,
    anchor: at === null ? { status: 'orphaned' } : { status: 'anchored', start: at, end: at + 4, method: 'exact' },
  };
}

describe('naming a transcription inside a sentence', () => {
  it('reads "Archive record" as "the archive record" and keeps an acronym’s capitals', () => {
    expect(witnessName('Archive record')).toBe('the archive record');
    expect(witnessName('Web page')).toBe('the web page');
    expect(witnessName('RGASPI copy')).toBe('the RGASPI copy');
  });
});

describe('arranging notes from other transcriptions', () => {
  it('groups landed notes by the transcription they were made on, keeping their order, and sets apart those not found', () => {
    const { sections, notFound } = projectedSections([
      projected('a', 'w0', 'Archive record', 10),
      projected('b', 'w2', 'Plain text', 20),
      projected('c', 'w0', 'Archive record', 30),
      projected('d', 'w0', 'Archive record', null),
    ]);
    expect(sections.map((s) => [s.name, s.notes.map((n) => n.annotation.id)])).toEqual([
      ['the archive record', ['a', 'c']],
      ['the plain text', ['b']],
    ]);
    expect(notFound.map((n) => n.annotation.id)).toEqual(['d']);
  });
});
