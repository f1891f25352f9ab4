/**
 * A realistic export bundle for tests: the seed telegram's archive record, parsed as the store parses
 * it, with the annotations a reader makes on it: two overlapping passages, a Markdown note, tags, a
 * person tag on Stalin (who has an authority) and one on Molotov (who has none), a plain highlight, an
 * orphan whose stored quote is hostile Markdown, and a note on the whole document.
 */
import type { AnchoredAnnotation, Category } from '../../annotation/model.js';
import { describePassage } from '../../anchoring/describe.js';
import { chicagoNote } from '../../citation/chicago.js';
import type { Person } from '../../people/model.js';
import { SEED_PEOPLE } from '../../people/seed-people.js';
import { parseWitnessBytes } from '../../witness/parse.js';
import type { ExportBundle } from '../bundle.js';

/** The seed file the bundle is built from; tests read its bytes (core code reads no files). */
export const TELEGRAM_SEED = new URL('../../../assets/telegram/000_f2d2cbb9f3cdde5d.txt', import.meta.url);

/** Ids as the store gives them (UUIDs), fixed so that golden files do not change from run to run. */
export const DOCUMENT_ID = '5b0f1d8e-2c4a-4f3e-9a51-7d3e2b6c8f10';
export const WITNESS_ID = '9e4c7a12-6b3d-4c58-8f2e-1a0b9c8d7e6f';
export const STALIN_ID = 'a3f1c2d4-5e6b-4a7c-8d9e-0f1a2b3c4d5e';
export const MOLOTOV_ID = 'b4e2d3c5-6f7a-4b8d-9e0f-1a2b3c4d5e6f';

/** Annotation ids by what they are, so tests can name the one they look at. */
export const IDS = {
  stalin: '0b7c6d5e-4f3a-4b2c-9d1e-0f9a8b7c6d5e',
  agreement: '1c8d7e6f-5a4b-4c3d-8e2f-1a0b9c8d7e6f',
  transliteration: '2d9e8f7a-6b5c-4d4e-9f3a-2b1c0d9e8f7a',
  molotov: '3e0f9a8b-7c6d-4e5f-8a4b-3c2d1e0f9a8b',
  condition: '4f1a0b9c-8d7e-4f6a-9b5c-4d3e2f1a0b9c',
  orphan: '5a2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d',
  documentNote: '6b3c2d1e-0f9a-4b8c-9d7e-6f5a4b3c2d1e',
} as const;

/** The hostile stored quote of the orphan: Markdown, HTML, a comma, a double quote and a line break. */
export const ORPHAN_QUOTE = '# not a heading [x](javascript:y), the "so-called" <b>agreement</b>\nand a second line';

/** The colours every new store starts with (db/migrations/003_annotations.sql). */
export const CATEGORIES: readonly Category[] = [
  { id: 'key-claim', name: 'Key claim', colour: '#e9a91c73' },
  { id: 'question', name: 'Question', colour: '#4f8fe866' },
  { id: 'evidence', name: 'Evidence', colour: '#3fae5c66' },
  { id: 'follow-up', name: 'Follow up', colour: '#e8638f66' },
];

function seedPerson(id: string, preferredName: string): Person {
  const seed = SEED_PEOPLE.find((person) => person.preferredName === preferredName);
  if (!seed) throw new Error(`no seed person ${preferredName}`);
  return { ...seed, id };
}

