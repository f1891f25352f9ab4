import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ExportFormat } from '../api.js';
import type { ExportBundle } from './bundle.js';
import { batches, separated } from './chunks.js';
import { exportBundle, exportStream } from './index.js';
import { deferred, el, markupChunks, serialize, textEl } from './markup.js';
import { TELEGRAM_SEED, telegramBundle } from './testing/telegram-bundle.js';

/** The telegram with each of its annotations made `copies` times over, under ids of their own. */
function manyAnnotations(copies: number): ExportBundle {
  const bundle = telegramBundle(readFileSync(TELEGRAM_SEED));
  const documents = bundle.documents.map((document) => ({
    ...document,
    annotations: Array.from({ length: copies }, (_, copy) =>
      document.annotations.map((annotation) => ({ ...annotation, id: `${annotation.id.slice(0, 24)}${copy.toString(16).padStart(12, '0')}` })),
    ).flat(),
  }));
  return { ...bundle, documents };
}

describe('exports in chunks', () => {
  const bundle = manyAnnotations(150);

  for (const format of ExportFormat.options) {
    it(`gives ${format} in several chunks that together are the whole export`, () => {
      const chunks = [...exportStream(format, bundle).chunks];
      expect(chunks.length).toBeGreaterThan(1);
      expect(chunks.join('')).toBe(exportBundle(format, bundle).content);
    });
  }

  it('writes JSON-LD that still reads as one collection holding every annotation', () => {
    const collection = JSON.parse([...exportStream('jsonld', bundle).chunks].join('')) as { total: number; first: { items: unknown[] } };
    const count = bundle.documents[0]?.annotations.length ?? 0;
    expect(collection.total).toBe(count);
    expect(collection.first.items).toHaveLength(count);
  });

  it('makes a deferred element only when the writer comes to it', () => {
    let made = 0;
    const notes = Array.from({ length: 100_000 }, (_, i) =>
      deferred(() => {
        made += 1;
        return textEl('note', { n: String(i) }, 'a note');
      }),
    );
    const first = markupChunks(el('listAnnotation', {}, notes), 'xml').next();
    expect(first.done).toBe(false);
    expect(made).toBeGreaterThan(0);
    expect(made).toBeLessThan(notes.length);
  });

  it('writes a deferred element as the element itself', () => {
    const note = () => textEl('note', { type: 'annotation' }, 'A & B ', el('anchor', { 'xml:id': 'a1' }));
    expect(serialize(el('div', {}, deferred(note), deferred(note)), 'xml')).toBe(serialize(el('div', {}, note(), note()), 'xml'));
  });
});

describe('chunk helpers', () => {
  for (const count of [0, 1, 255, 256, 257, 1000]) {
    it(`joins ${count} parts with their separator as join does, in chunks`, () => {
      const parts = Array.from({ length: count }, (_, i) => (i % 7 === 0 ? '' : `part ${i}`));
      expect([...separated(parts, '\n\n')].join('')).toBe(parts.join('\n\n'));
      expect([...batches(parts)].flat()).toEqual(parts);
    });
  }
});
