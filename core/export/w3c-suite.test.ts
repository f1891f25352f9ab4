/**
 * The W3C Web Annotation test suite (its JSON Schemas, draft-04) run on Carrel's JSON-LD export: the
 * collection (with its embedded page, as the suite checks one) and every annotation on its own. The
 * suite's files are kept beside this test (testing/web-annotation-tests, with the W3C's licence), so that
 * it runs wherever the project is cloned.
 */
import { readdirSync, readFileSync } from 'node:fs';
import draft04, { type ValidateFunction } from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import type { ExportBundle } from './bundle.js';
import { toJsonLd } from './jsonld.js';
import { TELEGRAM_SEED, telegramBundle } from './testing/telegram-bundle.js';

const SUITE = new URL('./testing/web-annotation-tests/', import.meta.url);

type Level = 'must' | 'should' | 'may';

/** One schema of the suite, compiled: its file (as the suite names it), its level and what it checks. */
interface Assertion {
  name: string;
  level: Level;
  title: string;
  validate: ValidateFunction;
}

type Json = Record<string, unknown>;

function readJson(relative: string): Json {
  return JSON.parse(readFileSync(new URL(relative, SUITE), 'utf8')) as Json;
}

/** RFC 3986's characters after a scheme: unreserved, reserved and percent-encoded. */
const URI = /^[a-z][a-z\d+.-]*:(?:[\w\-.~:/?#[\]@!$&'()*+,;=]|%[\da-f]{2})*$/iu;
/** RFC 3339's date-time. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/iu;

// A CommonJS module: read as ES, its class is the default export's `default`.
const Ajv = draft04.default;
// The suite's schemas carry its own keys (assertionType, errorMessage...), which strict mode would refuse.
const ajv = new Ajv({
  strict: false,
  formats: { uri: URI, 'date-time': (value: string) => DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)) },
});
for (const file of readdirSync(new URL('definitions/', SUITE)).filter((name) => name.endsWith('.json'))) ajv.addSchema(readJson(`definitions/${file}`));

/** The assertions a `.test` file of the suite lists, compiled. */
function assertions(testFile: string): Assertion[] {
  const names = readJson(testFile).assertions as string[];
  return names.map((name) => {
    const schema = readJson(name);
    return { name, level: schema.assertionType as Level, title: String(schema.title), validate: ajv.compile(schema) };
  });
}

/** The assertions of these `.test` files that `json` fails, at one level, as "file: title". */
function failing(json: unknown, level: Level, tests: readonly Assertion[][]): string[] {
  return tests
    .flat()
    .filter((assertion) => assertion.level === level && !assertion.validate(json))
    .map((assertion) => `${assertion.name}: ${assertion.title}`);
}

const COLLECTION_TESTS = [assertions('collections/collectionMusts.test'), assertions('collections/collectionOptionals.test')];
// The suite checks an embedded page through the collection that holds it.
const PAGE_TESTS = [assertions('collections/pages/pageMusts.test'), assertions('collections/pages/pageOptionals.test')];
const ANNOTATION_TESTS = [
  assertions('annotations/annotationMusts.test'),
  assertions('annotations/annotationOptionals.test'),
  assertions('annotations/annotationsAgentOptionals.test'),
];


/**
 * The suite's SHOULDs that do not apply to Carrel's annotations, and why; `when` narrows one to the
 * annotations it does not apply to. Any other SHOULD an annotation misses fails the test.
 */
const NOT_APPLICABLE: readonly { pattern: RegExp; reason: string; when?: (annotation: Json) => boolean }[] = [
  { pattern: /^annotations\/bodiesTargets\/3\.2\.1-(body|targ)SingleLanguage\.json:/u, reason: 'Carrel does not record the language of a note or a source.' },
  { pattern: /^annotations\/bodiesTargets\/3\.2\.1-targSingleFormat\.json:/u, reason: 'The media type of a document’s source (a web page, a PDF) is not known.' },
  {
    pattern: /^annotations\/bodiesTargets\/3\.3\.[12]-(body|targ)(SingleCreator|Created|CreatorAgent)/u,
    reason: 'A body or a target has no creator or time of its own: the annotation’s are theirs.',
  },
  { pattern: /^annotations\/specificResource\/4\.2\.1-conformsTo\.json:/u, reason: 'Carrel writes no FragmentSelector.' },
  {
    pattern: /^annotations\/specificResource\/4\.2\.4-(prefix|suffix)\.json:/u,
    reason: 'A note on the whole document has no TextQuoteSelector.',
    when: (annotation) => typeof annotation.target === 'string',
  },
  {
    pattern: /^annotations\/3\.3\.2-annotationCreatorAgent(Id|SingleName|Nickname)Implemented\.json:/u,
    reason: 'Carrel keeps a creator as one string: an address (its id) or a name. The other keys are not known.',
    when: (annotation) => {
      const creator = annotation.creator as Json | undefined;
      return !(creator?.id && creator.name);
    },
  },
  { pattern: /^annotations\/3\.3\.2-annotationGeneratorAgent(Id|Nickname)Implemented\.json:/u, reason: 'Carrel, offline, has no web address or handle.' },
];

/** The SHOULDs an annotation misses that apply to it. */
function unmetShoulds(annotation: Json): string[] {
  return failing(annotation, 'should', ANNOTATION_TESTS).filter(
    (failure) => !NOT_APPLICABLE.some(({ pattern, when }) => pattern.test(failure) && (when?.(annotation) ?? true)),
  );
}

interface Collection extends Json {
  first: { items: Json[] };
}

/** The export's collection, and each annotation as it stands alone: with the context it inherits in the file. */
function exported(bundle: ExportBundle): { collection: Collection; annotations: Json[] } {
  const collection = JSON.parse(toJsonLd(bundle)) as Collection;
  return { collection, annotations: collection.first.items.map((item) => ({ '@context': collection['@context'], ...item })) };
}

const telegram = telegramBundle(readFileSync(TELEGRAM_SEED));
const [document] = telegram.documents;
if (!document) throw new Error('the fixture has a document');
/** The telegram with a source that is no web address (Carrel URNs stand in) and a Hypothesis user as creator. */
const elsewhere: ExportBundle = {
  ...telegram,
  documents: [
    {
      ...document,
      meta: { ...document.meta, sourceUrl: 'Archive of the President, fond 45, opis 1, delo 331' },
      annotations: document.annotations.map((annotation) => ({ ...annotation, creator: 'acct:kim@hypothes.is' })),
    },
  ],
};

describe('the W3C Web Annotation test suite on the JSON-LD export', () => {
  it('is found beside the project', () => {
    expect(COLLECTION_TESTS.flat().length + PAGE_TESTS.flat().length + ANNOTATION_TESTS.flat().length).toBeGreaterThan(200);
  });

  it('catches what it checks: a category body with both an id and a purpose fails a MUST', () => {
    const [annotation] = exported(telegram).annotations;
    const bodies = (annotation?.body ?? []) as Json[];
    const withId = { ...annotation, body: bodies.map((body) => (body.purpose === 'classifying' ? { ...body, id: 'urn:carrel:category:evidence' } : body)) };
    expect(failing(withId, 'must', ANNOTATION_TESTS).map((failure) => failure.split(':')[0])).toEqual(['annotations/bodiesTargets/3.3.5-bodyEWRNoPurpose.json']);
  });

  describe.each([
    ['the telegram', telegram],
    ['the telegram without a web address, annotated by a Hypothesis user', elsewhere],
  ] as const)('%s', (_, bundle) => {
    const { collection, annotations } = exported(bundle);

    it('the collection and its embedded page fail no MUST and miss no SHOULD', () => {
      expect(failing(collection, 'must', [...COLLECTION_TESTS, ...PAGE_TESTS])).toEqual([]);
      expect(failing(collection, 'should', [...COLLECTION_TESTS, ...PAGE_TESTS])).toEqual([]);
    });

    it.each(annotations.map((annotation) => [annotation.id, annotation] as const))('annotation %s, on its own, fails no MUST', (_id, annotation) => {
      expect(failing(annotation, 'must', ANNOTATION_TESTS)).toEqual([]);
    });

    it('every annotation meets the SHOULDs that apply to it', () => {
      expect(annotations.flatMap(unmetShoulds)).toEqual([]);
    });
  });
});
