import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { toTei } from './tei.js';
import { awkwardBundle, comparedBundle, WEB_PAGE_ID, WEB_PAGE_SEED } from './testing/tei-bundles.js';
import { IDS, MOLOTOV_ID, ORPHAN_QUOTE, STALIN_ID, TELEGRAM_SEED, telegramBundle, WITNESS_ID } from './testing/telegram-bundle.js';

const bundle = telegramBundle(readFileSync(TELEGRAM_SEED));
const tei = toTei(bundle);

/** An element of fast-xml-parser's ordered output: its name maps to children, `:@` holds attributes. */
type Ordered = Record<string, unknown>;

const parsed = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false }).parse(tei) as Ordered[];

function nameOf(node: Ordered): string {
  return Object.keys(node).find((key) => key !== ':@') ?? '';
}

function childrenOf(node: Ordered): Ordered[] {
  const children = node[nameOf(node)];
  return Array.isArray(children) ? (children as Ordered[]) : [];
}

function attribute(node: Ordered, name: string): string | undefined {
  const attributes = node[':@'] as Record<string, string> | undefined;
  return attributes?.[name];
}

/** Every element with this name, depth first. */
function all(nodes: readonly Ordered[], name: string): Ordered[] {
  return nodes.flatMap((node) => [...(nameOf(node) === name ? [node] : []), ...all(childrenOf(node), name)]);
}

/** The text inside a node, as a reader of the XML gets it. */
function textOf(node: Ordered): string {
  if (nameOf(node) === '#text') return String(node['#text']);
  return childrenOf(node).map(textOf).join('');
}

/** The words of the text itself: the text inside a node but for notes and other transcriptions' readings. */
function wordsOf(node: Ordered): string {
  if (nameOf(node) === 'note' || nameOf(node) === 'rdg') return '';
  if (nameOf(node) === '#text') return String(node['#text']);
  return childrenOf(node).map(wordsOf).join('');
}

/** Every element with this name, depth first, leaving out what is inside notes. */
function outsideNotes(nodes: readonly Ordered[], name: string): Ordered[] {
  return nodes.flatMap((node) => (nameOf(node) === 'note' ? [] : [...(nameOf(node) === name ? [node] : []), ...outsideNotes(childrenOf(node), name)]));
}

