import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_LENGTH } from '../api.js';
import type { AnchoredAnnotation } from '../annotation/model.js';
import { isCarrelError } from '../errors.js';
import { exportBundle } from '../export/index.js';
import { CATEGORIES, IDS, TELEGRAM_SEED, telegramBundle, WITNESS_ID } from '../export/testing/telegram-bundle.js';
import { wikidataEntity } from '../export/web-annotation.js';
import { urlNameUuid } from './name-uuid.js';
import { readNotesFile } from './notes-file.js';
import type { ImportedAnnotation, NotesFile } from './records.js';

const bundle = telegramBundle(readFileSync(TELEGRAM_SEED));
const [telegram] = bundle.documents;
if (!telegram) throw new Error('the fixture has a document');
const SOURCE = 'http://digitalarchive.wilsoncenter.org/document/115976';
const exported = exportBundle('jsonld', bundle).content;

/** The records of a file; throws when anything of it was skipped. */
function readAnnotationFile(text: string): ImportedAnnotation[] {
  const file = readNotesFile(text);
  if (file.skipped.length > 0) throw new Error(`skipped: ${JSON.stringify(file.skipped)}`);
  return file.records;
}

/** What reading Carrel's export must give back for an annotation of the bundle (the `n`th of the file). */
function expectedRecord(annotation: AnchoredAnnotation, n: number): ImportedAnnotation {
  const target = annotation.target;
  return {
    id: annotation.id,
    label: `Annotation ${n} (urn:uuid:${annotation.id})`,
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
      // Exported in Wikidata's entity form where the registry holds a Wikidata link (the rule).
      const entity = person?.authorities.map(wikidataEntity).find((uri) => uri !== undefined);
      return { uri: entity ?? person?.authorities[0] ?? `urn:uuid:${id}`, uuid: id, name: person?.preferredName ?? '' };
    }),
    entities: [],
    unit: 'code-points',
    creator: annotation.creator,
    created: annotation.created,
    modified: annotation.modified,
    motivation: annotation.motivation,
  };
}

/** The message of the CarrelError('bad-request') that reading `text` throws. */
function refusal(text: string): string {
  try {
    readNotesFile(text);
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
      const n = records.findIndex((record) => record.id === annotation.id) + 1;
      expect(records[n - 1]).toEqual(expectedRecord(annotation, n));
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
      label: 'Annotation 1 (https://hypothes.is/a/AbC123)',
      source: SOURCE,
      quote: { exact: 'Filippov [Stalin]', prefix: 'the Korean comrades ', suffix: ' and his friends' },
      unit: 'code-points',
      note: 'The code-name, *again*.',
      tags: ['korea'],
      people: [],
      entities: [],
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

  it('refuses a collection whose pages are links outside the file', () => {
    expect(refusal('{"type": "AnnotationCollection", "first": "https://example.org/page/1"}')).toMatch(/pages outside the file/u);
  });

  it('refuses a file over the size the import accepts before reading it', () => {
    expect(refusal(' '.repeat(MAX_IMPORT_LENGTH + 1))).toBe('This file is too large to import (over 50 MB).');
  });

  it('refuses a file nested 100,000 levels deep in a sentence, before anything walks it', () => {
    const deep = `{"type":"Annotation","target":"${SOURCE}","body":${'['.repeat(100_000)}1${']'.repeat(100_000)}}`;
    expect(refusal(deep)).toBe('This file nests its values more than 64 levels deep, deeper than any notes format goes, so it was not read.');
  });
});

/** The file read, expecting it to give records. */
function read(json: unknown): NotesFile {
  return readNotesFile(JSON.stringify(json));
}

