import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { ParsedWitness } from '../document/model.js';
import { isCarrelError } from '../errors.js';
import type { ImportFile, ReadDocument } from './model.js';
import { chooseImporter } from './registry.js';
import { teiImporter } from './tei.js';

const TEI_NS = 'http://www.tei-c.org/ns/1.0';

function fixture(name: string): ImportFile {
  return { fileName: name, bytes: readFileSync(new URL(`./testing/tei/${name}`, import.meta.url)) };
}

function file(fileName: string, xml: string): ImportFile {
  return { fileName, bytes: new TextEncoder().encode(xml) };
}

/** A TEI document whose body is `body`. */
function tei(body: string): string {
  return `<TEI xmlns="${TEI_NS}"><text><body>${body}</body></text></TEI>`;
}

async function read(source: ImportFile): Promise<ReadDocument> {
  return teiImporter.read(source);
}

async function only(source: ImportFile): Promise<ParsedWitness> {
  const { witnesses } = await read(source);
  expect(witnesses).toHaveLength(1);
  return witnesses[0] as ParsedWitness;
}

/** The blocks as a reader sees them: kind (with level, order or label), then their words. */
function blocksOf(witness: ParsedWitness): string[] {
  return witness.blocks.map((block) => {
    const detail = [block.level === undefined ? '' : `${block.level}`, block.ordered ? ' numbered' : '', block.label === undefined ? '' : ` ${block.label}`].join('');
    return `${block.kind}${detail}: ${witness.text.slice(block.start, block.end)}`;
  });
}

function marksOf(witness: ParsedWitness): string[] {
  return witness.marks.map((mark) => `${mark.kind}: ${witness.text.slice(mark.start, mark.end)}`);
}

/** The sentence a refused file is answered with (and that it is a user's error, not a fault). */
async function refusal(source: ImportFile): Promise<string> {
  const error: unknown = await read(source).then(
    () => undefined,
    (failure: unknown) => failure,
  );
  if (!isCarrelError(error)) throw new Error(`expected a CarrelError, got ${String(error)}`);
  expect(error.code).toBe('bad-request');
  return error.message;
}

describe('recognising a TEI file', () => {
  it('recognises TEI by its root element after a BOM, the XML declaration, comments, processing instructions and a DOCTYPE', () => {
    const prolog = '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<?xml-model href="tei_all.rng"?>\n<!-- not <catalogue> -->\n';
    expect(teiImporter.recognises(file('edition.txt', `${prolog}<TEI xmlns="${TEI_NS}"/>`))).toBe(true);
    expect(teiImporter.recognises(file('corpus', `${prolog}<tei:teiCorpus xmlns:tei="${TEI_NS}"/>`))).toBe(true);
    expect(teiImporter.recognises(file('dtd.xml', `<!DOCTYPE TEI [ <!ENTITY a "]>"> ]>\n<TEI/>`))).toBe(true);
    expect(teiImporter.recognises(file('catalogue.xml', `${prolog}<catalogue><TEI/></catalogue>`))).toBe(false);
    expect(teiImporter.recognises(file('notes.txt', 'TEI is a format for editions.'))).toBe(false);
  });

  it('leaves XML with another root unrecognised, yet is chosen for it by the .xml name and refuses it in a sentence', async () => {
    const catalogue = fixture('catalogue.xml');
    expect(teiImporter.recognises(catalogue)).toBe(false);
    expect(chooseImporter(catalogue)).toBe(teiImporter);
    expect(await refusal(catalogue)).toBe('catalogue.xml is XML but not a TEI document: its root element is <catalogue>, not <TEI>.');
  });
});

