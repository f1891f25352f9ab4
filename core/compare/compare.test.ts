import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedWitness } from '../document/model.js';
import { parseWitnessBytes } from '../witness/parse.js';
import { compareWitnesses } from './compare.js';
import { DEFAULT_COMPARE_OPTIONS, isCompareOptions, type CompareOptions, type Variant } from './model.js';

const seed = (name: string): ParsedWitness => parseWitnessBytes(readFileSync(new URL(`../../assets/telegram/${name}`, import.meta.url)));
const archive = seed('000_f2d2cbb9f3cdde5d.txt');
const webPage = seed('001_8ff2a0690ef0c10c.txt');

function variants(options: Partial<CompareOptions> = {}): Variant[] {
  return compareWitnesses(archive, webPage, { ...DEFAULT_COMPARE_OPTIONS, ...options }).variants;
}

/** Each variant as "kind: left | right", the way the apparatus reads it. */
function readings(options: Partial<CompareOptions> = {}): string[] {
  return variants(options).map((variant) => `${variant.kind}: ${variant.left.text} | ${variant.right.text}`);
}

/** The block kind and text of the block of `witness` holding `offset`. */
function blockAround(witness: ParsedWitness, offset: number): string {
  const block = witness.blocks.find((b) => b.start <= offset && offset <= b.end);
  return block === undefined ? 'none' : `${block.kind}: ${witness.text.slice(block.start, block.end)}`;
}

