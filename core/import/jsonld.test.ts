import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_LENGTH } from '../api.js';
import type { AnchoredAnnotation } from '../annotation/model.js';
import { isCarrelError } from '../errors.js';
import { exportBundle } from '../export/index.js';
import { CATEGORIES, IDS, TELEGRAM_SEED, telegramBundle, WITNESS_ID } from '../export/testing/telegram-bundle.js';
import { readAnnotationFile, type ImportedAnnotation } from './jsonld.js';
import { urlNameUuid } from './name-uuid.js';

const bundle = telegramBundle(readFileSync(TELEGRAM_SEED));
const [telegram] = bundle.documents;
if (!telegram) throw new Error('the fixture has a document');
const SOURCE = 'http://digitalarchive.wilsoncenter.org/document/115976';
const exported = exportBundle('jsonld', bundle).content;

/** What reading Carrel's export must give back for an annotation of the bundle. */
function expectedRecord(annotation: AnchoredAnnotation): ImportedAnnotation {
  const target = annotation.target;
  return {
    id: annotation.id,
    source: SOURCE,
    ...(target && {
      witnessId: target.witnessId,
      quote: { exact: target.quote.exact, prefix: target.quote.prefix, suffix: target.quote.suffix },
      position: { start: target.position.start, end: target.position.end },
    }),
    note: annotation.note,
    tags: annotation.tags,
    categoryName: CATEGORIES.find((category) => category.id === annotation.category)?.name ?? '',
    categoryId: annotation.category,
    people: annotation.people.map((id) => {
      const person = bundle.people.find((candidate) => candidate.id === id);
      return { uri: person?.authorities[0] ?? `urn:uuid:${id}`, uuid: id, name: person?.preferredName ?? '' };
    }),
    creator: annotation.creator,
    created: annotation.created,
    modified: annotation.modified,
    motivation: annotation.motivation,
  };
}

