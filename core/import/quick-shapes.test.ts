import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../export/index.js';
import { TELEGRAM_SEED, telegramBundle } from '../export/testing/telegram-bundle.js';
import { CATEGORY_KEY, PERSON_KEY, WITNESS_KEY } from '../export/web-annotation.js';
import { annotationShapeOf, quickAnnotationShape } from './quick-shapes.js';
import { AnnotationShape, canonical, SELECTOR_DEPTH } from './w3c-shapes.js';

/** Any JSON value, for a field to hold where the shapes want another. */
const stray = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant({}), fc.constant([1]));
/** Mostly `arbitrary`, now and then a value of another kind. */
const mostly = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof({ weight: 30, arbitrary }, { weight: 1, arbitrary: stray });
/** One value or a list of them, as the W3C model lets most properties be. */
const oneOrMore = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof(arbitrary, fc.array(arbitrary, { maxLength: 2 }));
const words = fc.constantFrom('TextQuoteSelector', 'TextPositionSelector', 'RangeSelector', 'oa:tagging', 'tagging', 'Annotation', 'commenting', ' ', '', 'x');
const text = fc.oneof(words, fc.string());
/** An IRI, or a node naming one in `id`, or not. */
const iri = fc.oneof(text, fc.record({ id: mostly(text), other: text }, { requiredKeys: [] }));

/** A selector with selectors inside it to `depth` levels: one level more than the shapes follow, which they leave out. */
function selectorTo(depth: number): fc.Arbitrary<Record<string, unknown>> {
  const fields = { type: mostly(oneOrMore(words)), '@type': mostly(words), exact: mostly(text), prefix: mostly(text), suffix: mostly(text), start: stray, end: stray };
  if (depth === 0) return fc.record(fields, { requiredKeys: [] });
  const inner = selectorTo(depth - 1);
  return fc.record({ ...fields, startSelector: mostly(inner), endSelector: mostly(inner), refinedBy: mostly(oneOrMore(inner)) }, { requiredKeys: [] });
}
const selector = selectorTo(SELECTOR_DEPTH + 1);
const target = fc.oneof(
  text,
  fc.record({ id: mostly(text), '@id': mostly(text), source: mostly(iri), selector: mostly(oneOrMore(selector)), [WITNESS_KEY]: mostly(iri), other: stray }, { requiredKeys: [] }),
);
const creator = fc.oneof(text, fc.record({ name: mostly(text), nickname: mostly(text), id: mostly(text) }, { requiredKeys: [] }));
const body = fc.oneof(
  text,
  fc.record(
    {
      id: mostly(text),
      type: mostly(oneOrMore(words)),
      purpose: mostly(oneOrMore(words)),
      value: mostly(text),
      source: mostly(iri),
      label: mostly(text),
      name: mostly(text),
      creator: mostly(oneOrMore(creator)),
      [PERSON_KEY]: mostly(iri),
      [CATEGORY_KEY]: mostly(iri),
    },
    { requiredKeys: [] },
  ),
);
/** Annotation nodes near the shapes: most read, some just off them somewhere deep. */
const annotation = fc.record(
  {
    id: mostly(text),
    '@id': mostly(text),
    type: mostly(oneOrMore(words)),
    motivation: mostly(oneOrMore(words)),
    body: mostly(oneOrMore(body)),
    bodyValue: mostly(text),
    target: mostly(oneOrMore(target)),
    creator: mostly(oneOrMore(creator)),
    created: mostly(text),
    modified: mostly(text),
    other: stray,
  },
  { requiredKeys: [] },
);

describe('reading an annotation without zod', () => {
  it('reads what the schema reads, exactly as it does, and leaves the schema every node it would refuse', () => {
    fc.assert(
      fc.property(annotation, (item) => {
        const schema = AnnotationShape.safeParse(item);
        const quick = quickAnnotationShape(canonical(item));
        if (quick === undefined) return !schema.success || expect.fail(`the quick reading gave up on ${JSON.stringify(item)}, which the schema reads`);
        return (schema.success && isDeepStrictEqual(quick, schema.data)) || expect.fail(`${JSON.stringify(item)}: ${JSON.stringify(quick)} against ${JSON.stringify(schema)}`);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('reads every annotation of Carrel’s own export as the schema does', () => {
    const exported = JSON.parse(exportBundle('jsonld', telegramBundle(readFileSync(TELEGRAM_SEED))).content) as { first: { items: unknown[] } };
    expect(exported.first.items.length).toBeGreaterThan(0);
    for (const item of exported.first.items) {
      const quick = quickAnnotationShape(canonical(item));
      expect(quick).toBeDefined();
      expect(isDeepStrictEqual(quick, AnnotationShape.parse(item))).toBe(true);
    }
  });

  it('words a refusal as the schema does', () => {
    const item = { type: 'Annotation', target: [{ source: 7 }] };
    expect(annotationShapeOf(item)).toEqual(AnnotationShape.safeParse(item));
  });
});