describe('comparing the telegram’s two transcriptions', () => {
  it('reads the salutation’s “Comr.” against “Cde.” as one changed word', () => {
    expect(readings()).toContain('changed: Comr | Cde');
  });

  it('finds the gloss “[Stalin]” added after “Filippov” in the web page’s signature', () => {
    const gloss = variants().find((variant) => variant.right.text === '[Stalin]' && blockAround(webPage, variant.right.start).startsWith('signature'));
    expect(gloss?.kind).toBe('added');
    expect(archive.text.slice(0, gloss?.left.start)).toMatch(/Filippov$/);
    expect(blockAround(archive, gloss?.left.start ?? -1)).toBe('signature: Filippov.”');
  });

  it('pairs the summaries although the transcriptions put them in different places, and reads “assent” against “agreement”', () => {
    expect(readings()).toContain('changed: assent | agreement');
  });

  it('shows the RGASPI provenance sentence as an addition of the web page', () => {
    const rgaspi = variants().find((variant) => variant.right.text.includes('RGASPI'));
    expect(rgaspi?.kind).toBe('added');
    expect(rgaspi?.right.text).toBe('A copy was subsequently found in RGASPI, f. 558, op. 11, d. 334, ll.0055.');
    expect(rgaspi?.left.text).toBe('');
  });

  it('gives readings that are the witnesses’ own characters at their offsets', () => {
    for (const variant of variants({ ignoreQuotes: false, ignoreWhitespace: false })) {
      expect(archive.text.slice(variant.left.start, variant.left.end)).toBe(variant.left.text);
      expect(webPage.text.slice(variant.right.start, variant.right.end)).toBe(variant.right.text);
    }
  });

  it('lists the variants in the archive record’s text order, numbered from 0', () => {
    const found = variants();
    expect(found.map((variant) => variant.index)).toEqual(found.map((_, i) => i));
    const starts = found.map((variant) => variant.left.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('ignores the straight against the curly apostrophe of telegraf’te by default, and shows it when quotes count', () => {
    expect(readings().filter((reading) => reading.includes('telegraf'))).toEqual([]);
    expect(readings({ ignoreQuotes: false })).toContain('changed: telegraf\'te | telegraf’te');
  });

  it('never counts markup delimiters: “[*pristupit …*]” and “[pristupit …]” read the same', () => {
    expect(readings({ ignoreQuotes: false }).filter((reading) => /pristupit|\*/.test(reading))).toEqual([]);
  });

  it('never counts an autolink’s angle brackets: the record’s <http://…> reads as its address alone', () => {
    expect(readings()).toContain('removed: http://digitalarchive.wilsoncenter.org/document/115976 | ');
    expect(readings().filter((reading) => /[<>]/u.test(reading))).toEqual([]);
  });

  it('reads “To whom” against “To Whom” as a difference only while case counts', () => {
    expect(readings()).toContain('changed: whom | Whom');
    expect(readings({ ignoreCase: true })).not.toContain('changed: whom | Whom');
  });

  it('shows the space and non-breaking space in “PEKING  To” only while whitespace counts', () => {
    const afterPeking = (options: Partial<CompareOptions>): Variant[] =>
      variants(options).filter((variant) => archive.text.slice(variant.left.start - 6, variant.left.start) === 'PEKING');
    expect(afterPeking({})).toEqual([]);
    expect(afterPeking({ ignoreWhitespace: false }).map((variant) => [variant.left.text, variant.right.text])).toEqual([[' ', ' \u00A0']]);
  });

  it('drops punctuation differences such as “Filippov.” against “Filippov [Stalin].” ’s brackets when punctuation is ignored', () => {
    expect(readings({ ignorePunctuation: true })).toContain('added:  | Stalin');
    expect(readings({ ignorePunctuation: true }).filter((reading) => reading.includes('['))).toEqual([]);
  });

  it('leaves page furniture out by default and compares it on request', () => {
    expect(readings().filter((reading) => reading.includes('Skip to content'))).toEqual([]);
    expect(readings({ includeFurniture: true })).toContain('added:  | Skip to content');
  });

  it('shows page furniture in the columns only when it is compared', () => {
    const furnitureRows = (options: Partial<CompareOptions>) =>
      compareWitnesses(archive, webPage, { ...DEFAULT_COMPARE_OPTIONS, ...options }).rows.filter((row) => row.right !== null && webPage.blocks[row.right]?.kind === 'furniture');
    expect(furnitureRows({})).toEqual([]);
    expect(furnitureRows({ includeFurniture: true }).length).toBeGreaterThan(0);
  });

  it('finds no differences between a witness and itself, and pairs every block with itself', () => {
    const same = compareWitnesses(webPage, webPage, { ...DEFAULT_COMPARE_OPTIONS, includeFurniture: true, ignoreWhitespace: false, ignoreQuotes: false });
    expect(same.variants).toEqual([]);
    expect(same.rows).toEqual(webPage.blocks.map((_, i) => ({ left: i, right: i })));
  });

  it('aligns the salutations in one row, gives the moved summary rows of its own on each side, and shows every block but furniture once', () => {
    const { rows } = compareWitnesses(archive, webPage, DEFAULT_COMPARE_OPTIONS);
    const opening = (witness: ParsedWitness, block: number | null): string =>
      block === null ? '' : witness.text.slice(witness.blocks[block]?.start, witness.blocks[block]?.end).slice(0, 12);
    const shown = rows.map((row) => `${opening(archive, row.left)} | ${opening(webPage, row.right)}`);
    expect(shown).toContain('“Comr. Mao Z | “Cde. Mao Ze');
    expect(shown).toContain('The cable co | ');
    expect(shown).toContain(' | The cable co');
    const everyBlock = (side: 'left' | 'right'): number[] => rows.flatMap((row) => (row[side] === null ? [] : [row[side]]));
    const notFurniture = (witness: ParsedWitness) => witness.blocks.flatMap((block, i) => (block.kind === 'furniture' ? [] : [i]));
    expect(everyBlock('left')).toEqual(notFurniture(archive));
    expect(everyBlock('right')).toEqual(notFurniture(webPage));
  });
});

describe('a stored choice of switches', () => {
  it('is used only when it holds every switch as true or false', () => {
    expect(isCompareOptions({ ...DEFAULT_COMPARE_OPTIONS, ignoreCase: true })).toBe(true);
    expect(isCompareOptions({ ignoreCase: true })).toBe(false);
    expect(isCompareOptions({ ...DEFAULT_COMPARE_OPTIONS, includeFurniture: 'yes' })).toBe(false);
    expect(isCompareOptions(null)).toBe(false);
    expect(isCompareOptions([true, false])).toBe(false);
  });
});
