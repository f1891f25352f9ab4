import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, type TextPositionSelector, type TextQuoteSelector } from '../annotation/model.js';
import { anchorQuote, MAX_OFFERED } from './anchor.js';
import { describePassage } from './describe.js';
import { splitsPair } from './surrogates.js';

/** Few words, so that words and short phrases repeat and a quote often occurs in several places. */
const VOCABULARY = ['the', 'Korean', 'comrades', 'move', 'toward', 'reunification', 'Mao', 'Stalin', 'agree', 'north', 'with', 'opinion', 'situation', 'changed', 'a', '𝔐ao'];

/** Whether describePassage cut a context short at the text's edge (rather than by a unit, to keep a surrogate pair whole). */
const reachesEdge = (context: string): boolean => context.length < CONTEXT_LENGTH - 1;

/** A word of the text: its index in the original text unless an edit inserted it, and whether an edit deleted it. */
interface Token {
  word: string;
  original: number | undefined;
  deleted: boolean;
}

type Passage = { start: number; length: number };

type Edit = { kind: 'insert' | 'delete' | 'replace'; at: number; word: string };

/** An edit at a random word, or one aimed at the passage and the words around it. */
function editArbitrary(passageStart: number, passageLength: number): fc.Arbitrary<Edit> {
  const kind = fc.constantFrom<Edit['kind']>('insert', 'delete', 'replace');
  const word = fc.constantFrom(...VOCABULARY);
  const anywhere = fc.nat({ max: 1000 });
  const nearby = fc.integer({ min: passageStart - 2, max: passageStart + passageLength + 2 }).map((at) => Math.max(0, at));
  return fc.record({ kind, at: fc.oneof(anywhere, nearby), word });
}

/** A text of words, a passage of whole words in it, and edits to the text. */
const scenario = fc
  .array(fc.constantFrom(...VOCABULARY), { minLength: 8, maxLength: 120 })
  .chain((words) =>
    fc.record({ start: fc.nat({ max: words.length - 1 }), length: fc.integer({ min: 1, max: 6 }) }).chain(({ start, length }) => {
      const passageLength = Math.min(length, words.length - start);
      return fc.record({
        words: fc.constant(words),
        passage: fc.constant({ start, length: passageLength }),
        edits: fc.array(editArbitrary(start, passageLength), { maxLength: 6 }),
      });
    }),
  );

type Scenario = { words: string[]; passage: Passage; edits: Edit[] };

/**
 * Cases that searches far longer than CI's runs found, checked on every run: in each, the passage was
 * edited or deleted beside an exact copy of its quote, or beside a near match of it.
 */
const FOUND: Scenario[] = [
  // The passage's first word deleted, and a copy of its quote made a few words away.
  {
    words: '𝔐ao situation reunification move the opinion the opinion reunification opinion comrades with agree reunification with agree changed the comrades Korean the situation'.split(' '),
    passage: { start: 12, length: 2 },
    edits: [
      { kind: 'insert', at: 567, word: 'reunification' },
      { kind: 'delete', at: 11, word: 'the' },
      { kind: 'insert', at: 16, word: 'reunification' },
      { kind: 'insert', at: 11, word: 'the' },
      { kind: 'delete', at: 12, word: 'the' },
    ],
  },
  // The passage's first word deleted; the copy it had in its suffix is left.
  {
    words: 'Korean with Stalin changed comrades north situation Stalin changed comrades Korean comrades changed Stalin changed'.split(' '),
    passage: { start: 2, length: 3 },
    edits: [
      { kind: 'delete', at: 6, word: 'the' },
      { kind: 'delete', at: 72, word: 'the' },
    ],
  },
  // A word inserted inside the passage, and a copy made in its prefix.
  {
    words: 'agree comrades changed reunification Stalin Korean Korean Korean with 𝔐ao toward reunification'.split(' '),
    passage: { start: 10, length: 2 },
    edits: [
      { kind: 'replace', at: 9, word: 'reunification' },
      { kind: 'insert', at: 9, word: 'toward' },
      { kind: 'insert', at: 12, word: 'the' },
      { kind: 'delete', at: 8, word: 'the' },
    ],
  },
  // The passage "a" deleted: the "a" of the "agree" after it is no copy.
  {
    words: 'a Stalin agree north Korean reunification changed Mao 𝔐ao'.split(' '),
    passage: { start: 0, length: 1 },
    edits: [
      { kind: 'delete', at: 0, word: 'the' },
      { kind: 'delete', at: 0, word: 'the' },
    ],
  },
  // The same, its prefix intact.
  {
    words: 'toward opinion move Korean situation situation comrades opinion Korean toward 𝔐ao agree a agree reunification comrades opinion reunification 𝔐ao agree Mao move with reunification a'.split(' '),
    passage: { start: 12, length: 1 },
    edits: [
      { kind: 'delete', at: 12, word: 'the' },
      { kind: 'delete', at: 13, word: 'the' },
    ],
  },
  // The passage's context changed, and a near match after it has its prefix, the passage read as an insertion.
  {
    words: 'with move comrades move the a agree Stalin a Korean comrades Mao comrades a'.split(' '),
    passage: { start: 12, length: 2 },
    edits: [
      { kind: 'insert', at: 14, word: 'comrades' },
      { kind: 'replace', at: 340, word: 'the' },
    ],
  },
  // The passage ended the text, and a word was inserted before it: its offsets hold the "a" of that word,
  // with the prefix intact, but the text no longer ends there.
  {
    words: 'north toward Korean 𝔐ao Stalin with situation move Korean with with changed toward Korean a opinion comrades toward changed north situation Stalin reunification a a'.split(' '),
    passage: { start: 24, length: 1 },
    edits: [{ kind: 'insert', at: 24, word: 'agree' }],
  },
];