describe('listing what cannot come in, with the reason, and reading the rest', () => {
  const one = { id: 'urn:uuid:0b7c6d5e-4f3a-4b2c-9d1e-0f9a8b7c6d5e', type: 'Annotation', target: SOURCE };
  const quoted = (selector: object) => ({ id: 'https://example.org/a/9', type: 'Annotation', bodyValue: 'Kept.', target: { source: SOURCE, selector } });

  it('names an annotation without a target by its number and id', () => {
    const file = read([one, { id: 'urn:uuid:7c4d3e2f-1a0b-4c9d-8e7f-6a5b4c3d2e1f', type: 'Annotation', bodyValue: 'Lost.' }]);
    expect(file.records.map((record) => record.id)).toEqual([IDS.stalin]);
    expect(file.skipped).toEqual([{ what: 'Annotation 2 (urn:uuid:7c4d3e2f-1a0b-4c9d-8e7f-6a5b4c3d2e1f)', reason: 'It has no target: nothing says what it is a note on.' }]);
  });

  it('skips a passage given only by selectors Carrel cannot follow', () => {
    expect(read([quoted({ type: 'XPathSelector', value: '/p[3]' })]).skipped).toEqual([
      { what: 'Annotation 1 (https://example.org/a/9)', reason: 'It points at its passage only with XPathSelector; Carrel needs a TextQuoteSelector or a TextPositionSelector to find the passage.' },
    ]);
  });

  it('skips the second of two annotations with one id, keeps a tag it can and lists one it cannot, and skips a wrongly typed field', () => {
    expect(read([one, one]).skipped).toEqual([{ what: 'Annotation 2 (urn:uuid:0b7c6d5e-4f3a-4b2c-9d1e-0f9a8b7c6d5e)', reason: 'It has the same id as annotation 1 (urn:uuid:0b7c6d5e-4f3a-4b2c-9d1e-0f9a8b7c6d5e); one of them would overwrite the other.' }]);
    const tagged = read([{ ...one, body: [{ purpose: 'tagging', value: 'x'.repeat(80) }, { purpose: 'tagging', value: 'korea' }] }]);
    expect(tagged.records[0]?.tags).toEqual(['korea']);
    expect(tagged.skipped).toEqual([{ what: `The tag “${'x'.repeat(80)}” of annotation 1 (urn:uuid:0b7c6d5e-4f3a-4b2c-9d1e-0f9a8b7c6d5e)`, reason: 'A tag can be at most 64 characters long.' }]);
    expect(read([{ ...one, creator: 42 }]).skipped[0]?.reason).toMatch(/^It is not an annotation Carrel can read: `creator.0`: Invalid input: expected string, received number\.$/u);
  });

  it('skips an annotation holding half of a surrogate pair rather than store it changed, and reads the rest', () => {
    const broken = { ...quoted({ type: 'TextQuoteSelector', exact: 'Filippov' }), bodyValue: 'Half a pair: \ud800.' };
    const file = read([broken, one]);
    expect(file.records.map((record) => record.id)).toEqual([IDS.stalin]);
    expect(file.skipped).toEqual([{ what: 'Annotation 1 (https://example.org/a/9)', reason: 'It holds a broken character (half of a surrogate pair), which cannot be stored as it is.' }]);
    expect(read([{ ...one, bodyValue: 'An astral character is whole: 𝔐.' }]).skipped).toEqual([]);
  });

  it('skips half of a surrogate pair whether the file escapes it or holds it as it is, in either case of the escape', () => {
    const text = JSON.stringify({ type: 'AnnotationCollection', items: [{ ...quoted({ type: 'TextQuoteSelector', exact: 'Filippov' }), bodyValue: 'Half a pair: HALF.' }, one] });
    for (const half of ['\\udc00', '\\uDBFF', '\ud800']) {
      const file = readNotesFile(text.replace('HALF', half));
      expect(file.records.map((record) => record.id)).toEqual([IDS.stalin]);
      expect(file.skipped[0]?.reason).toBe('It holds a broken character (half of a surrogate pair), which cannot be stored as it is.');
    }
    // An escaped backslash before “ud800” is text, not a character: nothing is skipped.
    expect(readNotesFile(text.replace('HALF', '\\\\ud800')).skipped).toEqual([]);
  });

  it('lists a tag beyond the 32 an annotation keeps', () => {
    const file = read([{ ...one, body: Array.from({ length: 33 }, (_, i) => ({ purpose: 'tagging', value: `tag ${i}` })) }]);
    expect(file.records[0]?.tags).toHaveLength(32);
    expect(file.skipped).toEqual([{ what: 'The tag “tag 32” of annotation 1 (urn:uuid:0b7c6d5e-4f3a-4b2c-9d1e-0f9a8b7c6d5e)', reason: 'An annotation can have at most 32 tags; the first 32 were kept.' }]);
  });

  it('skips links between annotations (RecogitoJS relations) and replies, and reads the annotations they join', () => {
    const a = { ...quoted({ type: 'TextQuoteSelector', exact: 'Filippov' }), id: '#a' };
    const b = { ...quoted({ type: 'TextQuoteSelector', exact: 'Mao' }), id: '#b' };
    const relation = { id: '#r', type: 'Annotation', motivation: 'linking', body: [{ type: 'TextualBody', purpose: 'tagging', value: 'writes to' }], target: [{ id: '#a' }, { id: '#b' }] };
    const reply = { id: '#c', type: 'Annotation', motivation: 'replying', bodyValue: 'Agreed.', target: 'https://example.org/a/elsewhere' };
    const file = read([a, b, relation, reply]);
    expect(file.records.map((record) => record.label)).toEqual(['Annotation 1 (#a)', 'Annotation 2 (#b)']);
    expect(file.skipped).toEqual([
      { what: 'Annotation 3 (#r)', reason: 'It links annotations #a and #b: Carrel keeps notes on passages, not links between them.' },
      { what: 'Annotation 4 (#c)', reason: 'It is a reply to annotation https://example.org/a/elsewhere: Carrel keeps notes on passages, not replies to them.' },
    ]);
  });

  it('keeps the first passage of several targets and lists the others', () => {
    const two = { ...one, target: [{ source: SOURCE, selector: { type: 'TextQuoteSelector', exact: 'Filippov' } }, { source: SOURCE, selector: { type: 'TextQuoteSelector', exact: 'Mao' } }] };
    const file = read([two]);
    expect(file.records[0]?.quote?.exact).toBe('Filippov');
    expect(file.skipped).toEqual([{ what: 'One passage of annotation 1 (urn:uuid:0b7c6d5e-4f3a-4b2c-9d1e-0f9a8b7c6d5e)', reason: 'Carrel keeps one passage an annotation: the first came in.' }]);
  });
});

