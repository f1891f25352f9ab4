/**
 * Reading W3C Web Annotation JSON-LD (Carrel's own export, Recogito's, Apache Annotator's, any tool's)
 * into records the store can place and save. Pure: the service decides where each record goes
 * (db/service/import*.ts); this only reads and checks. A file that is not an annotation collection at
 * all is refused whole; an annotation Carrel cannot take (a link between annotations, a passage given
 * only by a page's DOM) is listed as skipped with the reason, and the others come in.
 */
import type { z } from 'zod';
import { AnnotationId, Motivation } from '../annotation/model.js';
import { CarrelError } from '../errors.js';
import { holdsBrokenCharacter } from '../security/input-shape.js';
import { carrelIdOf, uuidOf } from '../export/web-annotation.js';
import { readBodies, type BodiesRead } from './bodies.js';
import { urlNameUuid } from './name-uuid.js';
import { objectOf, type ImportedAnnotation, type NotesFile, type PositionUnit, type SkippedEntry } from './records.js';
import { readSelectors } from './selectors.js';
import { annotationShapeOf } from './quick-shapes.js';
import type { TargetShape } from './w3c-shapes.js';

/** What is known of the file beyond the annotation itself: how its offsets count, and its document's title. */
export interface ReadingContext {
  unit: PositionUnit;
  /** The ids of every annotation in the file, to tell a link between them from a note on a page. */
  ids: ReadonlySet<string>;
  documentTitle?: (item: Record<string, unknown>) => string | undefined;
  /** True when the file's text can hold no half of a surrogate pair (fileIsIntact): its annotations are not each searched for one. */
  intact?: boolean;
}

/**
 * The annotations in a parsed JSON-LD file, in file order: an AnnotationCollection (its `items`, or the
 * `items` of its embedded pages), an AnnotationPage, a bare list of annotations, or one annotation.
 * Throws CarrelError('bad-request') when the JSON is none of these. `intact`: as fileIsIntact says of its text.
 */
export function readW3cAnnotations(json: unknown, intact = false): NotesFile {
  const items = annotationItems(json);
  return { format: 'W3C Web Annotation', ...readItems(items, { unit: 'code-points', ids: idsOf(items), intact }) };
}

/** `\uD800` to `\uDFFF` written as an escape: the only way a well-formed JSON text can give a string half a pair. */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/u;

/**
 * True when no string parsed from the JSON `text` can hold half of a surrogate pair: the text holds none
 * as it is, nor an escape of one. Two scans of the text: searching the parsed annotations' every string
 * instead was a tenth of reading 10,000.
 */
export function fileIsIntact(text: string): boolean {
  return text.isWellFormed() && !SURROGATE_ESCAPE.test(text);
}

/** The records and the skipped entries of a list of W3C annotation nodes; the second of two with one id is skipped. */
export function readItems(items: readonly unknown[], context: ReadingContext): Omit<NotesFile, 'format'> {
  const records: ImportedAnnotation[] = [];
  const skipped: SkippedEntry[] = [];
  const seen = new Map<string, string>();
  items.forEach((item, index) => {
    const read = readAnnotation(item, index + 1, context);
    skipped.push(...read.skipped);
    if (!read.record) return;
    const earlier = seen.get(read.record.id);
    if (earlier !== undefined) {
      skipped.push({ what: read.record.label, reason: `It has the same id as ${objectOf(earlier)}; one of them would overwrite the other.` });
      return;
    }
    seen.set(read.record.id, read.record.label);
    records.push(read.record);
  });
  return { records, skipped };
}

