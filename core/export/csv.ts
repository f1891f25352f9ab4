/** Notes as CSV for spreadsheets: one row an annotation, RFC 4180 quoting, CRLF line ends, UTF-8. */
import { stringify } from 'csv-stringify/sync';
import type { AnchoredAnnotation } from '../annotation/model.js';
import type { ExportBundle } from './bundle.js';
import { batches, joined } from './chunks.js';
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
  return joined(csvChunks(bundle));
}

/**
 * The file of toCsv in chunks, for writing to a file as it is made: rows are made and quoted a batch at
 * a time, the header with the first batch (or alone, when there are no rows).
 */
export function* csvChunks(bundle: ExportBundle): Generator<string, void, undefined> {
  yield '\uFEFF';
  let header = true;
  for (const batch of batches(rows(bundle))) {
    yield csvText(batch, header);
    header = false;
  }
  if (header) yield csvText([], true);
}

/** Rows quoted, with the header row first when `header`. */
function csvText(batch: Row[], header: boolean): string {
  return stringify(batch, {
    header,
    columns: [...CSV_COLUMNS],
    record_delimiter: 'windows',
    // With its own record delimiter set, csv-stringify no longer quotes a field holding a bare \n: a
    // note of two paragraphs would then split its row in most readers.
    quote_record_delimiter: true,
    escape_formulas: true,
  });
}

/** Each document's rows: document notes, passages, orphans. */
function* rows(bundle: ExportBundle): Generator<Row, void, undefined> {
  const names = namesOf(bundle);
  for (const document of bundle.documents) {
    const view = documentView(document);
    for (const note of view.notes) yield row(note, document.title, names, {});
    for (const passage of view.passages) {
      yield row(passage.annotation, document.title, names, {
        witness: passage.witness.label,
        start: passage.start,
        end: passage.end,
        page: passage.page ?? '',
        quote: passage.quote,
      });
    }
    for (const orphan of view.orphans) {
      yield row(orphan.annotation, document.title, names, { witness: orphan.witness?.label ?? orphan.annotation.target?.witnessId ?? '', quote: orphan.quote });
    }
  }
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
