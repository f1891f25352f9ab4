/**
 * What an annotation's bodies say, by purpose: tagging gives tags, classifying the colour category (or,
 * from Recogito, the kind of thing identified), identifying people and other linked entities, and any
 * other text (commenting, replying, describing, no purpose) the note. A body that is only a link is kept
 * in the note as the address. A tag the store cannot keep, or a thing identified without saying which,
 * is listed as skipped; the annotation still arrives.
 */
import { LinkedEntity, MAX_ENTITIES, MAX_NOTE_LENGTH, MAX_TAGS, Note, Tag } from '../annotation/model.js';
import { carrelIdOf, uuidOf } from '../export/web-annotation.js';
import { identifiedKind, isEntityType } from './entity-kind.js';
import { objectOf, type ImportedAnnotation, type SkippedEntry } from './records.js';
import type { AnnotationShape, BodyShape } from './w3c-shapes.js';

/**
 * What the bodies give an annotation (its creator: the annotation's, else its first body's, as Recogito
 * records authors per body); `refusal` says why it cannot arrive at all.
 */
export interface BodiesRead extends Pick<ImportedAnnotation, 'note' | 'tags' | 'categoryName' | 'categoryId' | 'people' | 'entities' | 'creator'> {
  skipped: SkippedEntry[];
  refusal?: string;
}

/** An absolute URI, as a body's `value` sometimes holds instead of text (Recogito's identifying bodies). */
const URI = /^[a-z][a-z0-9+.-]*:\S+$/iu;

/** The bodies of `annotation` (named `label` in the report) read; never throws. */
export function readBodies(annotation: AnnotationShape, label: string): BodiesRead {
  const bodies = annotation.body ?? [];
  const creator = annotation.creator ?? bodies.find((body) => body.creator !== undefined)?.creator;
  const motivations = annotation.motivation ?? [];
  const purposesOf = (body: BodyShape) => (body.purpose.length > 0 ? body.purpose : body.source !== undefined && motivations.includes('identifying') && body.value === undefined ? ['identifying'] : []);
  // Recogito says what kind of thing a passage is in a classifying body ("PLACE"), beside the identifying one.
  const entityTypes = bodies.filter((body) => purposesOf(body).includes('classifying') && body.value !== undefined && isEntityType(body.value)).map((body) => body.value ?? '');

  const notes = annotation.bodyValue === undefined ? [] : [annotation.bodyValue];
  const tags: string[] = [];
  const read: BodiesRead = { note: '', tags: [], people: [], entities: [], ...(creator !== undefined && { creator }), skipped: [] };
  for (const body of bodies) {
    const purposes = purposesOf(body);
    if (purposes.includes('tagging')) {
      const tag = body.value ?? body.label ?? body.source;
      if (tag !== undefined) tags.push(tag);
    } else if (purposes.includes('classifying')) {
      if (body.value !== undefined && !isEntityType(body.value)) readCategory(read, body, label);
    } else if (purposes.includes('identifying')) {
      readIdentified(read, body, entityTypes, label);
    } else if (body.value !== undefined) {
      // Someone else's reply or comment keeps its author's name (the annotation has one creator).
      notes.push(body.creator !== undefined && body.creator !== creator ? `**${body.creator}:** ${body.value}` : body.value);
    } else if (body.source !== undefined) {
      notes.push(`<${body.source}>`);
    }
  }
  const joined = notes.join('\n\n');
  // The schema only bounds the length: asked only of a note too long, to word the refusal (10,000 parses were felt).
  const note = joined.length <= MAX_NOTE_LENGTH ? { success: true as const, data: joined } : Note.safeParse(joined);
  if (!note.success) return { ...read, refusal: note.error.issues[0]?.message ?? 'Its note cannot be kept.' };
  read.note = note.data;
  read.tags = checkedTags(tags, read.skipped, label);
  return read;
}