/** The list of annotation nodes the JSON holds, wherever the W3C model lets them be. */
function annotationItems(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  if (!isObject(json)) fail('This file is not a W3C annotation collection: no `items` found');
  if (Array.isArray(json.items)) return json.items;
  if (typeof json.first === 'string') {
    fail(
      `This annotation collection keeps its annotations on pages outside the file (\`first\` links to ${json.first}). ` +
        'Export it with the annotations in the file.',
    );
  }
  if (isObject(json.first)) {
    const items: unknown[] = [];
    // Pages may chain through embedded `next` pages; a link to a page outside the file ends the chain.
    for (let page: unknown = json.first; isObject(page); page = page.next) {
      if (Array.isArray(page.items)) items.push(...(page.items as unknown[]));
    }
    return items;
  }
  const types = [json.type, json['@type']].flat();
  if (types.includes('Annotation') || 'target' in json) return [json];
  fail('This file is not a W3C annotation collection: no `items` found');
}

/** One annotation read: its record, or none and why; and what of it was left out. */
function readAnnotation(item: unknown, n: number, context: ReadingContext): { record?: ImportedAnnotation; skipped: SkippedEntry[] } {
  const rawId = isObject(item) ? idField(item) : undefined;
  const label = rawId === undefined ? `Annotation ${n}` : `Annotation ${n} (${rawId.length > 120 ? `${rawId.slice(0, 120)}…` : rawId})`;
  const skip = (reason: string) => ({ skipped: [{ what: label, reason }] });
  if (!isObject(item)) return skip(`It is ${describeJson(item)}, not an annotation.`);
  // Stored, half a pair would become U+FFFD: a silent change, and an “updated” at every import.
  if (!context.intact && holdsBrokenCharacter(item)) return skip('It holds a broken character (half of a surrogate pair), which cannot be stored as it is.');
  const parsed = annotationShapeOf(item);
  if (!parsed.success) return skip(`It is not an annotation Carrel can read: ${issueText(parsed.error)}.`);
  const annotation = parsed.data;
  if (annotation.type.length > 0 && !annotation.type.includes('Annotation')) return skip(`It is of type ${annotation.type.join(' / ')}, not an Annotation.`);
  const targets = annotation.target ?? [];
  if (targets.length === 0) return skip('It has no target: nothing says what it is a note on.');
  const aboutOthers = aboutAnnotations(targets, annotation.motivation ?? [], context.ids);
  if (aboutOthers) return skip(aboutOthers);

  const bodies = readBodies(annotation, label);
  if (bodies.refusal !== undefined) return skip(bodies.refusal);
  // The model has one passage per annotation: the first target that says where in a text.
  const readings = targets.map((target) => ({ target, reading: readSelectors(target.selector) }));
  const usable = readings.filter(({ reading }) => reading.quote || reading.position || reading.range);
  const chosen = usable[0] ?? readings[0];
  if (!chosen) return skip('It has no target.');
  const { target, reading } = chosen;
  if (target.selector.length > 0 && usable.length === 0) {
    const why = reading.problems[0] ?? `it points at its passage only with ${[...new Set(reading.unfollowed)].join(', ')}`;
    return skip(`${capitalised(why)}; Carrel needs a TextQuoteSelector or a TextPositionSelector to find the passage.`);
  }
  const others = usable.length - 1;
  const skipped = [...bodies.skipped];
  if (others > 0) {
    skipped.push({ what: `${others === 1 ? 'One passage' : `${others} passages`} of ${objectOf(label)}`, reason: 'Carrel keeps one passage an annotation: the first came in.' });
  }
  const documentTitle = context.documentTitle?.(item);
  const witnessId = (target.witness && carrelIdOf('witness', target.witness)) ?? (target.source && carrelIdOf('witness', target.source));
  const record: ImportedAnnotation = {
    id: idOf(rawId, item),
    label,
    ...(target.source !== undefined && { source: target.source }),
    ...(documentTitle !== undefined && { documentTitle }),
    ...(witnessId !== undefined && { witnessId }),
    ...(reading.quote && { quote: reading.quote }),
    ...(reading.position && { position: reading.position }),
    ...(reading.range && !reading.quote && !reading.position && { range: reading.range }),
    unit: context.unit,
    note: bodies.note,
    tags: bodies.tags,
    ...(bodies.categoryName !== undefined && { categoryName: bodies.categoryName }),
    ...(bodies.categoryId !== undefined && { categoryId: bodies.categoryId }),
    people: bodies.people,
    entities: bodies.entities,
    ...(bodies.creator !== undefined && { creator: bodies.creator }),
    ...timeField('created', annotation.created),
    ...timeField('modified', annotation.modified),
    motivation: motivationOf(annotation.motivation ?? [], bodies),
  };
  return { record, skipped };
}

