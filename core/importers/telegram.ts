/**
 * A record or a page saved from the telegram's own digital archive: read as the telegram is, with its
 * catalogue metadata and citation (core/witness/). Recognised by what it shows, not by its name.
 */
import { layoutWitness } from '../witness/blocks.js';
import { parseWitnessBytes } from '../witness/parse.js';
import { singleWitness, type Importer } from './model.js';

export const telegramImporter: Importer = {
  source: 'archive-record',
  name: 'a record of the digital archive',
  extensions: [],
  recognises: ({ bytes }) => {
    const text = utf8(bytes);
    return text !== undefined && layoutWitness(text.replace(/\r\n?/gu, '\n')).source !== 'plain';
  },
  read: async ({ bytes }) => singleWitness(parseWitnessBytes(bytes)),
};

function utf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