/** The first colour named is the annotation's; another one is listed, since an annotation has one colour. */
function readCategory(read: BodiesRead, body: BodyShape, label: string): void {
  const name = body.value ?? '';
  if (read.categoryName !== undefined) {
    read.skipped.push({ what: `The colour “${name}” of ${objectOf(label)}`, reason: `An annotation has one colour; it takes the first, “${read.categoryName}”.` });
    return;
  }
  const categoryId = body.category === undefined ? undefined : carrelIdOf('category', body.category);
  read.categoryName = name;
  if (categoryId !== undefined) read.categoryId = categoryId;
}

/**
 * A person, with whatever identifies them (the registry decides whether it knows them), or another
 * entity, which needs a link to be kept. A thing identified without a link or a name says only what
 * kind of thing is there: listed, not kept.
 */
function readIdentified(read: BodiesRead, body: BodyShape, entityTypes: readonly string[], label: string): void {
  const valueIsUri = body.value !== undefined && URI.test(body.value);
  const uri = body.source ?? (valueIsUri ? body.value : undefined) ?? body.id;
  const named = body.label ?? (body.value !== undefined && !valueIsUri && !isEntityType(body.value) ? body.value : undefined);
  const name = named?.trim() === '' ? undefined : named?.trim();
  const types = [...body.type, ...(body.value !== undefined && isEntityType(body.value) ? [body.value] : []), ...entityTypes];
  const kind = identifiedKind(uri, types, body.person !== undefined);
  if (kind === 'person') {
    if (uri === undefined && name === undefined && body.person === undefined) {
      read.skipped.push({ what: `A person identified in ${objectOf(label)}`, reason: 'It says a person is named there, but not who: no name and no authority link.' });
      return;
    }
    const uuid = (body.person && uuidOf(body.person)) ?? (uri && uuidOf(uri));
    read.people.push({ ...(uri !== undefined && { uri }), ...(uuid !== undefined && { uuid }), ...(name !== undefined && { name }) });
    return;
  }
  const entity = LinkedEntity.safeParse({ uri, ...(name !== undefined && { label: name.slice(0, 200) }) });
  if (uri === undefined || !entity.success) {
    const what = name === undefined ? `A place or other thing identified in ${objectOf(label)}` : `“${name}”, identified in ${objectOf(label)}`;
    read.skipped.push({ what, reason: uri === undefined ? 'It gives no link to say which one it is.' : `Its link cannot be kept: ${entity.error?.issues[0]?.message ?? 'it is not one'}` });
    return;
  }
  if (read.entities.some((kept) => kept.uri === entity.data.uri)) return;
  if (read.entities.length >= MAX_ENTITIES) {
    read.skipped.push({ what: `The link to ${entity.data.label ?? entity.data.uri} in ${objectOf(label)}`, reason: `An annotation keeps at most ${MAX_ENTITIES} linked places and things.` });
    return;
  }
  read.entities.push(entity.data);
}

/** Tags checked as the store checks them, once each in the file's order; those it cannot keep are listed. */
function checkedTags(tags: readonly string[], skipped: SkippedEntry[], label: string): string[] {
  const checked: string[] = [];
  for (const tag of tags) {
    const parsed = Tag.safeParse(tag);
    // Worded only for a tag that is left out: a file's tags are nearly all kept.
    const what = () => `The tag “${tag.slice(0, 80)}${tag.length > 80 ? '…' : ''}” of ${objectOf(label)}`;
    if (!parsed.success) skipped.push({ what: what(), reason: parsed.error.issues[0]?.message ?? 'It is not a tag Carrel can keep.' });
    else if (checked.includes(parsed.data)) continue;
    else if (checked.length >= MAX_TAGS) skipped.push({ what: what(), reason: `An annotation can have at most ${MAX_TAGS} tags; the first ${MAX_TAGS} were kept.` });
    else checked.push(parsed.data);
  }
  return checked;
}

