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

/**
 * `node` (an annotation put in one spelling by w3c-shapes' canonical) as the schema reads it, or undefined
 * when the schema must judge it. Fields are set by name, each only when the node has it, as zod's object
 * leaves an absent optional field out.
 */
export function quickAnnotationShape(node: unknown): AnnotationShape | undefined {
  try {
    const annotation = object(node);
    const shape: AnnotationShape = { type: strings(annotation.type ?? []) };
    if (annotation.id !== undefined) shape.id = string(annotation.id);
    if (annotation.motivation !== undefined) shape.motivation = strings(annotation.motivation).map(bare);
    if (annotation.body !== undefined) shape.body = list(annotation.body).map(body);
    if (annotation.bodyValue !== undefined) shape.bodyValue = string(annotation.bodyValue);
    if (annotation.target !== undefined) shape.target = list(annotation.target).map(target);
    if (annotation.creator !== undefined) shape.creator = creator(annotation.creator);
    if (annotation.created !== undefined) shape.created = string(annotation.created);
    if (annotation.modified !== undefined) shape.modified = string(annotation.modified);
    return shape;
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
  const selectors = node.selector === undefined ? [] : list(node.selector).map((inner) => selector(inner, SELECTOR_DEPTH));
  return { source, selector: selectors, witness };
}

function selector(value: unknown, depth: number): SelectorShape {
  const node = object(value);
  const shape: SelectorShape = { type: strings(node.type ?? []) };
  if (node.exact !== undefined) shape.exact = string(node.exact);
  if (node.prefix !== undefined) shape.prefix = string(node.prefix);
  if (node.suffix !== undefined) shape.suffix = string(node.suffix);
  if (node.start !== undefined) shape.start = node.start;
  if (node.end !== undefined) shape.end = node.end;
  // The deepest level has no inner selectors in the schema: they are left out, as it leaves them.
  if (depth === 0) return shape;
  if (node.startSelector !== undefined) shape.startSelector = selector(node.startSelector, depth - 1);
  if (node.endSelector !== undefined) shape.endSelector = selector(node.endSelector, depth - 1);
  if (node.refinedBy !== undefined) shape.refinedBy = list(node.refinedBy).map((each) => selector(each, depth - 1));
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