describe('a TEI letter', () => {
  it('reads its header as metadata: title, author, sender and recipient, date, language, rights and where the original is held', async () => {
    const letter = await only(fixture('letter.xml'));
    expect(letter.source).toBe('tei');
    expect(letter.label).toBeUndefined();
    expect(letter.meta).toEqual({
      title: 'Letter from Anna Keller to Pavel Orlov, 3 March 1921',
      author: 'Anna Keller',
      sender: 'Anna Keller',
      recipient: 'Pavel Orlov',
      date: '1921-03-03',
      dateText: '3 March 1921',
      language: 'en',
      rights: 'Licensed under CC BY 4.0.',
      archive: 'Example City Archives',
      repository: 'Manuscripts Reading Room',
      archivalCollection: 'Keller Family Papers',
      idno: 'KFP 12/3',
      sourceUrl: 'https://example.org/editions/keller-orlov-1921',
      summary: 'Anna Keller sends the ledgers on and asks for the letters from Doctor Lenz.',
    });
  });

  it('reads titles and names made of parts with the spaces a reader expects, and dates only a full day in ISO', async () => {
    const header = `<teiHeader><fileDesc><titleStmt><title>Letter from <persName>Anna</persName>, 1921</title><author><persName><surname>Keller</surname>, <forename>Anna</forename></persName></author><author><persName><forename>Ida</forename><surname>Brandt</surname></persName></author></titleStmt><sourceDesc><bibl><date when="1921-03">March 1921</date></bibl></sourceDesc></fileDesc></teiHeader>`;
    const witness = await only(file('parts.xml', `<TEI xmlns="${TEI_NS}">${header}<text><body><p>x</p></body></text></TEI>`));
    expect(witness.meta).toEqual({ title: 'Letter from Anna, 1921', author: 'Keller, Anna; Ida Brandt', dateText: 'March 1921' });
  });

  it('lays out headings by the depth of their division, the opener and closer, paragraphs, a numbered list, verse lines, a line break and a page break with its number', async () => {
    const letter = await only(fixture('letter.xml'));
    expect(blocksOf(letter)).toEqual([
      'heading1: To Pavel Orlov',
      'paragraph: Graz, 3 March 1921',
      'salutation: Dear Pavel,',
      'paragraph: The ledgers arrived on Tuesday, all but one1. I send am sending them on to Ida Brandt, as I promised.',
      'heading2: What remains',
      'paragraph: Please do not forget the received letters from Doctor Lenz, dated February; the rest […] of them:',
      'list-item1 numbered: the ledgers,',
      'list-item1 numbered: the receipts,',
      'page 2: ',
      "paragraph: and my mother's verse, which you asked for:",
      'paragraph: The river keeps its counsel,\nthe mill its turning wheel.',
      'paragraph: I wrote this\nin haste.',
      'salutation: Yours ever,',
      'signature: Anna',
      'note 1: The missing ledger is for 1919.',
    ]);
    const page = letter.blocks.find((block) => block.kind === 'page');
    // Between the blocks of its two sides, as reading-text.ts places every page's start.
    expect(letter.text.slice((page?.start ?? 0) - 'receipts,'.length).startsWith("receipts,\n\nand my mother's verse")).toBe(true);
  });

  it('marks supplied, unclear, deleted and added words and emphasis, and writes a gap as the editor’s […], supplied', async () => {
    const letter = await only(fixture('letter.xml'));
    expect(marksOf(letter)).toEqual([
      'supplied: on',
      'unclear: all',
      'note-ref: 1',
      'deleted: send',
      'added: am sending',
      'emphasis: do not',
      'supplied: […]',
    ]);
  });

  it('reads the corrected, expanded and regularised form of each choice, never the source’s', async () => {
    const letter = await only(fixture('letter.xml'));
    expect(letter.text).toContain('forget the received letters from Doctor Lenz, dated February;');
    expect(letter.text).not.toMatch(/recieved|Dr\.|Febr\./u);
  });

  it('sets a note’s number in the text as a note reference and its words in a note block after the text', async () => {
    const letter = await only(fixture('letter.xml'));
    const reference = letter.marks.find((mark) => mark.kind === 'note-ref');
    expect(letter.text.slice((reference?.start ?? 0) - 3, reference?.end)).toBe('one1');
    expect(letter.blocks.at(-1)).toMatchObject({ kind: 'note', label: '1' });
    expect(letter.text.endsWith('Anna\n\nThe missing ledger is for 1919.')).toBe(true);
  });

  it('numbers notes without @n in order, and lays a note’s paragraphs out as lines of its one block', async () => {
    const witness = await only(file('notes.xml', tei('<p>One<note>First.</note> two<note><p>Second,</p><p>in two parts.</p></note>.</p>')));
    expect(witness.text).toBe('One1 two2.\n\nFirst.\n\nSecond,\nin two parts.');
    expect(blocksOf(witness)).toEqual(['paragraph: One1 two2.', 'note 1: First.', 'note 2: Second,\nin two parts.']);
  });

  it('returns the people named with @ref: a #id resolved to its listPerson entry and authority URI, a URI as given, each with its mentions', async () => {
    const letter = await only(fixture('letter.xml'));
    const { people } = await read(fixture('letter.xml'));
    const mentioned = people.map((person) => ({
      name: person.name,
      ref: person.ref,
      words: person.mentions.map((place) => `${place.witness}:${letter.text.slice(place.start, place.end)}`),
    }));
    expect(mentioned).toEqual([
      { name: 'Anna Keller', ref: 'https://example.org/people/anna-keller', words: ['0:I', '0:Anna'] },
      { name: 'Pavel Orlov', ref: '#orlov', words: ['0:Pavel'] },
      { name: 'Ida Brandt', ref: 'https://example.org/people/ida-brandt', words: ['0:Ida Brandt'] },
    ]);
  });

  it('takes a name typed person with @key as a person, and a persName without a pointer as words only', async () => {
    const source = file('keys.xml', tei('<p><name type="person" key="lenz-1870">Doctor Lenz</name> met <persName>a clerk</persName> and <name type="place" key="graz">Graz</name>.</p>'));
    const { witnesses, people } = await read(source);
    expect(witnesses[0]?.text).toBe('Doctor Lenz met a clerk and Graz.');
    expect(people).toEqual([{ name: 'Doctor Lenz', ref: 'lenz-1870', mentions: [{ witness: 0, start: 0, end: 11 }] }]);
  });

  it('nests list items by depth and begins a gloss item with its label', async () => {
    const body = '<list type="gloss"><label>KFP</label><item>Keller Family Papers, with <list><item>ledgers</item></list></item></list>';
    const witness = await only(file('lists.xml', tei(body)));
    expect(blocksOf(witness)).toEqual(['list-item1: KFP Keller Family Papers, with', 'list-item2: ledgers']);
  });

  it('keeps a paragraph going after a list or a page break inside it, as a block of its own', async () => {
    const witness = await only(file('nested.xml', tei('<p>Send <list><item>ledgers</item></list> and <pb n="7"/>receipts.</p>')));
    expect(blocksOf(witness)).toEqual(['paragraph: Send', 'list-item1: ledgers', 'paragraph: and', 'page 7: ', 'paragraph: receipts.']);
  });

  it('sets a quotation with its source apart as a quote block, and leaves one inside a sentence in it', async () => {
    const body = '<cit><quote><l>The river keeps its counsel,</l><l>the mill its wheel.</l></quote><bibl>Old song</bibl></cit><p>She said <quote>no</quote> twice.</p>';
    const witness = await only(file('quotes.xml', tei(body)));
    expect(blocksOf(witness)).toEqual(['quote1: The river keeps its counsel,\nthe mill its wheel.\nOld song', 'paragraph: She said no twice.']);
  });

  it('lays a table out cell by cell with rows and columns from 0', async () => {
    const witness = await only(file('table.xml', tei('<table><row><cell>Ledger</cell><cell>Year</cell></row><row><cell>Grain</cell><cell>1919</cell></row></table>')));
    expect(witness.blocks.map(({ kind, row, column }) => [kind, row, column])).toEqual([
      ['table-cell', 0, 0],
      ['table-cell', 0, 1],
      ['table-cell', 1, 0],
      ['table-cell', 1, 1],
    ]);
    expect(witness.text).toBe('Ledger\n\nYear\n\nGrain\n\n1919');
  });

  it('joins a word across a line break marked break="no"', async () => {
    const witness = await only(file('hyphen.xml', tei('<p>the led\n  <lb break="no"/>gers arrived</p>')));
    expect(witness.text).toBe('the ledgers arrived');
  });
  it('gives transcriptions the document model accepts, their blocks in order and never overlapping', async () => {
    for (const name of ['letter.xml', 'apparatus.xml']) {
      for (const witness of (await read(fixture(name))).witnesses) {
        expect(ParsedWitness.parse(witness)).toEqual(witness);
        witness.blocks.slice(1).forEach((block, index) => expect(block.start).toBeGreaterThanOrEqual(witness.blocks[index]?.end ?? 0));
      }
    }
  });

  it('reads a teiCorpus as one document, each member’s text under its own title', async () => {
    const member = (title: string, words: string) => `<TEI><teiHeader><fileDesc><titleStmt><title>${title}</title></titleStmt></fileDesc></teiHeader><text><body><div><head>Text</head><p>${words}</p></div></body></text></TEI>`;
    const corpus = `<teiCorpus xmlns="${TEI_NS}"><teiHeader><fileDesc><titleStmt><title>The Keller letters</title></titleStmt></fileDesc></teiHeader>${member('First letter', 'One.')}${member('Second letter', 'Two.')}</teiCorpus>`;
    const witness = await only(file('corpus.xml', corpus));
    expect(witness.meta.title).toBe('The Keller letters');
    expect(blocksOf(witness)).toEqual(['heading1: First letter', 'heading2: Text', 'paragraph: One.', 'heading1: Second letter', 'heading2: Text', 'paragraph: Two.']);
  });
});

