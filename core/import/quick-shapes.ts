/**
 * The shapes of w3c-shapes.ts read without zod for the annotations that fit them, which in a real file is
 * all of them: each field checked by hand and the same output built. zod's parse of 10,000 annotations,
 * its issues prepared for each node, was a sixth of an import. Anything that does not fit exactly answers
 * undefined, and the caller asks the schema, which words the refusal: so the two can only differ in speed,
 * which w3c-shapes.test.ts checks on every shape the schema knows.
 */
import type { z } from 'zod';
import { CATEGORY_KEY, PERSON_KEY, WITNESS_KEY } from '../export/web-annotation.js';
import { AnnotationShape, bare, canonical, SELECTOR_DEPTH, type BodyShape, type SelectorShape, type TargetShape } from './w3c-shapes.js';

/** Thrown inside a quick read at the first thing that does not fit; caught once, at its top. */
const MISFIT = Symbol('misfit');

/** An annotation node of a file read as AnnotationShape.safeParse reads it: by hand when it fits, else by the schema. */
export function annotationShapeOf(item: unknown): z.ZodSafeParseResult<AnnotationShape> {
  const quick = quickAnnotationShape(canonical(item));
  return quick === undefined ? AnnotationShape.safeParse(item) : { success: true, data: quick };
}

/** `node` (an annotation put in one spelling by w3c-shapes' canonical) as the schema reads it, or undefined when the schema must judge it. */
export function quickAnnotationShape(node: unknown): AnnotationShape | undefined {
  try {
    const annotation = object(node);
    const shape: Partial<AnnotationShape> & Record<string, unknown> = {};
    optional(shape, 'id', annotation.id, string);
    shape.type = strings(annotation.type ?? []);
    optional(shape, 'motivation', annotation.motivation, (value) => strings(value).map(bare));
    optional(shape, 'body', annotation.body, (value) => list(value).map(body));
    optional(shape, 'bodyValue', annotation.bodyValue, string);
    optional(shape, 'target', annotation.target, (value) => list(value).map(target));
    optional(shape, 'creator', annotation.creator, creator);
    optional(shape, 'created', annotation.created, string);
    optional(shape, 'modified', annotation.modified, string);
    return shape as AnnotationShape;
  } catch (error) {
    if (error === MISFIT) return undefined;
    throw error;
  }
}

function target(value: unknown): TargetShape {
  const node = object(value);
  const id = optionalString(node.id);
  const source = optionalString(node.source) ?? id;
  const witness = optionalString(node[WITNESS_KEY]);
  return { source, selector: list(node.selector ?? []).map((inner) => selector(inner, SELECTOR_DEPTH)), witness };
}

function selector(value: unknown, depth: number): SelectorShape {
  const node = object(value);
  const shape: SelectorShape & Record<string, unknown> = { type: strings(node.type ?? []) };
  optional(shape, 'exact', node.exact, string);
  optional(shape, 'prefix', node.prefix, string);
  optional(shape, 'suffix', node.suffix, string);
  optional(shape, 'start', node.start, (start) => start);
  optional(shape, 'end', node.end, (end) => end);
  // The deepest level has no inner selectors in the schema: they are left out, as it leaves them.
  if (depth === 0) return shape;
  optional(shape, 'startSelector', node.startSelector, (inner) => selector(inner, depth - 1));
  optional(shape, 'endSelector', node.endSelector, (inner) => selector(inner, depth - 1));
  optional(shape, 'refinedBy', node.refinedBy, (inner) => list(inner).map((each) => selector(each, depth - 1)));
  return shape;
}

function body(value: unknown): BodyShape {
  const node = object(value);
  const id = optionalString(node.id);
  const label = optionalString(node.label);
  const name = optionalString(node.name);
  return {
    id,
    type: strings(node.type ?? []),
    purpose: strings(node.purpose ?? []).map(bare),
    value: optionalString(node.value),
    source: optionalString(node.source),
    label: label ?? name,
    person: optionalString(node[PERSON_KEY]),
    category: optionalString(node[CATEGORY_KEY]) ?? id,
    creator: node.creator === undefined ? undefined : creator(node.creator),
  };
}

/** The first creator named in a list, as the schema's Creator answers it. */
function creator(value: unknown): string | undefined {
  return strings(value).find((name) => name.trim() !== '');
}

/** Sets `key` on `shape` to `read(value)` when the value is there, as zod's object leaves an absent optional field out. */
function optional<T>(shape: Record<string, unknown>, key: string, value: unknown, read: (value: unknown) => T): void {
  if (value !== undefined) shape[key] = read(value);
}

function object(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw MISFIT;
  return value as Record<string, unknown>;
}

function list(value: unknown): unknown[] {
  if (!Array.isArray(value)) throw MISFIT;
  return value;
}

function strings(value: unknown): string[] {
  const all = list(value);
  for (const each of all) string(each);
  return [...all] as string[];
}

function string(value: unknown): string {
  if (typeof value !== 'string') throw MISFIT;
  return value;
}

function optionalString(value: unknown): string | undefined {
  return value === undefined ? undefined : string(value);
}