/**
 * The tokens after the edits, deleted ones kept as ghosts so that a deleted passage still has a place.
 * A replaced word keeps its original index: it stays inside the passage.
 */
function applyEdits(words: readonly string[], edits: readonly Edit[]): Token[] {
  const tokens: Token[] = words.map((word, original) => ({ word, original, deleted: false }));
  for (const edit of edits) {
    const visible = tokens.flatMap((token, index) => (token.deleted ? [] : [index]));
    if (edit.kind === 'insert') {
      const at = visible[edit.at % (visible.length + 1)] ?? tokens.length;
      tokens.splice(at, 0, { word: edit.word, original: undefined, deleted: false });
    } else if (visible.length > 1) {
      const token = tokens[visible[edit.at % visible.length] ?? 0];
      if (token !== undefined && edit.kind === 'delete') token.deleted = true;
      else if (token !== undefined) token.word = edit.word;
    }
  }
  return tokens;
}

/** The words left after the edits, the text they make, and where the passage's words lie in it: [start, end), empty where all were deleted. */
function layout(tokens: readonly Token[], passage: Passage): { words: string[]; starts: number[]; text: string; start: number; end: number } {
  const inPassage = (token: Token): boolean => token.original !== undefined && token.original >= passage.start && token.original < passage.start + passage.length;
  const words: string[] = [];
  const starts: number[] = [];
  let offset = 0;
  let start: number | undefined;
  let end: number | undefined;
  let ghost: number | undefined;
  for (const token of tokens) {
    if (token.deleted) {
      if (inPassage(token)) ghost ??= offset;
      continue;
    }
    if (inPassage(token)) {
      start ??= offset;
      end = offset + token.word.length;
    }
    words.push(token.word);
    starts.push(offset);
    offset += token.word.length + 1;
  }
  const text = words.join(' ');
  return start !== undefined && end !== undefined ? { words, starts, text, start, end } : { words, starts, text, start: ghost ?? 0, end: ghost ?? 0 };
}

/**
 * Whether some fewest-edits reading of how `before` became `after` keeps a passage word as one of the
 * words in `touched` (indices into `after`). The edits generated are one reading; but inserting a word
 * beside the same word, or deleting one of two equal neighbours, gives a text that cannot tell which of
 * the two was added or removed, and anchoring sees only the text: either reading's passage is right.
 */
function someReadingKeeps(before: readonly string[], after: readonly string[], passage: Passage, touched: readonly number[]): boolean {
  const n = before.length;
  const m = after.length;
  // Word-level edit distances of prefixes (forward) and of suffixes (backward).
  const forward = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: m + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const backward = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: m + 1 }, (_, j) => (i === n ? m - j : j === m ? n - i : 0)));
  const at = (table: number[][], i: number, j: number): number => table[i]?.[j] ?? Number.POSITIVE_INFINITY;
  const step = (i: number, j: number): number => (before[i] === after[j] ? 0 : 1);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) (forward[i] as number[])[j] = Math.min(at(forward, i - 1, j - 1) + step(i - 1, j - 1), at(forward, i - 1, j) + 1, at(forward, i, j - 1) + 1);
  }
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) (backward[i] as number[])[j] = Math.min(at(backward, i + 1, j + 1) + step(i, j), at(backward, i + 1, j) + 1, at(backward, i, j + 1) + 1);
  }
  const fewest = at(forward, n, m);
  return touched.some((j) => {
    for (let i = passage.start; i < passage.start + passage.length; i++) {
      if (at(forward, i, j) + step(i, j) + at(backward, i + 1, j + 1) === fewest) return true;
    }
    return false;
  });
}

