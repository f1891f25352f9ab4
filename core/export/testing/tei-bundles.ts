/**
 * Bundles that put the TEI export's layout to the test, built from the telegram bundle: person tags
 * that cross, passages across paragraphs and between blocks, two documents; and the telegram's second
 * transcription, whose apparatus meets passages in the text.
 */
import type { AnchoredAnnotation } from '../../annotation/model.js';
import { describePassage } from '../../anchoring/describe.js';
import { parseWitnessBytes } from '../../witness/parse.js';
import type { ExportBundle, ExportDocument } from '../bundle.js';
import { MOLOTOV_ID, STALIN_ID, WITNESS_ID } from './telegram-bundle.js';

/** The saved web page's transcription of the telegram: its id as the store would give it, and its file (tests read its bytes). */
export const WEB_PAGE_ID = 'c5f3e4d6-7a8b-4c9d-8e0f-2b3c4d5e6f7a';
export const WEB_PAGE_SEED = new URL('../../../assets/telegram/001_8ff2a0690ef0c10c.txt', import.meta.url);

function onlyDocument(bundle: ExportBundle): ExportDocument {
  const [document] = bundle.documents;
  if (!document) throw new Error('the fixture has a document');
  return document;
}

/** A passage annotation `n` on [start, end) of the document's first transcription, tagged with `people`. */
function passage(document: ExportDocument, n: number, start: number, end: number, people: string[]): AnchoredAnnotation {
  const text = document.witnesses[0]?.text ?? '';
  return {
    ...(document.annotations[0] as AnchoredAnnotation),
    id: `00000000-0000-4000-8000-00000000000${n}`,
    target: { witnessId: WITNESS_ID, ...describePassage(text, start, end) },
    anchor: { status: 'anchored', start, end, method: 'position' },
    people,
  };
}

/**
 * The bundle with awkward passages added: person tags that cross each other, one across two paragraphs,
 * one wholly in the line breaks between blocks; and the document twice, to make a two-document file.
 */
export function awkwardBundle(bundle: ExportBundle): ExportBundle {
  const document = onlyDocument(bundle);
  const text = document.witnesses[0]?.text ?? '';
  const at = (words: string) => text.indexOf(words);
  const crossing = [
    passage(document, 1, at('Korean comrades Filippov'), at('Filippov [Stalin]') + 8, [MOLOTOV_ID]),
    passage(document, 2, at('Filippov.”') - 3, at('Telegraph') + 9, [STALIN_ID]),
    passage(document, 3, at('VYSHINSKY') + 9, at('5 copies'), [STALIN_ID]),
    passage(document, 4, at('Filippov [Stalin]'), at(' and his friends'), [STALIN_ID, MOLOTOV_ID]),
  ];
  const annotated = { ...document, annotations: [...document.annotations, ...crossing] };
  const witnesses = document.witnesses.map((witness) => ({ ...witness, id: `${witness.id}-copy` }));
  const second = { ...document, id: 'second-document', witnesses, annotations: [] };
  return { ...bundle, documents: [annotated, second] };
}

/**
 * The telegram with its second transcription, the saved web page (the bytes of WEB_PAGE_SEED), beside
 * the archive record, and two passages where the apparatus is: "Comr" of the greeting (a variant)
 * tagged with Stalin, and "“Co", which ends inside that variant.
 */
export function comparedBundle(bundle: ExportBundle, webPageBytes: Uint8Array): ExportBundle {
  const document = onlyDocument(bundle);
  const web = parseWitnessBytes(webPageBytes);
  const webPage = { id: WEB_PAGE_ID, label: 'Web page', fileName: '001_8ff2a0690ef0c10c.txt', ...web };
  const greeting = (document.witnesses[0]?.text ?? '').indexOf('“Comr. Mao Zedong!');
  const inVariants = [passage(document, 5, greeting + 1, greeting + 5, [STALIN_ID]), passage(document, 6, greeting, greeting + 3, [])];
  return { ...bundle, documents: [{ ...document, witnesses: [...document.witnesses, webPage], annotations: [...document.annotations, ...inVariants] }] };
}