describe('the TEI export', () => {
  it('is well-formed XML (fast-xml-parser’s validator)', () => {
    expect(XMLValidator.validate(tei)).toBe(true);
    expect(tei.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"')).toBe(true);
  });

  it('stays well-formed with crossing person tags, a passage across paragraphs and one between blocks', () => {
    const xml = toTei(awkwardBundle(bundle));
    expect(XMLValidator.validate(xml)).toBe(true);
    const root = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false }).parse(xml) as Ordered[];
    const wrapped = outsideNotes(all(root, 'body'), 'persName').map((name) => wordsOf(name));
    // Of two crossing person tags the shorter is wrapped (with the tag on the same words nested inside it)
    // and the other stays anchors only, as does the tag across two paragraphs.
    expect(wrapped).toEqual(['Filippov [Stalin]', 'Filippov [Stalin]', 'Comr. Molotov']);
    const anchors = all(all(root, 'body'), 'anchor').map((anchor) => attribute(anchor, 'xml:id'));
    for (const n of [1, 2, 3, 4]) expect(anchors).toEqual(expect.arrayContaining([`ann-00000000-0000-4000-8000-00000000000${n}-start`, `ann-00000000-0000-4000-8000-00000000000${n}-end`]));
    expect(all(root, 'bibl')).toHaveLength(2);
  });

  it('keeps the witness’s text: the paragraphs, notes left aside, read exactly as its blocks', () => {
    const witness = bundle.documents[0]?.witnesses[0];
    const div = all(parsed, 'div').find((node) => attribute(node, 'xml:id') === `wit-${WITNESS_ID}`);
    expect(div).toBeDefined();
    const paragraphs = outsideNotes(div ? [div] : [], 'p').map(wordsOf);
    expect(paragraphs).toEqual(witness?.blocks.map((block) => witness.text.slice(block.start, block.end)));
  });

  it('lists the people with preferred names, the code-name as a pseudonym and authority URIs as idno', () => {
    const people = all(parsed, 'person');
    expect(people.map((person) => attribute(person, 'xml:id'))).toEqual([`person-${STALIN_ID}`, `person-${MOLOTOV_ID}`]);
    const [stalin] = people;
    const names = stalin ? all([stalin], 'persName').map((name) => [attribute(name, 'type'), textOf(name)]) : [];
    expect(names).toContainEqual(['preferred', 'Joseph Stalin']);
    expect(names).toContainEqual(['pseudonym', 'Filippov']);
    expect(all(stalin ? [stalin] : [], 'idno').map((idno) => [attribute(idno, 'type'), textOf(idno)])).toEqual([['URI', 'https://www.wikidata.org/wiki/Q855']]);
  });

  it('wraps person-tagged passages in persName ref pointing at the person', () => {
    const tagged = outsideNotes(all(parsed, 'body'), 'persName').map((name) => [attribute(name, 'ref'), textOf(name)]);
    expect(tagged).toEqual([
      [`#person-${STALIN_ID}`, 'Filippov [Stalin]'],
      [`#person-${MOLOTOV_ID}`, 'Comr. Molotov'],
    ]);
  });

  it('keeps every annotation in standOff with its motivation, annotator and times, its body pointing at its note in the text', () => {
    const annotations = all(parsed, 'annotation');
    expect(annotations).toHaveLength(7);
    const anchors = new Set(all(all(parsed, 'body'), 'anchor').map((anchor) => attribute(anchor, 'xml:id')));
    const notes = new Set(all(all(parsed, 'body'), 'note').map((note) => attribute(note, 'xml:id')));
    for (const id of [IDS.stalin, IDS.agreement, IDS.transliteration, IDS.condition, IDS.molotov]) {
      const annotation = annotations.find((node) => attribute(node, 'xml:id') === `ann-${id}`);
      const ends = [...(attribute(annotation ?? {}, 'target') ?? '').matchAll(/@xml:id='([^']+)'/gu)].map((match) => match[1]);
      expect(ends).toEqual([`ann-${id}-start`, `ann-${id}-end`]);
      expect(ends.every((end) => anchors.has(end))).toBe(true);
    }
    for (const annotation of annotations) expect(notes.has(attribute(all([annotation], 'ptr')[0] ?? {}, 'target')?.slice(1))).toBe(true);
    const agreement = annotations.find((node) => attribute(node, 'xml:id') === `ann-${IDS.agreement}`) ?? {};
    expect([attribute(agreement, 'motivation'), attribute(agreement, 'resp')]).toEqual(['commenting', '#creator-1']);
    expect(all([agreement], 'change').map((change) => attribute(change, 'when'))).toEqual(['2026-11-21T14:30:00.000Z', '2026-11-21T16:45:10.000Z']);
    expect(attribute(annotations.find((node) => attribute(node, 'xml:id') === `ann-${IDS.orphan}`) ?? {}, 'target')).toBe(`#wit-${WITNESS_ID}`);
    const creator = all(parsed, 'respStmt').find((node) => attribute(node, 'xml:id') === 'creator-1');
    expect(creator ? all([creator], 'name').map(textOf) : []).toEqual(['Mira Kovalenko']);
  });

  it('encodes the overlapping passages as interleaved anchors, which need no nesting', () => {
    const paragraph = all(all(parsed, 'body'), 'p').find((node) => textOf(node).startsWith('In a conversation'));
    const order = all(paragraph ? [paragraph] : [], 'anchor').map((anchor) => attribute(anchor, 'xml:id'));
    const at = (id: string | undefined) => order.indexOf(id);
    expect(at(`ann-${IDS.agreement}-start`)).toBeLessThan(at(`ann-${IDS.transliteration}-start`));
    expect(at(`ann-${IDS.transliteration}-start`)).toBeLessThan(at(`ann-${IDS.agreement}-end`));
    expect(at(`ann-${IDS.agreement}-end`)).toBeLessThan(at(`ann-${IDS.transliteration}-end`));
  });

  it('heads each transcription’s section with its label, and puts an orphan’s note with its stored quote there', () => {
    const div = all(parsed, 'div').find((node) => attribute(node, 'type') === 'witness') ?? {};
    const [head, note] = childrenOf(div).filter((node) => nameOf(node) !== '#text');
    expect(nameOf(head ?? {}) === 'head' && textOf(head ?? {})).toBe('Archive record');
    expect(attribute(note ?? {}, 'xml:id')).toBe(`note-${IDS.orphan}`);
    expect(all(note ? [note] : [], 'quote').map(textOf)).toEqual([ORPHAN_QUOTE]);
  });

  it('replaces characters XML cannot hold rather than writing an invalid file', () => {
    const [document] = bundle.documents;
    if (!document) throw new Error('the fixture has a document');
    const annotations = document.annotations.map((annotation) => (annotation.id === IDS.stalin ? { ...annotation, note: 'bell\u0007 and a lone \uD800 surrogate' } : annotation));
    const xml = toTei({ ...bundle, documents: [{ ...document, annotations }] });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('bell\uFFFD and a lone \uFFFD surrogate');
  });

  it('has no apparatus for a document with one transcription', () => {
    expect(all(parsed, 'app')).toEqual([]);
    expect(all(parsed, 'listWit')).toEqual([]);
  });

  it('writes the apparatus inline in the first transcription, its witnesses labelled in listWit', () => {
    const root = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false }).parse(toTei(comparedBundle(bundle, readFileSync(WEB_PAGE_SEED)))) as Ordered[];
    const witnesses = all(all(root, 'sourceDesc'), 'witness').map((witness) => [attribute(witness, 'xml:id'), attribute(witness, 'n'), textOf(witness)]);
    expect(witnesses).toEqual([
      [`witness-${WITNESS_ID}`, 'Archive record', 'Archive record'],
      [`witness-${WEB_PAGE_ID}`, 'Web page', 'Web page'],
    ]);
    const base = `#witness-${WITNESS_ID}`;
    const web = `#witness-${WEB_PAGE_ID}`;
    const apps = all(all(root, 'body'), 'app').map((app) => childrenOf(app).map((reading) => `${nameOf(reading)} ${attribute(reading, 'wit') ?? ''}=${wordsOf({ p: childrenOf(reading) })}`));
    expect(apps).toContainEqual([`lem ${base}=Comr`, `rdg ${web}=Cde`]);
    expect(apps).toContainEqual([`lem ${base}=assent`, `rdg ${web}=agreement`]);
    expect(apps).toContainEqual([`lem ${base}=`, `rdg ${web}=A copy was subsequently found in RGASPI, f. 558, op. 11, d. 334, ll.0055.`]);
    expect(all(all(root, 'standOff'), 'app')).toEqual([]);
    // The web page has no div of its own: nothing is annotated on it.
    expect(all(root, 'div').filter((div) => attribute(div, 'type') === 'witness').map((div) => attribute(div, 'n'))).toEqual(['Archive record']);
  });

  it('nests passages with the apparatus: a person tag on a variant goes outside its app, a note never inside one', () => {
    const root = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false }).parse(toTei(comparedBundle(bundle, readFileSync(WEB_PAGE_SEED)))) as Ordered[];
    const greeting = all(all(root, 'body'), 'p').find((node) => wordsOf(node) === '“Comr. Mao Zedong!') ?? {};
    const shape = (node: Ordered): string =>
      nameOf(node) === '#text' ? String(node['#text']) : nameOf(node) === 'note' ? `<note ${attribute(node, 'xml:id') ?? ''}>` : `<${nameOf(node)}>${childrenOf(node).map(shape).join('')}</${nameOf(node)}>`;
    const five = '00000000-0000-4000-8000-000000000005';
    const six = '00000000-0000-4000-8000-000000000006';
    expect(childrenOf(greeting).map(shape).join('')).toBe(
      `<anchor></anchor>“<anchor></anchor><persName><app><lem>Co<anchor></anchor>mr</lem><rdg>Cde</rdg></app></persName><anchor></anchor><note note-${six}><note note-${five}>. Mao Zedong!`,
    );
    expect(all(all(root, 'app'), 'note')).toEqual([]);
  });
});
