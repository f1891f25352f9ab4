/**
 * The shapes of W3C Web Annotation JSON-LD (compacted with the W3C context) as tools actually write it:
 * most properties may be one value or a list, `id` and `type` may be spelled `@id` and `@type`, a body
 * or target may be an IRI alone, and anything unknown is allowed and left out. Carrel's own export,
 * Recogito's and Hypothesis's (once hypothesis.ts has put its rows in this form) are cases of these
 * shapes. Offsets are read as they come and judged by selectors.ts, so that a bad one costs the
 * passage's position, not the annotation.
 *
 * An annotation is first put in one spelling (canonical below), then checked by plain schemas: zod
 * unions and per-field preprocessing tried each form, built its issues and threw them away, which for
 * 10,000 annotations was most of an import's time.
 */
import { z } from 'zod';
import { CATEGORY_KEY, PERSON_KEY, WITNESS_KEY } from '../export/web-annotation.js';

/** "oa:tagging" and "tagging" alike, and the vocabulary's full IRIs. */
export function bare(term: string): string {
  return term.replace(/^(oa:|http:\/\/www\.w3\.org\/ns\/oa#)/u, '');
}

/** Properties the model lets be one value or a list: read as a list. */
const LISTS = new Set(['type', 'motivation', 'body', 'target', 'selector', 'refinedBy', 'purpose', 'creator']);
/** Properties whose value is a resource: its IRI, or a node naming it in `id`. */
const IRIS = new Set(['source', WITNESS_KEY, PERSON_KEY, CATEGORY_KEY]);
/** Properties holding nodes that need the same spelling; the others are passed on as they are, for the schemas to read or leave out. */
const NESTED = new Set(['body', 'target', 'selector', 'refinedBy', 'startSelector', 'endSelector', 'creator', ...IRIS]);

function isNode(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A node in one spelling, its nested nodes too: `@id` and `@type` as `id` and `type`, list properties as
 * lists (`type` with its `oa:` prefixes off), an IRI-valued property as the IRI, a body or target that
 * is an IRI alone as a node with that `source`, a creator that is an agent as its name. Anything that is
 * not a node is left as it is, for the schemas to refuse.
 */
export function canonical(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) return value.map((item) => canonical(item, key));
  if (typeof value === 'string' && (key === 'body' || key === 'target')) return { source: value };
  if (!isNode(value)) return value;
  if (key !== undefined && IRIS.has(key)) return typeof value.id === 'string' ? value.id : value;
  if (key === 'creator') return [value.name, value.nickname, value.id].find((name) => typeof name === 'string') ?? value;
  const node: Record<string, unknown> = {};
  for (const name in value) {
    const property = name === '@id' ? 'id' : name === '@type' ? 'type' : name;
    if (property !== name && property in value) continue;
    const field = NESTED.has(property) ? canonical(value[name], property) : value[name];
    node[property] = LISTS.has(property) && !Array.isArray(field) ? [field] : field;
  }
  if (Array.isArray(node.type)) node.type = node.type.map((type) => (typeof type === 'string' ? bare(type) : type));
  return node;
}

const Strings = z.array(z.string());

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
  refinedBy?: SelectorShape[] | undefined;
}

/** How deep selectors are followed into the selectors that refine them or end their range; deeper ones are left out. */
export const SELECTOR_DEPTH = 4;

/**
 * A selector and, to `depth` levels, the selectors inside it. Spelled out level by level rather than
 * recursive: zod watches a recursive schema for cycles at every node it parses, a third of the time of
 * reading 10,000 annotations.
 */
function selectorShape(depth: number): z.ZodType<SelectorShape> {
  const fields = {
    type: Strings.default([]),
    exact: z.string().optional(),
    prefix: z.string().optional(),
    suffix: z.string().optional(),
    start: z.unknown().optional(),
    end: z.unknown().optional(),
  };
  if (depth === 0) return z.object(fields);
  const inner = selectorShape(depth - 1);
  return z.object({ ...fields, startSelector: inner.optional(), endSelector: inner.optional(), refinedBy: z.array(inner).optional() });
}
const Selector = selectorShape(SELECTOR_DEPTH);

/** A target as the importer reads it. */
export interface TargetShape {
  /** The resource it is on: its `source`, or for a target without one its `id` (often another annotation's). */
  source: string | undefined;
  selector: SelectorShape[];
  witness: string | undefined;
}

const Target = z
  .object({ source: z.string().optional(), id: z.string().optional(), selector: z.array(Selector).default([]), [WITNESS_KEY]: z.string().optional() })
  .transform((target): TargetShape => ({ source: target.source ?? target.id, selector: target.selector, witness: target[WITNESS_KEY] }));

/** The first creator named in a list. */
const Creator = z.array(z.string()).transform((creators) => creators.find((creator) => creator.trim() !== ''));

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
  /** Carrel's id of the colour a classifying body names (older exports gave it as the body's id). */
  category?: string | undefined;
  /** Who wrote this body, when the tool records it per body (Recogito). */
  creator?: string | undefined;
}

const Body = z
  .object({
    id: z.string().optional(),
    type: Strings.default([]),
    purpose: Strings.default([]),
    value: z.string().optional(),
    source: z.string().optional(),
    label: z.string().optional(),
    name: z.string().optional(),
    creator: Creator.optional(),
    [PERSON_KEY]: z.string().optional(),
    [CATEGORY_KEY]: z.string().optional(),
  })
  .transform(
    (body): BodyShape => ({
      id: body.id,
      type: body.type,
      purpose: body.purpose.map(bare),
      value: body.value,
      source: body.source,
      label: body.label ?? body.name,
      person: body[PERSON_KEY],
      category: body[CATEGORY_KEY] ?? body.id,
      creator: body.creator,
    }),
  );

/** An annotation as read: every field the importer uses, in one spelling. */
export const AnnotationShape = z.preprocess(
  (value) => canonical(value),
  z.object({
    id: z.string().optional(),
    type: Strings.default([]),
    motivation: Strings.transform((motivations) => motivations.map(bare)).optional(),
    body: z.array(Body).optional(),
    bodyValue: z.string().optional(),
    target: z.array(Target).optional(),
    creator: Creator.optional(),
    created: z.string().optional(),
    modified: z.string().optional(),
  }),
);
export type AnnotationShape = z.output<typeof AnnotationShape>;