/**
 * Why an annotation is about other annotations rather than a text, or undefined when it is a note on a
 * text: its targets are annotations of the file, or it says it replies, or links several targets none of
 * which says where in a text.
 */
function aboutAnnotations(targets: readonly TargetShape[], motivations: readonly string[], ids: ReadonlySet<string>): string | undefined {
  const sources = targets.map((target) => target.source ?? 'an annotation without an id');
  const withoutPassage = targets.every((target) => target.selector.length === 0);
  const replying = motivations.includes('replying') && withoutPassage;
  const linking = sources.every((source) => ids.has(source)) || (motivations.includes('linking') && targets.length > 1 && withoutPassage);
  if (replying) return `It is a reply to annotation ${sources.join(', ')}: Carrel keeps notes on passages, not replies to them.`;
  if (!linking) return undefined;
  const named = sources.length === 1 ? `to annotation ${sources[0]}` : `annotations ${sources.slice(0, -1).join(', ')} and ${sources.at(-1)}`;
  return `It links ${named}: Carrel keeps notes on passages, not links between them.`;
}

/** Every annotation id of the file, so that a target naming one is known for a link. */
export function idsOf(items: readonly unknown[]): Set<string> {
  const ids = new Set<string>();
  for (const item of items) {
    const id = isObject(item) ? idField(item) : undefined;
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

function idField(item: Record<string, unknown>): string | undefined {
  return [item.id, item['@id']].find((id): id is string => typeof id === 'string');
}

/** The model's motivations, asked of each annotation as a set rather than a parse. */
const KNOWN_MOTIVATIONS: ReadonlySet<string> = new Set(Motivation.options);

/** The file's motivation when the model knows it; else what the bodies suggest. */
function motivationOf(motivations: readonly string[], bodies: BodiesRead): Motivation {
  const known = motivations.find((motivation): motivation is Motivation => KNOWN_MOTIVATIONS.has(motivation));
  if (known !== undefined) return known;
  if (bodies.note !== '') return 'commenting';
  if (bodies.people.length > 0 || bodies.entities.length > 0) return 'identifying';
  return bodies.tags.length > 0 ? 'tagging' : 'highlighting';
}

/**
 * `urn:uuid:` ids as they are, when the model takes them (an RFC 4122 UUID); any other id (or, lacking
 * one, the annotation's JSON) named into a UUID.
 */
function idOf(rawId: string | undefined, item: Record<string, unknown>): string {
  if (rawId === undefined) return urlNameUuid(`urn:carrel:anonymous:${JSON.stringify(item)}`);
  const uuid = uuidOf(rawId);
  return uuid !== undefined && AnnotationId.safeParse(uuid).success ? uuid : urlNameUuid(rawId);
}

/** A time kept only when it is one (ISO 8601 with a zone): the store fills in what is missing. */
function timeField(key: 'created' | 'modified', value: string | undefined): Partial<Record<'created' | 'modified', string>> {
  return value !== undefined && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/u.test(value) && !Number.isNaN(Date.parse(value))
    ? { [key]: value }
    : {};
}

function issueText(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'its shape is not one Carrel knows';
  const path = issue.path.map(String).join('.');
  return path === '' ? issue.message : `\`${path}\`: ${issue.message}`;
}

function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? 'a string' : `a ${typeof value}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(message: string): never {
  throw new CarrelError('bad-request', message);
}