describe('reading selectors', () => {
  const target = (selector: unknown) => [{ type: 'Annotation', id: 'https://example.org/a/1', target: { source: SOURCE, selector } }];
  const passage = (selector: unknown) => {
    const [record] = read(target(selector)).records;
    return { quote: record?.quote, position: record?.position, range: record?.range };
  };

  it('cuts a context of 100,000 characters to the 32 that anchoring reads, keeping surrogate pairs whole', () => {
    const long = 'a'.repeat(100_000);
    expect(passage({ type: 'TextQuoteSelector', exact: 'Mao', prefix: long, suffix: long }).quote).toEqual({ exact: 'Mao', prefix: 'a'.repeat(32), suffix: 'a'.repeat(32) });
    const astral = '😀'.repeat(20);
    expect(passage({ type: 'TextQuoteSelector', exact: 'Mao', prefix: astral, suffix: astral }).quote).toEqual({ exact: 'Mao', prefix: '😀'.repeat(16), suffix: '😀'.repeat(16) });
    expect(passage({ type: 'TextQuoteSelector', exact: 'Mao', prefix: `x${astral}`, suffix: `${'b'.repeat(31)}😀` }).quote).toEqual({ exact: 'Mao', prefix: '😀'.repeat(16), suffix: 'b'.repeat(31) });
  });

  it('reads a RangeSelector of positions as the span from the first start to the second, and one of quotes as a range', () => {
    const position = (start: number, end: number) => ({ type: 'TextPositionSelector', start, end });
    expect(passage({ type: 'RangeSelector', startSelector: position(10, 12), endSelector: position(30, 31) }).position).toEqual({ start: 10, end: 30 });
    const quote = (exact: string) => ({ type: 'TextQuoteSelector', exact });
    expect(passage({ type: 'RangeSelector', startSelector: quote('Top'), endSelector: quote('Moscow') }).range).toEqual({ from: { quote: { exact: 'Top', prefix: '', suffix: '' } }, to: { quote: { exact: 'Moscow', prefix: '', suffix: '' } } });
  });

  it('reads refinedBy: a quote inside anything, offsets inside offsets counted from the outer start', () => {
    expect(passage({ type: 'FragmentSelector', value: 'para3', refinedBy: { type: 'TextQuoteSelector', exact: 'Mao' } }).quote?.exact).toBe('Mao');
    expect(passage({ type: 'TextPositionSelector', start: 100, end: 200, refinedBy: { type: 'TextPositionSelector', start: 5, end: 9 } }).position).toEqual({ start: 105, end: 109 });
    const [unusable] = read(target({ type: 'XPathSelector', value: '/p[2]', refinedBy: { type: 'TextPositionSelector', start: 5, end: 9 } })).skipped;
    expect(unusable?.reason).toMatch(/^It points at its passage only with XPathSelector;/u);
  });

  it('sets aside negative, fractional, huge and empty offsets, and an empty quote, saying why when nothing else is left', () => {
    const quote = { type: 'TextQuoteSelector', exact: 'Mao' };
    for (const [start, end] of [[-3, 4], [1.5, 4], [1, 1e300], [9, 9]]) {
      expect(passage([quote, { type: 'TextPositionSelector', start, end }])).toEqual({ quote: { exact: 'Mao', prefix: '', suffix: '' }, position: undefined, range: undefined });
    }
    expect(read(target({ type: 'TextPositionSelector', start: -3, end: 4 })).skipped[0]?.reason).toBe(
      'Its TextPositionSelector’s offsets (-3–4) are not positions in a text; Carrel needs a TextQuoteSelector or a TextPositionSelector to find the passage.',
    );
    expect(read(target({ type: 'TextQuoteSelector', exact: '' })).skipped[0]?.reason).toBe(
      'Its TextQuoteSelector quotes nothing (its `exact` is empty); Carrel needs a TextQuoteSelector or a TextPositionSelector to find the passage.',
    );
    expect(passage([{ type: 'TextQuoteSelector', exact: '' }, { type: 'TextPositionSelector', start: 4, end: 9 }]).position).toEqual({ start: 4, end: 9 });
  });
});

