/**
 * Reading a W3C Web Annotation file (Carrel's own JSON-LD export, or another tool's, such as
 * Hypothesis's with only a TextQuoteSelector) into records the store can anchor and save. Pure: the
 * service decides where each record goes (db/service/import*.ts); this only reads and checks.
 */
import type { z } from 'zod';
import { MAX_TAGS, Motivation, Note, Tag } from '../annotation/model.js';
import { CarrelError } from '../errors.js';
import { carrelIdOf, uuidOf } from '../export/web-annotation.js';
import { parseJsonText } from './json-text.js';
import { urlNameUuid } from './name-uuid.js';
import { AnnotationShape, TextPositionShape, TextQuoteShape, type AnnotationShape as Shape, type BodyShape } from './w3c-shapes.js';

/** A person an imported annotation names: an authority or Carrel URI, a Carrel person id, a name. */
export interface ImportedPerson {
  uri?: string;
  uuid?: string;
  name?: string;
}

/** One annotation from a file, normalised; `quote` and `position` are both absent for a note on a whole document. */
export interface ImportedAnnotation {
  /** The annotation's UUID: from a `urn:uuid:` id, else derived from the id (see name-uuid.ts), so a re-import finds it. */
  id: string;
  /** The target's source: a web address, or a Carrel URN of a witness or document. */
  source: string;
  witnessId?: string;
  quote?: { exact: string; prefix: string; suffix: string };
  position?: { start: number; end: number };
  note: string;
  tags: string[];
  categoryName?: string;
  /** The category's id when the file is Carrel's (`urn:carrel:category:<id>`): survives a renamed category. */
  categoryId?: string;
  people: ImportedPerson[];
  creator?: string;
  created?: string;
  modified?: string;
  motivation: Motivation;
}

/**
 * The annotations in a notes file, in file order. Accepts an AnnotationCollection (its `items`, or the
 * `items` of its embedded pages), an AnnotationPage, a bare list of annotations, or one annotation.
 * Throws CarrelError('bad-request') with a message for the reader on anything it cannot read whole:
 * nothing is returned half-read.
 */
