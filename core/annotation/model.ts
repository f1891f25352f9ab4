/**
 * Annotations in the shape of the W3C Web Annotation model, so that a JSON-LD export is a projection:
 * a target on one witness (a quote selector and a position selector over its reading text), a
 * motivation, a Markdown note, free tags, a colour category, a creator and times. Ids are UUIDs so
 * that bundles from several machines merge idempotently.
 */
import { hasVisibleCharacter } from '../visible-text.js';
import { z } from 'zod';
import { MAX_ENTITIES, MAX_NOTE_LENGTH, MAX_TAG_LENGTH, MAX_TAGS } from './limits.js';

export { CONTEXT_LENGTH, MAX_ANNOTATIONS_PER_READ, MAX_ENTITIES, MAX_NOTE_LENGTH, MAX_TAG_LENGTH, MAX_TAGS } from './limits.js';

export const AnnotationId = z.uuid();

/** The passage as text: what anchoring looks for when positions no longer fit. */
export const TextQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;

/** The passage as offsets [start, end) in UTF-16 code units of the witness's reading text. */
export const TextPositionSelector = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end > s.start, { message: 'the passage is empty' });
export type TextPositionSelector = z.infer<typeof TextPositionSelector>;

/** Where a passage annotation points. Document notes have no target. */
export const AnnotationTarget = z.object({
  witnessId: z.string().min(1).max(64),
  quote: TextQuoteSelector,
  position: TextPositionSelector,
});
export type AnnotationTarget = z.infer<typeof AnnotationTarget>;

export const Motivation = z.enum(['highlighting', 'commenting', 'tagging', 'identifying']);
export type Motivation = z.infer<typeof Motivation>;

/** A tag as a reader types it: trimmed, one line, not too long. */
export const Tag = z
  .string()
  .trim()
  .min(1, 'A tag cannot be empty.')
  .max(MAX_TAG_LENGTH, `A tag can be at most ${MAX_TAG_LENGTH} characters long.`)
  .refine((t) => !/[\n\r\t]/.test(t), 'A tag is one line of text.')
  .refine(hasVisibleCharacter, 'A tag needs a letter, a digit or a sign you can see: this one is only invisible characters.');

/** A Markdown note. Rendering sanitises it; storing keeps it as typed. */
export const Note = z.string().max(MAX_NOTE_LENGTH, `A note can be at most ${MAX_NOTE_LENGTH.toLocaleString('en')} characters long.`);

/** A place [start, end) of the witness's current text where an orphan's quote was found, as well as at the others offered with it. */
export const AnchorCandidate = z.object({ start: z.number().int(), end: z.number().int() });
export type AnchorCandidate = z.infer<typeof AnchorCandidate>;

/**
 * Where an annotation lands in its witness's current text, worked out when it is read. An orphan found
 * in several places that nothing tells apart lists them, for the reader to choose.
 */
export const Anchor = z.discriminatedUnion('status', [
  z.object({ status: z.literal('anchored'), start: z.number().int(), end: z.number().int(), method: z.enum(['position', 'exact', 'fuzzy']) }),
  z.object({ status: z.literal('orphaned'), candidates: z.array(AnchorCandidate).optional() }),
]);
export type Anchor = z.infer<typeof Anchor>;

/**
 * Something an identifying body names that is not a person of the registry: a place (Pleiades,
 * GeoNames), an event. Kept as the file that brought it gave it, shown as a link and exported unchanged.
 */
export const LinkedEntity = z.object({
  uri: z.string().min(1).max(2000).regex(/^\S+$/u, 'A link has no spaces.'),
  label: z.string().trim().min(1).max(200).optional(),
});
export type LinkedEntity = z.infer<typeof LinkedEntity>;

/** An annotation as stored and shown. */
export const Annotation = z.object({
  id: AnnotationId,
  documentId: z.string(),
  /** Absent for a note on the whole document. */
  target: AnnotationTarget.optional(),
  motivation: Motivation,
  note: Note,
  tags: z.array(Tag).max(MAX_TAGS),
  /** A category id (see Category). */
  category: z.string(),
  /** Ids of the people this passage is tagged with (identifying bodies). */
  people: z.array(z.string()),
  /** What its identifying bodies name besides people; absent when nothing (as on every annotation made in Carrel). */
  entities: z.array(LinkedEntity).min(1).max(MAX_ENTITIES).optional(),
  creator: z.string(),
  created: z.string(),
  modified: z.string(),
});
export type Annotation = z.infer<typeof Annotation>;

/** An annotation with where it lands now. */
export const AnchoredAnnotation = Annotation.extend({ anchor: Anchor });
export type AnchoredAnnotation = z.infer<typeof AnchoredAnnotation>;

/** A colour that means something to a seminar: "Key claim", "Question"... Renamable; the colour is fixed. */
export const Category = z.object({
  id: z.string(),
  name: z.string().trim().min(1, 'A colour needs a name.').max(40, 'A colour name can be at most 40 characters long.'),
  /** A CSS colour for highlights. */
  colour: z.string(),
});
export type Category = z.infer<typeof Category>;