describe('reading Recogito’s W3C exports', () => {
  it('reads RecogitoJS: no source, comments by their authors, tags, and the first body’s creator as the annotation’s', () => {
    const annotation = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      id: '#3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
      body: [
        { type: 'TextualBody', value: 'The code-name.', purpose: 'commenting', creator: { id: 'https://example.org/kim', name: 'Kim' }, created: '2024-05-01T10:00:00Z' },
        { type: 'TextualBody', value: 'Or is it?', purpose: 'replying', creator: { id: 'https://example.org/lee', name: 'Lee' } },
        { type: 'TextualBody', value: 'code-names', purpose: 'tagging' },
      ],
      target: { selector: [{ type: 'TextQuoteSelector', exact: 'Filippov' }, { type: 'TextPositionSelector', start: 1365, end: 1373 }] },
    };
    const [record] = read(annotation).records;
    expect(record).toMatchObject({ note: 'The code-name.\n\n**Lee:** Or is it?', tags: ['code-names'], creator: 'Kim', position: { start: 1365, end: 1373 }, unit: 'code-points' });
    expect(record?.source).toBeUndefined();
  });

  it('reads Recogito’s identifying bodies: a Pleiades place kept as a linked entity, a Wikidata person as a person, and one it cannot tell listed', () => {
    const place = (body: object) => ({ type: 'Annotation', id: `https://recogito.pelagios.org/annotation/${JSON.stringify(body).length}`, body: [body], target: { source: SOURCE, selector: [{ type: 'TextQuoteSelector', exact: 'Moscow' }] } });
    const file = read([
      place({ type: 'SpecificResource', purpose: 'identifying', value: 'http://pleiades.stoa.org/places/579885', creator: 'https://recogito.pelagios.org/ada' }),
      place({ type: 'SpecificResource', purpose: 'identifying', id: 'http://sws.geonames.org/524901', value: 'Moscow' }),
      place({ type: 'SpecificResource', purpose: 'identifying', value: 'http://www.wikidata.org/entity/Q855' }),
      place({ type: 'SpecificResource', purpose: 'identifying', value: 'PLACE' }),
      { ...place({ type: 'SpecificResource', purpose: 'identifying', source: 'http://www.wikidata.org/entity/Q649' }), body: [{ type: 'SpecificResource', purpose: 'identifying', source: 'http://www.wikidata.org/entity/Q649' }, { type: 'TextualBody', purpose: 'classifying', value: 'PLACE' }] },
    ]);
    expect(file.records.map((record) => [record.entities, record.people])).toEqual([
      [[{ uri: 'http://pleiades.stoa.org/places/579885' }], []],
      [[{ uri: 'http://sws.geonames.org/524901', label: 'Moscow' }], []],
      [[], [{ uri: 'http://www.wikidata.org/entity/Q855' }]],
      [[], []],
      [[{ uri: 'http://www.wikidata.org/entity/Q649' }], []],
    ]);
    expect(file.records[0]).toMatchObject({ creator: 'https://recogito.pelagios.org/ada', motivation: 'identifying' });
    expect(file.skipped).toEqual([{ what: `A place or other thing identified in ${file.records[3]?.label.replace('Annotation', 'annotation') ?? ''}`, reason: 'It gives no link to say which one it is.' }]);
  });

  it('lists a person identified without a name or a link', () => {
    const file = read({ type: 'Annotation', id: '#p', body: { type: 'SpecificResource', purpose: 'identifying', value: 'PERSON' }, target: { source: SOURCE, selector: { type: 'TextQuoteSelector', exact: 'Mao' } } });
    expect(file.records[0]?.people).toEqual([]);
    expect(file.skipped).toEqual([{ what: 'A person identified in annotation 1 (#p)', reason: 'It says a person is named there, but not who: no name and no authority link.' }]);
  });
});
