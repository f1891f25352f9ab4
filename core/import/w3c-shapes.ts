/**
 * The shapes of W3C Web Annotation JSON-LD (compacted with the W3C context) as tools actually write it:
 * most properties may be one value or a list, `id` and `type` may be spelled `@id` and `@type`, and
 * anything unknown is allowed and ignored. Carrel's own export, Recogito's and Hypothesis's (once
 * hypothesis.ts has put its rows in this form) are cases of these shapes. Offsets are read as they come
 * and judged by selectors.ts, so that a bad one costs the passage's position, not the annotation.
 */
import { z } from 'zod';
import { PERSON_KEY, WITNESS_KEY } from '../export/web-annotation.js';

/** One value or a list of them, read as a list. */
function oneOrMany<T extends z.ZodType>(item: T) {
  return z.union([item, z.array(item)]).transform((value): z.output<T>[] => (Array.isArray(value) ? value : [value]));
}

/** A resource named by its IRI, or a node that has one in `id`. */
const Iri = z.union([z.string(), z.looseObject({ id: z.string() }).transform((node) => node.id)]);

/** `@id` and `@type` (JSON-LD's own keywords) read as `id` and `type`, which the W3C context aliases them to. */
function keywordsAliased(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  if (!('@id' in record) && !('@type' in record) && 'type' in record) return value;
  const { '@id': atId, '@type': atType, ...rest } = record;
  return { ...rest, id: rest.id ?? atId, type: rest.type ?? atType ?? [] };
}

/** A node with an optional id and its types as a list (`oa:` prefixes taken off), plus the fields given. */
function node<T extends z.ZodRawShape>(shape: T) {
  return z.preprocess(keywordsAliased, z.looseObject({ id: z.string().optional(), type: oneOrMany(z.string()).transform((types) => types.map(bare)), ...shape }));
}

/** "oa:tagging" and "tagging" alike, and the vocabulary's full IRIs. */
export function bare(term: string): string {
  return term.replace(/^(oa:|http:\/\/www\.w3\.org\/ns\/oa#)/u, '');
}

/** A selector as read: its type decides which of its fields mean anything (selectors.ts). */
export interface SelectorShape {
  type: string[];
  exact?: string | undefined;
  prefix?: string | undefined;
  suffix?: string | undefined;
  start?: unknown;
  end?: unknown;
  startSelector?: SelectorShape | undefined;
  endSelector?: SelectorShape | undefined;
  refinedBy: SelectorShape[];
}

const Selector: z.ZodType<SelectorShape> = z.lazy(() =>
  node({
    exact: z.string().optional(),
    prefix: z.string().optional(),
    suffix: z.string().optional(),
    start: z.unknown().optional(),
    end: z.unknown().optional(),
    startSelector: Selector.optional(),
    endSelector: Selector.optional(),
    refinedBy: oneOrMany(Selector).default([]),
  }),
);

/** A target as the importer reads it. */
export interface TargetShape {
  /** The resource it is on: its `source`, or for a target without one its `id` (often another annotation's). */
  source: string | undefined;
  selector: SelectorShape[];
  witness: string | undefined;
}

/** A target: an IRI alone, or a SpecificResource with a source, selectors and Carrel's witness. */
const Target = z.union([
  z.string().transform((source): TargetShape => ({ source, selector: [], witness: undefined })),
  z
    .looseObject({ source: Iri.optional(), id: z.string().optional(), '@id': z.string().optional(), selector: oneOrMany(Selector).optional(), [WITNESS_KEY]: Iri.optional() })
    .transform((target): TargetShape => ({ source: target.source ?? target.id ?? target['@id'], selector: target.selector ?? [], witness: target[WITNESS_KEY] })),
]);

/** A creator: a name or IRI, or an agent with a name (or nickname); the first of a list. */
const Agent = z
  .looseObject({ name: z.string().optional(), nickname: z.string().optional(), id: z.string().optional() })
  .transform((agent) => agent.name ?? agent.nickname ?? agent.id);
const Creator = oneOrMany(z.union([z.string(), Agent])).transform((creators) => creators.find((creator) => creator !== undefined && creator.trim() !== ''));

/** A body as the importer reads it. */
export interface BodyShape {
  id?: string | undefined;
  type: string[];
  purpose: string[];
  value?: string | undefined;
  source?: string | undefined;
  label?: string | undefined;
  /** Carrel's id of the person an identifying body names. */
  person?: string | undefined;
  /** Who wrote this body, when the tool records it per body (Recogito). */
  creator?: string | undefined;
}

/** A body: an IRI (an external resource), or a node with a value (TextualBody) or a source (SpecificResource). */
const Body = z.union([
  z.string().transform((source): BodyShape => ({ type: [], purpose: [], source })),
  node({
    purpose: oneOrMany(z.string()).optional(),
    value: z.string().optional(),
    source: Iri.optional(),
    label: z.string().optional(),
    name: z.string().optional(),
    creator: Creator.optional(),
    [PERSON_KEY]: Iri.optional(),
  }).transform(
    (body): BodyShape => ({
      id: body.id,
      type: body.type,
      purpose: (body.purpose ?? []).map(bare),
      value: body.value,
      source: body.source,
      label: body.label ?? body.name,
      person: body[PERSON_KEY],
      creator: body.creator,
    }),
  ),
]);

/** An annotation as read: every field the importer uses, in one spelling. */
export const AnnotationShape = node({
  motivation: oneOrMany(z.string()).transform((motivations) => motivations.map(bare)).optional(),
  body: oneOrMany(Body).optional(),
  bodyValue: z.string().optional(),
  target: oneOrMany(Target).optional(),
  creator: Creator.optional(),
  created: z.string().optional(),
  modified: z.string().optional(),
});
export type AnnotationShape = z.output<typeof AnnotationShape>;
