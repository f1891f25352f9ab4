import { describe, expect, it } from 'vitest';
import { urlNameUuid } from './name-uuid.js';
import { readNotesFile } from './notes-file.js';

const URI = 'https://digitalarchive.wilsoncenter.org/document/115976';

/** A row as Hypothesis's search API answers it, with the fields a real one has. */
function row(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    created: '2024-03-01T10:00:00.123456+00:00',
    updated: '2024-03-02T08:30:00.000000+00:00',
    user: 'acct:kim@hypothes.is',
    uri: URI,
    text: 'Stalin defers to Mao.',
    tags: ['consent', 'Korea'],
    group: '__world__',
    permissions: { read: ['group:__world__'], admin: ['acct:kim@hypothes.is'], update: ['acct:kim@hypothes.is'], delete: ['acct:kim@hypothes.is'] },
    target: [
      {
        source: URI,
        selector: [
          { type: 'RangeSelector', startContainer: '/div[1]/p[4]', startOffset: 12, endContainer: '/div[1]/p[4]', endOffset: 40 },
          { type: 'TextPositionSelector', start: 1200, end: 1228 },
          { type: 'TextQuoteSelector', exact: 'move toward reunification', prefix: 'the Koreans to ', suffix: '. The question' },
        ],
      },
    ],
    document: { title: ['Cable from Vyshinsky to Mao Zedong'] },
    links: { html: `https://hypothes.is/a/${id}`, incontext: `https://hyp.is/${id}/${URI}`, json: `https://hypothes.is/api/annotations/${id}` },
    user_info: { display_name: 'Kim' },
    flagged: false,
    hidden: false,
    ...extra,
  };
}

describe('reading Hypothesis’s API JSON', () => {
  it('reads a search answer: the note, the tags, the author as written, the times, the quote and offsets in UTF-16 units, the document’s title and address', () => {
    const file = readNotesFile(JSON.stringify({ total: 1, rows: [row('AbC123')] }));
    expect(file.format).toBe('Hypothesis');
    expect(file.skipped).toEqual([]);
    expect(file.records).toEqual([
      {
        id: urlNameUuid('https://hypothes.is/a/AbC123'),
        label: 'Annotation 1 (https://hypothes.is/a/AbC123)',
        source: URI,
        documentTitle: 'Cable from Vyshinsky to Mao Zedong',
        quote: { exact: 'move toward reunification', prefix: 'the Koreans to ', suffix: '. The question' },
        position: { start: 1200, end: 1228 },
        unit: 'utf-16',
        note: 'Stalin defers to Mao.',
        tags: ['consent', 'Korea'],
        people: [],
        entities: [],
        creator: 'acct:kim@hypothes.is',
        created: '2024-03-01T10:00:00.123456+00:00',
        modified: '2024-03-02T08:30:00.000000+00:00',
        motivation: 'commenting',
      },
    ]);
  });

  it('reads the rows alone, and one row alone, as the same annotation the W3C form of Hypothesis names', () => {
    const [fromRows] = readNotesFile(JSON.stringify([row('AbC123')])).records;
    const [alone] = readNotesFile(JSON.stringify(row('AbC123'))).records;
    expect(fromRows?.id).toBe(urlNameUuid('https://hypothes.is/a/AbC123'));
    expect(alone).toEqual(fromRows);
  });

  it('reads a page note (no selector) as a note on the document, and a highlight without text or tags as a highlight', () => {
    const file = readNotesFile(JSON.stringify({ total: 2, rows: [row('page', { target: [{ source: URI }] }), row('hl', { text: '', tags: [] })] }));
    expect(file.records.map((record) => [record.quote, record.motivation])).toEqual([
      [undefined, 'commenting'],
      [{ exact: 'move toward reunification', prefix: 'the Koreans to ', suffix: '. The question' }, 'highlighting'],
    ]);
  });

  it('lists a reply as skipped, and a row that is not one, and reads the rest', () => {
    const file = readNotesFile(JSON.stringify({ total: 3, rows: [row('AbC123'), row('Reply1', { references: ['AbC123'], target: [{ source: URI }] }), { id: 7 }] }));
    expect(file.records).toHaveLength(1);
    expect(file.skipped).toEqual([
      { what: 'Annotation 2 (https://hypothes.is/a/Reply1)', reason: 'It is a reply to annotation https://hypothes.is/a/AbC123: Carrel keeps notes on passages, not replies to them.' },
      { what: 'Annotation 3', reason: 'It is not an annotation Carrel can read: `id`: Invalid input: expected string, received number.' },
    ]);
  });

  it('keeps the tags it can and lists the others', () => {
    const file = readNotesFile(JSON.stringify([row('AbC123', { tags: ['ok', 'two\nlines'] })]));
    expect(file.records[0]?.tags).toEqual(['ok']);
    expect(file.skipped).toEqual([{ what: 'The tag “two\nlines” of annotation 1 (https://hypothes.is/a/AbC123)', reason: 'A tag is one line of text.' }]);
  });
});