describe('a TEI apparatus', () => {
  it('opens each witness as a transcription of its own, named for it, reading its readings where they differ', async () => {
    const { witnesses } = await read(fixture('apparatus.xml'));
    expect(witnesses.map((witness) => [witness.label, witness.text])).toEqual([
      ['Graz copy', 'The river keeps its counsel, the mill its turning wheel.\n\nSo sang the miller.'],
      ['Vienna copy', 'The river keeps her counsel, the mill the turning wheel, and sings.\n\nSo sang the miller.'],
    ]);
    expect(witnesses.map((witness) => witness.meta)).toEqual([{ title: 'The mill song, in two copies' }, { title: 'The mill song, in two copies' }]);
  });

  it('finds a person’s mention in each transcription at its own place', async () => {
    const { witnesses, people } = await read(fixture('apparatus.xml'));
    const [miller] = people;
    expect(miller?.ref).toBe('https://example.org/people/the-miller');
    expect(miller?.mentions.map((place) => [place.witness, witnesses[place.witness]?.text.slice(place.start, place.end)])).toEqual([
      [0, 'the miller'],
      [1, 'the miller'],
    ]);
    expect(miller?.mentions[0]?.start).not.toBe(miller?.mentions[1]?.start);
  });

  it('reads one transcription, the lemma, when no reading names a witness', async () => {
    const witness = await only(file('lemma.xml', tei('<p>keeps <app><lem>its</lem><rdg>her</rdg></app> counsel</p>')));
    expect(witness.text).toBe('keeps its counsel');
    expect(witness.label).toBeUndefined();
  });
});