/** The message of the CarrelError('bad-request') that reading `text` throws. */
function refusal(text: string): string {
  try {
    readAnnotationFile(text);
  } catch (error) {
    if (isCarrelError(error) && error.code === 'bad-request') return error.message;
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('reading Carrel’s own JSON-LD export back', () => {
  it('gives back every annotation with its id, selectors, note, tags, category, people, creator, times and witness', () => {
    const records = readAnnotationFile(exported);
    expect(records).toHaveLength(telegram.annotations.length);
    for (const annotation of telegram.annotations) {
      expect(records.find((record) => record.id === annotation.id)).toEqual(expectedRecord(annotation));
    }
  });

  it('reads the stored selectors, not where the passage lands now: an orphan keeps its quote and offsets', () => {
    const orphan = readAnnotationFile(exported).find((record) => record.id === IDS.orphan);
    expect(orphan?.quote?.exact).toContain('# not a heading');
    expect(orphan?.position).toEqual({ start: 2200, end: 2200 + (orphan?.quote?.exact.length ?? 0) });
    expect(orphan?.witnessId).toBe(WITNESS_ID);
  });

  it('reads a note on the whole document as a record without quote or position', () => {
    const note = readAnnotationFile(exported).find((record) => record.id === IDS.documentNote);
    expect(note).toBeDefined();
    expect(note?.quote).toBeUndefined();
    expect(note?.position).toBeUndefined();
    expect(note?.witnessId).toBeUndefined();
  });

  it('reads the same file twice into the same records', () => {
    expect(readAnnotationFile(exported)).toEqual(readAnnotationFile(exported));
  });
});

describe('reading other tools’ W3C annotations', () => {
  const hypothesis = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    id: 'https://hypothes.is/a/AbC123',
    created: '2024-03-01T10:00:00.123456+00:00',
    modified: '2024-03-02T08:30:00.000000+00:00',
    creator: 'acct:kim@hypothes.is',
    body: [
      { type: 'TextualBody', value: 'The code-name, *again*.', format: 'text/markdown' },
      { type: 'TextualBody', purpose: 'tagging', value: 'korea' },
    ],
    target: [
      {
        source: SOURCE,
        selector: [
          { type: 'RangeSelector', startSelector: { type: 'XPathSelector', value: '/p[3]' }, endSelector: { type: 'XPathSelector', value: '/p[3]' } },
          { type: 'TextQuoteSelector', exact: 'Filippov [Stalin]', prefix: 'the Korean comrades ', suffix: ' and his friends' },
        ],
      },
    ],
  };

  it('reads a Hypothesis-style annotation with only a TextQuoteSelector, giving it a UUID derived from its id', () => {
    const [record] = readAnnotationFile(JSON.stringify([hypothesis]));
    expect(record).toEqual({
      id: urlNameUuid('https://hypothes.is/a/AbC123'),
      source: SOURCE,
      quote: { exact: 'Filippov [Stalin]', prefix: 'the Korean comrades ', suffix: ' and his friends' },
      note: 'The code-name, *again*.',
      tags: ['korea'],
      people: [],
      creator: 'acct:kim@hypothes.is',
      created: '2024-03-01T10:00:00.123456+00:00',
      modified: '2024-03-02T08:30:00.000000+00:00',
      motivation: 'commenting',
    });
  });

  it('reads one annotation alone, with a single body and a single target object', () => {
    const single = { ...hypothesis, body: { type: 'TextualBody', value: 'Alone.' }, target: { source: SOURCE, selector: hypothesis.target[0]?.selector[1] } };
    const [record] = readAnnotationFile(JSON.stringify(single));
    expect(record?.note).toBe('Alone.');
    expect(record?.quote?.exact).toBe('Filippov [Stalin]');
  });

  it('reads a collection with its items directly, a page, and JSON-LD keywords @id and @type', () => {
    const keyworded = { '@id': 'urn:uuid:0b7c6d5e-4f3a-4b2c-9d1e-0f9a8b7c6d5e', '@type': 'Annotation', bodyValue: 'Plain text body.', target: SOURCE };
    for (const wrapper of [{ type: 'AnnotationCollection', items: [keyworded] }, { type: 'AnnotationPage', items: [keyworded] }, { first: { items: [keyworded] } }]) {
      const [record] = readAnnotationFile(JSON.stringify(wrapper));
      expect(record).toMatchObject({ id: IDS.stalin, source: SOURCE, note: 'Plain text body.', motivation: 'commenting' });
    }
  });

  it('follows pages embedded one after another', () => {
    const page = (id: string, next?: object) => ({ type: 'AnnotationPage', items: [{ id, type: 'Annotation', target: SOURCE }], ...(next && { next }) });
    const file = { type: 'AnnotationCollection', first: page('https://example.org/a/1', page('https://example.org/a/2')) };
    expect(readAnnotationFile(JSON.stringify(file)).map((record) => record.id)).toEqual([urlNameUuid('https://example.org/a/1'), urlNameUuid('https://example.org/a/2')]);
  });

  it('reads identifying bodies as people, with an authority URI, a Carrel id and a name', () => {
    const annotation = {
      type: 'Annotation',
      id: 'https://example.org/a/7',
      motivation: 'identifying',
      body: [
        { type: 'SpecificResource', purpose: 'identifying', source: 'https://www.wikidata.org/wiki/Q855', label: 'Joseph Stalin' },
        { type: 'SpecificResource', purpose: 'identifying', source: 'urn:uuid:B4E2D3C5-6F7A-4B8D-9E0F-1A2B3C4D5E6F', label: 'Vyacheslav Molotov' },
        'https://www.wikidata.org/wiki/Q5816',
      ],
      target: { source: SOURCE, selector: { type: 'TextPositionSelector', start: 1365, end: 1382 } },
    };
    const [record] = readAnnotationFile(JSON.stringify(annotation));
    expect(record?.people).toEqual([
      { uri: 'https://www.wikidata.org/wiki/Q855', name: 'Joseph Stalin' },
      { uri: 'urn:uuid:B4E2D3C5-6F7A-4B8D-9E0F-1A2B3C4D5E6F', uuid: 'b4e2d3c5-6f7a-4b8d-9e0f-1a2b3c4d5e6f', name: 'Vyacheslav Molotov' },
      { uri: 'https://www.wikidata.org/wiki/Q5816' },
    ]);
    expect(record?.position).toEqual({ start: 1365, end: 1382 });
    expect(record?.motivation).toBe('identifying');
  });
});

describe('refusing files it cannot read whole', () => {
  it('says a file that is not JSON is not JSON', () => {
    expect(refusal('Filippov [Stalin] and his friends')).toMatch(/^This file is not JSON: /u);
  });

  it('says a cut-off file is cut off', () => {
    expect(refusal(exported.slice(0, Math.floor(exported.length / 2)))).toMatch(/^This file is not complete JSON: it ends in the middle of (an object|a list|a string)\./u);
  });

  it('says an empty file has no annotations', () => {
    expect(refusal('  \n')).toBe('This file is empty: there are no annotations in it.');
  });

  it('says JSON that is not an annotation collection has no items', () => {
    expect(refusal('{"type": "Person", "name": "Joseph Stalin"}')).toBe('This file is not a W3C annotation collection: no `items` found');
    expect(refusal('42')).toBe('This file is not a W3C annotation collection: no `items` found');
  });

  it('names the annotation without a target by its number and id', () => {
    const items = readAnnotationFile(exported).slice(0, 2).map((record) => ({ id: `urn:uuid:${record.id}`, type: 'Annotation', target: record.source }));
    const file = { type: 'AnnotationCollection', items: [...items, { id: 'urn:uuid:7c4d3e2f-1a0b-4c9d-8e7f-6a5b4c3d2e1f', type: 'Annotation', bodyValue: 'Lost.' }] };
    expect(refusal(JSON.stringify(file))).toBe('Annotation 3 (urn:uuid:7c4d3e2f-1a0b-4c9d-8e7f-6a5b4c3d2e1f) has no target.');
  });

  it('refuses a passage given only by selectors Carrel cannot follow', () => {
    const file = [{ id: 'https://example.org/a/9', type: 'Annotation', target: { source: SOURCE, selector: { type: 'XPathSelector', value: '/p[3]' } } }];
    expect(refusal(JSON.stringify(file))).toBe(
      'Annotation 1 (https://example.org/a/9) points at its passage only with XPathSelector; Carrel needs a TextQuoteSelector or a TextPositionSelector to find it.',
    );
  });

  it('refuses a collection whose pages are links outside the file', () => {
    expect(refusal('{"type": "AnnotationCollection", "first": "https://example.org/page/1"}')).toMatch(/pages outside the file/u);
  });

  it('refuses two annotations with one id, a tag the store cannot keep, and a wrongly typed field', () => {
    const one = { id: 'urn:uuid:0b7c6d5e-4f3a-4b2c-9d1e-0f9a8b7c6d5e', type: 'Annotation', target: SOURCE };
    expect(refusal(JSON.stringify([one, one]))).toBe('Annotations 1 and 2 have the same id (0b7c6d5e-4f3a-4b2c-9d1e-0f9a8b7c6d5e); one of them would overwrite the other.');
    const longTag = { ...one, body: { purpose: 'tagging', value: 'x'.repeat(80) } };
    expect(refusal(JSON.stringify([longTag]))).toMatch(/^Annotation 1 \(urn:uuid:0b7c6d5e-[^)]+\): the tag “x+” cannot be kept\. A tag can be at most 64 characters long\.$/u);
    expect(refusal(JSON.stringify([{ ...one, target: { source: SOURCE, selector: { type: 'TextPositionSelector', start: 'ten', end: 12 } } }]))).toMatch(
      /^Annotation 1 \(urn:uuid:0b7c6d5e-[^)]+\): `start`: /u,
    );
  });

  it('refuses a file over the size the import accepts before reading it', () => {
    expect(refusal(' '.repeat(MAX_IMPORT_LENGTH + 1))).toBe('This file is too large to import (over 50 MB).');
  });
});
