/** Notes as CSV for spreadsheets: one row an annotation, RFC 4180 quoting, CRLF line ends, UTF-8. */
import { stringify } from 'csv-stringify/sync';
import type { AnchoredAnnotation } from '../annotation/model.js';
import type { ExportBundle } from './bundle.js';
import { documentView, namesOf, type Names } from './passages.js';

/** The columns, in order; also the header row. */
export const CSV_COLUMNS = ['id', 'document', 'witness', 'start', 'end', 'page', 'quote', 'note', 'colour', 'tags', 'people', 'created', 'modified'] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string | number>;

/**
 * One row per annotation, document by document: document notes first (their witness, start, end and
 * quote empty: a spreadsheet user would otherwise lose them), then passages in text order, then orphans
 * (start and end empty, the stored quote). `document` and `witness` are the titles the reader knows,
 * `colour` the category's name; tags and people are joined with "; ". Starts with a byte order mark,
 * without which Excel reads UTF-8 as the local code page, and cells that a spreadsheet would run as a
 * formula (starting with = + - @ and the like) are prefixed with an apostrophe (OWASP's advice), since
 * a classmate's note is text from outside.
 */
export function toCsv(bundle: ExportBundle): string {
  const names = namesOf(bundle);
  const rows = bundle.documents.flatMap((document) => {
    const view = documentView(document);
    return [
      ...view.notes.map((note) => row(note, document.title, names, {})),
      ...view.passages.map((passage) =>
        row(passage.annotation, document.title, names, {
          witness: passage.witness.label,
          start: passage.start,
          end: passage.end,
          page: passage.page ?? '',
          quote: passage.quote,
        }),
      ),
      ...view.orphans.map((orphan) =>
        row(orphan.annotation, document.title, names, { witness: orphan.witness?.label ?? orphan.annotation.target?.witnessId ?? '', quote: orphan.quote }),
      ),
    ];
  });
  const csv = stringify(rows, {
    header: true,
    columns: [...CSV_COLUMNS],
    record_delimiter: 'windows',
    // With its own record delimiter set, csv-stringify no longer quotes a field holding a bare \n: a
    // note of two paragraphs would then split its row in most readers.
    quote_record_delimiter: true,
    escape_formulas: true,
  });
  return `\uFEFF${csv}`;
}

function row(annotation: AnchoredAnnotation, document: string, names: Names, place: Partial<Row>): Row {
  return {
    id: annotation.id,
    document,
    witness: '',
    start: '',
    end: '',
    page: '',
    quote: '',
    ...place,
    note: annotation.note,
    colour: names.categoryName(annotation.category),
    tags: annotation.tags.join('; '),
    people: names
      .people(annotation.people)
      .map((person) => person.preferredName)
      .join('; '),
    created: annotation.created,
    modified: annotation.modified,
  };
}