/** The bundle for the archive record whose bytes are given (read them from TELEGRAM_SEED). */
export function telegramBundle(bytes: Uint8Array): ExportBundle {
  const parsed = parseWitnessBytes(bytes);
  const text = parsed.text;

  /** A passage annotation on the first occurrence of `exact` (after `after`, when given). */
  function passage(id: string, exact: string, fields: Partial<AnchoredAnnotation>, after = ''): AnchoredAnnotation {
    const start = text.indexOf(exact, after ? text.indexOf(after) : 0);
    if (start < 0) throw new Error(`the telegram does not say ${JSON.stringify(exact)}`);
    const { quote, position } = describePassage(text, start, start + exact.length);
    return {
      ...base(id),
      target: { witnessId: WITNESS_ID, quote, position },
      anchor: { status: 'anchored', start, end: start + exact.length, method: 'position' },
      ...fields,
    };
  }

  const annotations: AnchoredAnnotation[] = [
    passage(IDS.stalin, 'Filippov [Stalin]', {
      motivation: 'identifying',
      category: 'evidence',
      people: [STALIN_ID],
      tags: ['code-names'],
      note: 'Stalin signs as **Filippov**, his code-name in the 1950 cables.',
    }),
    passage(IDS.agreement, 'they agree with the proposal of the Koreans to move toward reunification', {
      motivation: 'commenting',
      category: 'key-claim',
      tags: ['reunification', 'Korean War'],
      note:
        'The consent is *conditional*:\n\n- Beijing must agree;\n- otherwise the question is "postponed".\n\n' +
        'See [the Wilson Center record](https://digitalarchive.wilsoncenter.org/document/115976).',
      modified: '2026-11-21T16:45:10.000Z',
    }),
    passage(IDS.transliteration, 'move toward reunification [*pristupit k obiednineniiu*]', {
      motivation: 'commenting',
      category: 'question',
      tags: ['translation'],
      note: 'Why does the translator keep the Russian here? Compare the web page.',
      created: '2026-11-21T15:02:00.000Z',
      modified: '2026-11-21T15:02:00.000Z',
    }),
    passage(IDS.condition, 'the question should be decided finally by the Chinese and Korean comrades together', {
      motivation: 'highlighting',
      category: 'key-claim',
      tags: ['conditions'],
    }),
    passage(IDS.molotov, 'Comr. Molotov', { motivation: 'identifying', category: 'evidence', people: [MOLOTOV_ID] }, 'Copies:'),
    {
      ...base(IDS.orphan),
      target: {
        witnessId: WITNESS_ID,
        quote: { type: 'TextQuoteSelector', exact: ORPHAN_QUOTE, prefix: 'a classmate writes: ', suffix: '' },
        position: { type: 'TextPositionSelector', start: 2200, end: 2200 + ORPHAN_QUOTE.length },
      },
      anchor: { status: 'orphaned' },
      category: 'follow-up',
      tags: ['check'],
      note: "Copied from a classmate's transcription; these words are not in this witness.",
    },
    {
      ...base(IDS.documentNote),
      motivation: 'commenting',
      note: "Read with Mao's telegram of 13 May (*not in the library yet*).\n\nStalin answers within a day.",
      anchor: { status: 'orphaned' },
    },
  ];

  return {
    generated: '2026-11-23T09:00:00.000Z',
    generator: 'Carrel 0.1.0',
    documents: [
      {
        id: DOCUMENT_ID,
        title: parsed.meta.title ?? 'Untitled',
        meta: parsed.meta,
        citation: chicagoNote(parsed.meta),
        witnesses: [{ id: WITNESS_ID, label: 'Archive record', fileName: '000_f2d2cbb9f3cdde5d.txt', text, blocks: parsed.blocks, marks: parsed.marks }],
        annotations,
      },
    ],
    people: [seedPerson(STALIN_ID, 'Joseph Stalin'), seedPerson(MOLOTOV_ID, 'Vyacheslav Molotov')],
    categories: CATEGORIES,
  };
}

/** The fields every annotation here shares unless it says otherwise. */
function base(id: string): Omit<AnchoredAnnotation, 'anchor'> {
  return {
    id,
    documentId: DOCUMENT_ID,
    motivation: 'highlighting',
    note: '',
    tags: [],
    category: 'key-claim',
    people: [],
    creator: 'Mira Kovalenko',
    created: '2026-11-21T14:30:00.000Z',
    modified: '2026-11-21T14:30:00.000Z',
  };
}
