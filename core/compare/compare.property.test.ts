import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block } from '../document/model.js';
import { compareWitnesses } from './compare.js';
import { DEFAULT_COMPARE_OPTIONS, type ComparedWitness, type Variant } from './model.js';

/** Few words, so that they repeat and the diff has real choices to make. */
const VOCABULARY = ['the', 'Korean', 'comrades', 'move', 'toward', 'reunification', 'Mao', 'Stalin', 'agree', 'with', 'a', 'of'];
const INSERTED = ['Filippov', 'Beijing', 'assent'];

type Edit = { kind: 'insert' | 'delete' | 'replace'; at: number; word: string };

/** A word of a generated witness and whether an edit put it there. */
interface Word {
  text: string;
  edited: boolean;
}

/** Paragraphs of words joined by spaces, one block each, with the offsets of every word. */
function witnessOf(paragraphs: readonly Word[][]): { witness: ComparedWitness; words: Array<Word & { start: number; end: number }> } {
  let text = '';
  const blocks: Block[] = [];
  const words: Array<Word & { start: number; end: number }> = [];
  for (const paragraph of paragraphs) {
    if (text !== '') text += '\n\n';
    const start = text.length;
    paragraph.forEach((word, i) => {
      if (i > 0) text += ' ';
      words.push({ ...word, start: text.length, end: text.length + word.text.length });
      text += word.text;
    });
    blocks.push({ kind: 'paragraph', start, end: text.length });
  }
  return { witness: { text, blocks, marks: [] }, words };
}

/** The paragraphs before and after the edits; an inserted or replacing word is marked as edited. */
function edited(paragraphs: readonly string[][], edits: readonly Edit[]): { left: Word[][]; right: Word[][] } {
  const left = paragraphs.map((paragraph) => paragraph.map((text) => ({ text, edited: false })));
  const right = left.map((paragraph) => paragraph.map((word) => ({ ...word })));
  for (const edit of edits) {
    const paragraph = right[edit.at % right.length] ?? [];
    const at = Math.floor(edit.at / right.length) % (paragraph.length + 1);
    if (edit.kind === 'insert') paragraph.splice(at, 0, { text: edit.word, edited: true });
    else if (at < paragraph.length && paragraph.length > 1) paragraph.splice(at, 1, ...(edit.kind === 'replace' ? [{ text: edit.word, edited: true }] : []));
  }
  return { left, right };
}

const scenario = fc.record({
  paragraphs: fc.array(fc.array(fc.constantFrom(...VOCABULARY), { minLength: 3, maxLength: 30 }), { minLength: 1, maxLength: 5 }),
  edits: fc.array(
    fc.record({ kind: fc.constantFrom<Edit['kind']>('insert', 'delete', 'replace'), at: fc.nat({ max: 500 }), word: fc.constantFrom(...INSERTED, ...VOCABULARY) }),
    { maxLength: 6 },
  ),
});

/** The words of a side that lie outside every variant's reading of that side. */
function unchanged(words: ReadonlyArray<Word & { start: number; end: number }>, variants: readonly Variant[], side: 'left' | 'right'): string[] {
  return words
    .filter((word) => !variants.some((variant) => variant[side].start < word.end && word.start < variant[side].end))
    .map((word) => word.text)
    .sort();
}

describe('variants of randomly edited texts', () => {
  it('account for every edit and leave the same words unchanged on both sides', () => {
    fc.assert(
      fc.property(scenario, ({ paragraphs, edits }) => {
        const { left, right } = edited(paragraphs, edits);
        const before = witnessOf(left);
        const after = witnessOf(right);
        const { variants } = compareWitnesses(before.witness, after.witness, DEFAULT_COMPARE_OPTIONS);
        // Every inserted or replacing word is inside a variant of the right side.
        for (const word of after.words.filter((w) => w.edited && !before.words.some((b) => b.text === w.text))) {
          expect(variants.some((variant) => variant.right.start <= word.start && word.end <= variant.right.end)).toBe(true);
        }
        // Outside the variants both sides read the same words.
        expect(unchanged(before.words, variants, 'left')).toEqual(unchanged(after.words, variants, 'right'));
      }),
      { numRuns: 300 },
    );
  });

  it('never report more words than the edits touched', () => {
    fc.assert(
      fc.property(scenario, ({ paragraphs, edits }) => {
        const { left, right } = edited(paragraphs, edits);
        const { variants } = compareWitnesses(witnessOf(left).witness, witnessOf(right).witness, DEFAULT_COMPARE_OPTIONS);
        const wordsIn = (side: 'left' | 'right'): number => variants.reduce((n, variant) => n + (variant[side].text.match(/\S+/g)?.length ?? 0), 0);
        expect(wordsIn('left')).toBeLessThanOrEqual(edits.filter((edit) => edit.kind !== 'insert').length);
        expect(wordsIn('right')).toBeLessThanOrEqual(edits.filter((edit) => edit.kind !== 'delete').length);
        if (edits.length === 0) expect(variants).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('hold for one long paragraph, where runs of words found once on each side anchor the diff', () => {
    const words = Array.from({ length: 400 }, (_, i) => `w${i.toString(36)}`);
    const long = fc.record({
      paragraphs: fc.array(fc.constantFrom(...words), { minLength: 2500, maxLength: 3000 }).map((paragraph) => [paragraph]),
      edits: fc.array(fc.record({ kind: fc.constantFrom<Edit['kind']>('insert', 'delete', 'replace'), at: fc.nat({ max: 3000 }), word: fc.constantFrom(...INSERTED) }), {
        minLength: 1,
        maxLength: 40,
      }),
    });
    fc.assert(
      fc.property(long, ({ paragraphs, edits }) => {
        const { left, right } = edited(paragraphs, edits);
        const before = witnessOf(left);
        const after = witnessOf(right);
        const { variants } = compareWitnesses(before.witness, after.witness, DEFAULT_COMPARE_OPTIONS);
        for (const word of after.words.filter((w) => w.edited)) {
          expect(variants.some((variant) => variant.right.start <= word.start && word.end <= variant.right.end)).toBe(true);
        }
        expect(unchanged(before.words, variants, 'left')).toEqual(unchanged(after.words, variants, 'right'));
        const wordsIn = (side: 'left' | 'right'): number => variants.reduce((n, variant) => n + (variant[side].text.match(/\S+/g)?.length ?? 0), 0);
        expect(wordsIn('right')).toBeLessThanOrEqual(edits.filter((edit) => edit.kind !== 'delete').length);
      }),
      { numRuns: 25 },
    );
  });
});