describe('TEI files Carrel refuses', () => {
  it('refuses a DTD with nested internal entities (billion laughs) without expanding them', async () => {
    const laughs = fixture('billion-laughs.xml');
    expect(teiImporter.recognises(laughs)).toBe(true);
    expect(await refusal(laughs)).toBe(
      'billion-laughs.xml declares a DTD (<!DOCTYPE> or <!ENTITY>), which Carrel does not read so that no entity is expanded and nothing outside the file is fetched; remove the declaration and import it again.',
    );
  });

  it('refuses an external entity (SYSTEM "file:///etc/passwd") before anything is read', async () => {
    expect(await refusal(fixture('external-entity.xml'))).toMatch(/^external-entity\.xml declares a DTD/u);
  });

  it('finds a DTD however it is spelt, but not in a comment', async () => {
    expect(await refusal(file('lower.xml', `<!doctype TEI>${tei('<p>x</p>')}`))).toMatch(/declares a DTD/u);
    expect((await only(file('commented.xml', `<!-- no <!DOCTYPE here -->${tei('<p>x</p>')}`))).text).toBe('x');
  });

  it('relies on an xmldom that expands no entity a DTD declares, should one ever get past the refusal', () => {
    const errors: string[] = [];
    const parser = new DOMParser({ onError: (_level, message) => void errors.push(message) });
    const document = parser.parseFromString('<!DOCTYPE TEI [<!ENTITY secret SYSTEM "file:///etc/passwd"><!ENTITY lol "lol">]><TEI>&secret;&lol;</TEI>', 'text/xml');
    expect(document.documentElement?.textContent).toBe('&secret;&lol;');
    expect(errors).toEqual(['entity not found:&secret;', 'entity not found:&lol;']);
  });

  it('refuses an entity XML does not define, such as &nbsp;, saying what to write instead', async () => {
    expect(await refusal(file('nbsp.xml', `<TEI xmlns="${TEI_NS}">\n<text><body>\n<p>a&nbsp;b</p></body></text></TEI>`))).toBe(
      'nbsp.xml uses the entity &nbsp; near line 3, which only a DTD could define and Carrel reads none; write the character itself or a numeric reference such as &#160; instead and import it again.',
    );
  });

  it('refuses malformed XML in one sentence with the line of the error', async () => {
    expect(await refusal(fixture('malformed.xml'))).toBe(
      'malformed.xml is not well-formed XML at line 5 (Opening and ending tag mismatch: "hi" != "p"); correct it in an XML editor and import it again.',
    );
  });

  it('refuses 10,000 elements nested in each other without overflowing the stack', async () => {
    const deep = file('deep.xml', tei(`<p>${'<hi>'.repeat(10_000)}x${'</hi>'.repeat(10_000)}</p>`));
    expect(await refusal(deep)).toBe('deep.xml nests its elements more than 500 deep, more than Carrel reads; check that it was not generated by mistake.');
  });

  it('reads elements nested up to the bound', async () => {
    // TEI, text, body and p are four levels; the rest are nested quotations, the walk's deepest kind.
    const depth = 496 / 2;
    const witness = await only(file('nested.xml', tei(`<p>${'<quote><p>q</p>'.repeat(depth)}${'</quote>'.repeat(depth)}</p>`)));
    expect(witness.blocks.at(-1)).toMatchObject({ kind: 'quote', level: 6 });
  });

  it('refuses bytes that are not in the encoding the file is read in, and reads the encoding its declaration names', async () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode(`<?xml version="1.0" encoding="ISO-8859-1"?><TEI xmlns="${TEI_NS}"><text><body><p>caf`), 0xe9, ...new TextEncoder().encode('</p></body></text></TEI>')]);
    expect((await only({ fileName: 'latin1.xml', bytes: latin1 })).text).toBe('café');
    expect(await refusal({ fileName: 'latin1.xml', bytes: latin1.slice(latin1.indexOf(0x3e) + 1) })).toBe(
      'latin1.xml is not valid UTF-8, the encoding it is read in; save it as UTF-8 (or choose its encoding) and import it again.',
    );
  });

  it('refuses a TEI file with no text', async () => {
    expect(await refusal(file('header.xml', `<TEI xmlns="${TEI_NS}"><teiHeader/></TEI>`))).toBe('header.xml has no text to read: its TEI <text> is missing or empty.');
  });
});

