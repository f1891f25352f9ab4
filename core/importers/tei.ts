/**
 * TEI P5 XML: an edition's text with its divisions, notes and editorial marks, its header as metadata,
 * the people it identifies, and, when it has a critical apparatus, one transcription per witness.
 * Recognised by its root element (`TEI` or `teiCorpus`); a DTD is refused, never read.
 */
import type { Element } from '@xmldom/xmldom';
import { mergeMeta } from '../document/identity.js';
import type { DocumentMeta, ParsedWitness } from '../document/model.js';
import { CarrelError } from '../errors.js';
import type { ImportFile, Importer, ReadDocument } from './model.js';
import { apparatusWitnesses } from './tei-apparatus.js';
import { childElements, descendants, teiName } from './tei-dom.js';
import { readTeiHeader } from './tei-header.js';
import { TeiPeople } from './tei-people.js';
import { readTeiText, type TeiTextPart } from './tei-text.js';
import { hasTeiRoot, parseTei } from './tei-xml.js';

/** TEI P5 XML (`.xml`, `.tei`), recognised by a `TEI` or `teiCorpus` root whatever the file's name. */
export const teiImporter: Importer = {
  source: 'tei',
  name: 'TEI XML',
  extensions: ['xml', 'tei'],
  recognises: ({ bytes }) => hasTeiRoot(bytes),
  read: async (file) => readTei(file),
};

/**
 * The document a TEI file holds: one transcription, or one per witness of its apparatus (each labelled
 * with the witness's name and reading its own readings), all sharing the header's metadata.
 */
function readTei(file: ImportFile): ReadDocument {
  const root = parseTei(file);
  const members = teiName(root) === 'teiCorpus' ? descendants(root, 'TEI') : [root];
  const parts = textParts(members);
  const meta = metadataOf(root, members);
  const people = new TeiPeople(root);
  const apparatus = apparatusWitnesses(root, parts.map((part) => part.text));
  const transcriptions = apparatus.length === 0 ? [{ siglum: undefined, label: undefined }] : apparatus;
  const witnesses = transcriptions.map(({ siglum, label }, witness): ParsedWitness => ({
    ...readTeiText(parts, { ...(siglum !== undefined && { siglum }), witness, people }),
    meta: { ...meta },
    source: 'tei',
    ...(label !== undefined && { label }),
  }));
  if (witnesses.every((witness) => witness.text === '')) {
    throw new CarrelError('bad-request', `${file.fileName} has no text to read: its TEI <text> is missing or empty.`);
  }
  return { witnesses, people: people.list(), comments: [] };
}

/** The `<text>` of each member; in a corpus of several, each opens under its own title. */
function textParts(members: readonly Element[]): TeiTextPart[] {
  return members.flatMap((member) => {
    const heading = members.length > 1 ? readTeiHeader(childElements(member, 'teiHeader')[0], member).title : undefined;
    return childElements(member, 'text').map((text) => ({ text, ...(heading !== undefined && { heading }) }));
  });
}

/** The header's metadata; a corpus's own header first, its first member's filling what it leaves out. */
function metadataOf(root: Element, members: readonly Element[]): DocumentMeta {
  const own = readTeiHeader(childElements(root, 'teiHeader')[0], root);
  const [first] = members;
  if (first === undefined || first === root) return own;
  return mergeMeta([own, readTeiHeader(childElements(first, 'teiHeader')[0], first)]);
}