export function readAnnotationFile(text: string): ImportedAnnotation[] {
  const items = annotationItems(parseJsonText(text));
  const records = items.map((item, index) => readAnnotation(item, index + 1));
  const seen = new Map<string, number>();
  records.forEach((record, index) => {
    const earlier = seen.get(record.id);
    if (earlier !== undefined) fail(`Annotations ${earlier} and ${index + 1} have the same id (${record.id}); one of them would overwrite the other.`);
    seen.set(record.id, index + 1);
  });
  return records;
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

function readAnnotation(item: unknown, n: number): ImportedAnnotation {
  const rawId = isObject(item) ? [item.id, item['@id']].find((id): id is string => typeof id === 'string') : undefined;
  const label = rawId === undefined ? `Annotation ${n}` : `Annotation ${n} (${rawId})`;
  if (!isObject(item)) fail(`${label} is not an annotation: it is ${describeJson(item)}, not an object.`);
  const parsed = AnnotationShape.safeParse(item);
  if (!parsed.success) fail(`${label} is not a valid W3C annotation: ${issueText(parsed.error)}.`);
  const annotation = parsed.data;
  if (annotation.type.length > 0 && !annotation.type.some((type) => type === 'Annotation' || type === 'oa:Annotation')) {
    fail(`${label} is of type ${annotation.type.join(' / ')}, not an Annotation.`);
  }
  const targets = annotation.target ?? [];
  if (targets.length === 0) fail(`${label} has no target.`);
  // Of several targets, the first that says where in a text: the model has one passage per annotation.
  const target = targets.find((candidate) => candidate.selector.length > 0) ?? targets[0];
  if (!target?.source) fail(`${label} has a target without a source: nothing says which document it is on.`);
  const place = passageOf(target.selector, label);
  const bodies = readBodies(annotation, label);
  const witnessId = (target.witness && carrelIdOf('witness', target.witness)) ?? carrelIdOf('witness', target.source);
  return {
    id: idOf(rawId, item),
    source: target.source,
    ...(witnessId !== undefined && { witnessId }),
    ...place,
    ...bodies,
    ...(annotation.creator !== undefined && { creator: annotation.creator }),
    ...timeField('created', annotation.created),
    ...timeField('modified', annotation.modified),
    motivation: motivationOf(annotation, bodies),
  };
}

/** The quote and position of a target's selectors. Selectors the model has no use for are skipped. */
function passageOf(selectors: readonly { type: string[] }[], label: string): Pick<ImportedAnnotation, 'quote' | 'position'> {
  const of = (type: string) => selectors.find((selector) => selector.type.includes(type) || selector.type.includes(`oa:${type}`));
  const quoteNode = of('TextQuoteSelector');
  const positionNode = of('TextPositionSelector');
  if (selectors.length > 0 && !quoteNode && !positionNode) {
    const kinds = [...new Set(selectors.flatMap((selector) => selector.type))].join(', ') || 'untyped selectors';
    fail(`${label} points at its passage only with ${kinds}; Carrel needs a TextQuoteSelector or a TextPositionSelector to find it.`);
  }
  const result: Pick<ImportedAnnotation, 'quote' | 'position'> = {};
  if (quoteNode) {
    const quote = TextQuoteShape.safeParse(quoteNode);
    if (!quote.success) fail(`${label}: ${issueText(quote.error)}.`);
    result.quote = { exact: quote.data.exact, prefix: quote.data.prefix ?? '', suffix: quote.data.suffix ?? '' };
  }
  if (positionNode) {
    const position = TextPositionShape.safeParse(positionNode);
    if (!position.success) fail(`${label}: ${issueText(position.error)}.`);
    result.position = { start: position.data.start, end: position.data.end };
  }
  return result;
}

type Bodies = Pick<ImportedAnnotation, 'note' | 'tags' | 'categoryName' | 'categoryId' | 'people'>;

/**
 * What the bodies say, by purpose: tagging gives tags, classifying the colour category, identifying
 * people, and any other text (commenting, describing, no purpose) the note. A body that is only a link
 * is kept in the note as the address, rather than dropped.
 */
function readBodies(annotation: Shape, label: string): Bodies {
  const notes = annotation.bodyValue === undefined ? [] : [annotation.bodyValue];
  const tags: string[] = [];
  const people: ImportedPerson[] = [];
  let category: Pick<Bodies, 'categoryName' | 'categoryId'> = {};
  const identifying = (annotation.motivation ?? []).some((motivation) => bare(motivation) === 'identifying');
  for (const body of annotation.body ?? []) {
    const purposes = body.purpose.map(bare);
    if (purposes.includes('tagging')) {
      const tag = body.value ?? body.label ?? body.source;
      if (tag !== undefined) tags.push(tag);
    } else if (purposes.includes('classifying') && body.value !== undefined) {
      const categoryId = body.id === undefined ? undefined : carrelIdOf('category', body.id);
      category = { categoryName: body.value, ...(categoryId !== undefined && { categoryId }) };
    } else if (purposes.includes('identifying') || (identifying && body.value === undefined && body.source !== undefined)) {
      people.push(personOf(body));
    } else if (body.value !== undefined) {
      notes.push(body.value);
    } else if (body.source !== undefined) {
      notes.push(`<${body.source}>`);
    }
  }
  const note = Note.safeParse(notes.join('\n\n'));
  if (!note.success) fail(`${label}: ${note.error.issues[0]?.message ?? 'its note is not valid'}`);
  return { note: note.data, tags: checkedTags(tags, label), ...category, people };
}

function personOf(body: BodyShape): ImportedPerson {
  const uri = body.source ?? body.id;
  const uuid = (body.person && uuidOf(body.person)) ?? (uri && uuidOf(uri));
  const name = body.label ?? body.value;
  return { ...(uri !== undefined && { uri }), ...(uuid !== undefined && { uuid }), ...(name !== undefined && { name }) };
}

/** Tags checked as the store checks them, once each in the file's order. */
function checkedTags(tags: readonly string[], label: string): string[] {
  const checked: string[] = [];
  for (const tag of tags) {
    const parsed = Tag.safeParse(tag);
    if (!parsed.success) fail(`${label}: the tag “${tag.slice(0, 80)}” cannot be kept. ${parsed.error.issues[0]?.message ?? ''}`.trim());
    if (!checked.includes(parsed.data)) checked.push(parsed.data);
  }
  if (checked.length > MAX_TAGS) fail(`${label} has ${checked.length} tags; an annotation can have at most ${MAX_TAGS}.`);
  return checked;
}

/** The file's motivation when the model knows it; else what the bodies suggest. */
function motivationOf(annotation: Shape, bodies: Bodies): Motivation {
  for (const motivation of annotation.motivation ?? []) {
    const known = Motivation.safeParse(bare(motivation));
    if (known.success) return known.data;
  }
  if (bodies.note !== '') return 'commenting';
  if (bodies.people.length > 0) return 'identifying';
  return bodies.tags.length > 0 ? 'tagging' : 'highlighting';
}

/** `urn:uuid:` ids as they are; any other id (or, lacking one, the annotation's JSON) named into a UUID. */
function idOf(rawId: string | undefined, item: Record<string, unknown>): string {
  if (rawId === undefined) return urlNameUuid(`urn:carrel:anonymous:${JSON.stringify(item)}`);
  return uuidOf(rawId) ?? urlNameUuid(rawId);
}

/** A time kept only when it is one (ISO 8601 with a zone): the store fills in what is missing. */
function timeField(key: 'created' | 'modified', value: string | undefined): Partial<Record<'created' | 'modified', string>> {
  return value !== undefined && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/u.test(value) && !Number.isNaN(Date.parse(value))
    ? { [key]: value }
    : {};
}

/** "oa:tagging" and "tagging" alike. */
function bare(term: string): string {
  return term.replace(/^(oa:|http:\/\/www\.w3\.org\/ns\/oa#)/u, '');
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

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(message: string): never {
  throw new CarrelError('bad-request', message);
}