/** The TEI P5 tei_all schema the exporter is checked against, kept in the repository. */
const SCHEMA = fileURLToPath(new URL('../export/testing/tei_all.rng', import.meta.url));
const JING = spawnSync('jing', [], { encoding: 'utf8' }).error === undefined;

describe('the TEI fixtures', () => {
  // One jing run (loading tei_all takes seconds): the fixtures must pass, and a copy of the letter with a
  // paragraph straight in <text> must fail, which shows jing really checked them against tei_all.
  it('are valid against tei_all (jing), which does refuse a paragraph outside a body', { timeout: 60_000 }, (context) => {
    if (!JING) context.skip('jing is not installed (apt-get install -y jing): the TEI fixtures were not validated against tei_all');
    const folder = mkdtempSync(join(tmpdir(), 'carrel-tei-import-'));
    try {
      const broken = join(folder, 'broken.xml');
      writeFileSync(broken, readFileSync(new URL('./testing/tei/letter.xml', import.meta.url), 'utf8').replace('<text>', '<text><p>Stray.</p>'));
      const files = ['letter.xml', 'apparatus.xml'].map((name) => fileURLToPath(new URL(`./testing/tei/${name}`, import.meta.url)));
      const run = spawnSync('jing', [SCHEMA, ...files, broken], { encoding: 'utf8' });
      const errors = run.stdout.split('\n').filter((line) => line.trim() !== '');
      expect(errors.filter((line) => !line.startsWith(broken))).toEqual([]);
      expect(errors.some((line) => line.startsWith(broken))).toBe(true);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
