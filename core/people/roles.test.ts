import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Block, ParsedWitness } from '../document/model.js';
import { parseWitnessBytes } from '../witness/parse.js';
import { detectMentions } from './mentions.js';
import { proposeRoles } from './roles.js';
import { SEEDED } from './testing/people.js';

const seed = (name: string): ParsedWitness => parseWitnessBytes(readFileSync(new URL(`../../assets/telegram/${name}`, import.meta.url)));
const rolesIn = (witness: Pick<ParsedWitness, 'text' | 'blocks' | 'meta'>) => proposeRoles(witness, detectMentions(witness.text, SEEDED));

/** A witness of the given lines, one block each (with its label, if given), separated by blank lines. */
function witnessOf(...lines: [Block['kind'], string, string?][]): Pick<ParsedWitness, 'text' | 'blocks' | 'meta'> {
  const blocks: Block[] = [];
  let text = '';
  for (const [kind, line, label] of lines) {
    if (text !== '') text += '\n\n';
    const block: Block = { kind, start: text.length, end: text.length + line.length };
    blocks.push(label === undefined ? block : { ...block, label });
    text += line;
  }
  return { text, blocks, meta: {} };
}

describe('proposeRoles on the seed telegram', () => {
  it('reads the archive record (000): Vyshinsky sends, signs and is copied; Mao receives; Filippov signs for Stalin', () => {
    expect(rolesIn(seed('000_f2d2cbb9f3cdde5d.txt'))).toEqual([
      { personId: 'vyshinsky', role: 'sender' },
      { personId: 'vyshinsky', role: 'signatory' },
      { personId: 'vyshinsky', role: 'copy-recipient' },
      { personId: 'mao', role: 'recipient' },
      { personId: 'stalin', role: 'signatory' },
      { personId: 'stalin', role: 'copy-recipient' },
      { personId: 'molotov', role: 'copy-recipient' },
    ]);
  });

  it('reads the web page (001), which has no VYSHINSKY signature and no "Copies:" heading', () => {
    expect(rolesIn(seed('001_8ff2a0690ef0c10c.txt'))).toEqual([
      { personId: 'vyshinsky', role: 'sender' },
      { personId: 'vyshinsky', role: 'copy-recipient' },
      { personId: 'mao', role: 'recipient' },
      { personId: 'stalin', role: 'signatory' },
      { personId: 'stalin', role: 'copy-recipient' },
      { personId: 'molotov', role: 'copy-recipient' },
    ]);
  });
});

describe('proposeRoles', () => {
  it('calls someone named only in the text mentioned', () => {
    const witness = witnessOf(['paragraph', 'Molotov spoke with Stalin.'], ['signature', 'STALIN']);
    expect(rolesIn(witness)).toEqual([
      { personId: 'molotov', role: 'mentioned' },
      { personId: 'stalin', role: 'signatory' },
    ]);
  });

  it('reads a list after a "Copies:" heading as the distribution, and a list elsewhere as text', () => {
    const witness = witnessOf(
      ['list-item', '1. Comr. Vyshinsky'],
      ['heading', 'Copies:'],
      ['list-item', '1. Comr. Molotov'],
      ['list-item', '2. V. M. Molotov'],
    );
    expect(rolesIn(witness)).toEqual([
      { personId: 'vyshinsky', role: 'mentioned' },
      { personId: 'molotov', role: 'copy-recipient' },
    ]);
  });

  it('finds the recipient in a "For" field and the sender named by the metadata', () => {
    const witness = { ...witnessOf(['record', 'Molotov to Mao'], ['field', 'For Mao Zedong.', 'For']), meta: { sender: 'Molotov' } };
    expect(rolesIn(witness)).toEqual([
      { personId: 'molotov', role: 'sender' },
      { personId: 'mao', role: 'recipient' },
    ]);
  });

  it('proposes nothing for a witness that names no one', () => {
    expect(rolesIn(witnessOf(['paragraph', 'Telegraph the fulfillment.']))).toEqual([]);
  });
});
