/**
 * Reading Hypothesis's API JSON (a search answer `{total, rows}`, or its rows alone) into the same
 * records as a W3C file: each row is put in the W3C form (its `text` a comment, its `tags` tagging
 * bodies, its `user` the creator as written, `acct:name@host`) and read by jsonld.ts. Offsets are
 * Hypothesis's, counted in the UTF-16 units of its page's text; its RangeSelector (DOM containers) is
 * set aside, its TextQuoteSelector and TextPositionSelector read. A reply is listed as skipped.
 */
import { z } from 'zod';
import { idsOf, isObject, readItems } from './jsonld.js';
import type { NotesFile } from './records.js';

/** A row of the API's answer, with the fields Carrel reads; anything else is allowed and left out. */
const Row = z.object({
  id: z.string().min(1),
  user: z.string().optional(),
  uri: z.string().optional(),
  text: z.string().optional(),
  tags: z.array(z.string()).optional(),
  created: z.string().optional(),
  updated: z.string().optional(),
  target: z.array(z.object({ source: z.string().optional(), selector: z.array(z.unknown()).optional() })).optional(),
  document: z.object({ title: z.union([z.string(), z.array(z.string())]).optional() }).optional(),
  references: z.array(z.string()).optional(),
});
type Row = z.infer<typeof Row>;

/** Where Hypothesis shows an annotation: its id as a W3C file from Hypothesis names it, so both read as one annotation. */
const annotationUrl = (id: string) => `https://hypothes.is/a/${id}`;

/** True when the JSON looks like Hypothesis's API answer or its rows (no `type`, an `acct:` user). */
export function isHypothesisJson(json: unknown): boolean {
  if (isObject(json) && Array.isArray(json.rows)) return true;
  const first = Array.isArray(json) ? json[0] : json;
  return isObject(first) && typeof first.user === 'string' && first.user.startsWith('acct:') && !('type' in first) && !('@type' in first);
}

/** The records of a Hypothesis API answer; `intact` as fileIsIntact (jsonld.ts) says of its text. */
export function readHypothesis(json: unknown, intact = false): NotesFile {
  const rows: unknown[] = isObject(json) && Array.isArray(json.rows) ? json.rows : Array.isArray(json) ? json : [json];
  const read = rows.map(asW3c);
  const items = read.map(({ item }) => item);
  const titles = new Map(read.map(({ item, title }) => [item, title]));
  return { format: 'Hypothesis', ...readItems(items, { unit: 'utf-16', ids: idsOf(items), documentTitle: (item) => titles.get(item), intact }) };
}

/**
 * A row as a W3C annotation, with its document's title. A row that is not one is passed on as it is,
 * for jsonld.ts to name and skip; a reply becomes a W3C reply (its target the annotation it answers),
 * which jsonld.ts lists as skipped.
 */
function asW3c(value: unknown): { item: unknown; title: string | undefined } {
  const parsed = Row.safeParse(value);
  if (!parsed.success) return { item: value, title: undefined };
  const row: Row = parsed.data;
  const replyTo = row.references?.at(-1);
  const title = Array.isArray(row.document?.title) ? row.document.title[0] : row.document?.title;
  const item = {
    id: annotationUrl(row.id),
    type: 'Annotation',
    ...(replyTo !== undefined && { motivation: 'replying' }),
    ...(row.created !== undefined && { created: row.created }),
    ...(row.updated !== undefined && { modified: row.updated }),
    ...(row.user !== undefined && { creator: row.user }),
    body: [
      ...(row.text?.trim() ? [{ type: 'TextualBody', purpose: 'commenting', value: row.text, format: 'text/markdown' }] : []),
      ...(row.tags ?? []).map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag })),
    ],
    target:
      replyTo !== undefined
        ? [annotationUrl(replyTo)]
        : (row.target ?? [{}]).map((target) => ({ source: target.source ?? row.uri, selector: target.selector ?? [] })),
  };
  return { item, title: title?.trim() || undefined };
}