/**
 * Expects the passage's anchor in the edited text `after` to be on the passage (or a word some reading
 * of the edits keeps it as), or orphaned with only places that hold the quote offered.
 */
function expectNeverElsewhere(words: readonly string[], passage: Passage, after: ReturnType<typeof layout>, quote: TextQuoteSelector, position: TextPositionSelector): void {
  const anchor = anchorQuote(after.text, quote, position);
  if (anchor.status === 'orphaned') {
    for (const { start, end } of anchor.candidates ?? []) expect(after.text.slice(start, end)).toBe(quote.exact);
    return;
  }
  expect(splitsPair(after.text, anchor.start) || splitsPair(after.text, anchor.end), 'the anchor cuts a surrogate pair').toBe(false);
  const onPassage = anchor.start < after.end && anchor.end > after.start;
  const touched = after.starts.flatMap((start, index) => (start < anchor.end && start + (after.words[index]?.length ?? 0) > anchor.start ? [index] : []));
  expect(
    onPassage || someReadingKeeps(words, after.words, passage, touched),
    `anchored at [${anchor.start}, ${anchor.end}) by ${anchor.method}, the passage is at [${after.start}, ${after.end})`,
  ).toBe(true);
}

describe('anchorQuote on randomly edited texts', () => {
  it('anchors an unedited text exactly at the described passage by its position', () => {
    fc.assert(
      fc.property(scenario, ({ words, passage }) => {
        const { text, start, end } = layout(applyEdits(words, []), passage);
        const { quote, position } = describePassage(text, start, end);
        expect(anchorQuote(text, quote, position)).toEqual({ status: 'anchored', start, end, method: 'position' });
      }),
    );
  });

  it('lands on the edited passage or orphans it, never on another passage', () => {
    fc.assert(
      fc.property(scenario, ({ words, passage, edits }) => {
        const before = layout(applyEdits(words, []), passage);
        const { quote, position } = describePassage(before.text, before.start, before.end);
        expectNeverElsewhere(words, passage, layout(applyEdits(words, edits), passage), quote, position);
      }),
      { numRuns: 1000, examples: FOUND.map((found) => [found]) },
    );
  });

  it('with ten units of context or none, and no offsets, anchors an unedited passage or offers it among places as good', () => {
    fc.assert(
      fc.property(scenario, fc.constantFrom(10, 0), ({ words, passage }, context) => {
        const { text, start, end } = layout(applyEdits(words, []), passage);
        const { quote } = describePassage(text, start, end);
        const short = { exact: quote.exact, prefix: context === 0 ? '' : quote.prefix.slice(-context), suffix: quote.suffix.slice(0, context) };
        const anchor = anchorQuote(text, short);
        if (anchor.status === 'anchored') expect(anchor).toMatchObject({ start, end });
        else if (anchor.candidates !== undefined) expect(anchor.candidates).toContainEqual({ start, end });
        else expect(text.split(quote.exact).length - 1, 'orphaned without candidates').toBeGreaterThan(MAX_OFFERED);
      }),
      { numRuns: 1000 },
    );
  });

  it('anchors the passage exactly at its new place when the edits leave it and its context intact', () => {
    fc.assert(
      fc.property(scenario, ({ words, passage, edits }) => {
        const before = layout(applyEdits(words, []), passage);
        const { quote, position } = describePassage(before.text, before.start, before.end);
        const after = layout(applyEdits(words, edits), passage);
        const around = after.text.slice(after.start - quote.prefix.length, after.end + quote.suffix.length);
        // A context cut short by the text's edge holds only while the edge is still there.
        const edgesHold = (!reachesEdge(quote.prefix) || after.start === quote.prefix.length) && (!reachesEdge(quote.suffix) || after.end + quote.suffix.length === after.text.length);
        fc.pre(after.start >= quote.prefix.length && around === quote.prefix + quote.exact + quote.suffix && edgesHold);
        expect(anchorQuote(after.text, quote, position)).toMatchObject({ status: 'anchored', start: after.start, end: after.end });
      }),
      { numRuns: 1000 },
    );
  });
});
