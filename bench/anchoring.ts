/**
 * Anchoring 10,000 annotations on a 1 MB witness after it was edited: an insertion near the start shifts
 * every passage, a few passages are edited inside, a few deleted. Carrel's anchorQuote beside two
 * baselines written here after Hypothesis's match-quote: its own order (every exact occurrence, else
 * approx-string-match over the whole text) and approx-string-match over the whole text for every quote.
 */
import search from 'approx-string-match';
import { CONTEXT_LENGTH, type TextQuoteSelector } from '../core/annotation/model.js';
import { anchorQuote } from '../core/anchoring/anchor.js';
import { describePassage } from '../core/anchoring/describe.js';
import { ms } from './stats.js';
import { seededRandom } from './random.js';

/** Timing and correctness of one way of anchoring. */
export interface AnchoringRun {
  ms: number;
  /** How many annotations the timing covers; fewer than all when a slow baseline was sampled. */
  timed: number;
  /** Anchored somewhere that does not overlap where the passage went (or anchored at all when it was deleted). */
  wrong: number;
  orphaned: number;
}

/** A run of Carrel's anchoring, with how many annotations each way of finding them found. */
type CarrelRun = AnchoringRun & { methods: Record<string, number> };

/** Context Recogito stores on each side of a quote. */
const SHORT_CONTEXT = 10;

export interface AnchoringFigures {
  textUnits: number;
  annotations: number;
  editedInside: number;
  deleted: number;
  carrel: CarrelRun;
  /** The same notes with SHORT_CONTEXT units of context, as Recogito writes them. */
  carrelShortContext: CarrelRun;
  hypothesis: AnchoringRun;
  approxEverywhere: AnchoringRun;
}

/** An edit of the original text: `remove` units at `at` replaced by `insert`. */
interface Edit {
  at: number;
  remove: number;
  insert: string;
}


/** About `units` of prose: sentences of made-up words, common ones far more often than rare ones, so phrases repeat. */
function generateText(random: () => number, units: number): string {
  const syllables = ['ka', 'ro', 'mi', 'ten', 'sha', 'vo', 'lu', 'pri', 'dem', 'os', 'na', 'kor', 'ei', 'stal', 'zhu', 'an'];
  const vocabulary = Array.from({ length: 4000 }, () => {
    let word = '';
    const count = 1 + Math.floor(random() * 4);
    for (let i = 0; i < count; i++) word += syllables[Math.floor(random() * syllables.length)];
    return word;
  });
  const parts: string[] = [];
  let length = 0;
  while (length < units) {
    const words: string[] = [];
    const count = 6 + Math.floor(random() * 20);
    // Cubing skews the choice to the start of the vocabulary, as word frequencies are skewed.
    for (let i = 0; i < count; i++) words.push(vocabulary[Math.floor(random() ** 3 * vocabulary.length)] ?? 'ka');
    const sentence = `${words.join(' ')}.${random() < 0.15 ? '\n\n' : ' '}`;
    parts.push(sentence[0]?.toUpperCase() + sentence.slice(1));
    length += sentence.length;
  }
  return parts.join('');
}

/** The text with the edits (sorted, not overlapping) applied. */
function applyEdits(text: string, edits: readonly Edit[]): string {
  let result = '';
  let from = 0;
  for (const edit of edits) {
    result += text.slice(from, edit.at) + edit.insert;
    from = edit.at + edit.remove;
  }
  return result + text.slice(from);
}

/** Where original offset `offset` is after the edits; `end` keeps an insertion at the offset outside a range ending there. */
function mapOffset(edits: readonly Edit[], offset: number, end: boolean): number {
  let shift = 0;
  for (const edit of edits) {
    if (edit.at + edit.remove <= offset && !(end && edit.remove === 0 && edit.at === offset)) shift += edit.insert.length - edit.remove;
    else if (edit.at < offset) return edit.at + shift + (end ? edit.insert.length : 0);
  }
  return offset + shift;
}

/** A baseline's choice, scored as Hypothesis scores it: quote 50, prefix 20, suffix 20, position 2. */
function hypothesisBest(text: string, quote: TextQuoteSelector, hint: number, exactFirst: boolean): { start: number; end: number } | undefined {
  const exact = quote.exact;
  let matches: { start: number; end: number; errors: number }[] = [];
  if (exactFirst) {
    for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) matches.push({ start: at, end: at + exact.length, errors: 0 });
  }
  if (matches.length === 0) matches = search(text, exact, Math.min(256, exact.length / 2));
  const similarity = (actual: string, expected: string): number =>
    expected.length === 0 || actual.length === 0 ? 0 : 1 - (search(actual, expected, expected.length)[0]?.errors ?? expected.length) / expected.length;
  let best: { start: number; end: number; score: number } | undefined;
  for (const match of matches) {
    const prefixScore = quote.prefix ? similarity(text.slice(Math.max(0, match.start - quote.prefix.length), match.start), quote.prefix) : 1;
    const suffixScore = quote.suffix ? similarity(text.slice(match.end, match.end + quote.suffix.length), quote.suffix) : 1;
    const positionScore = 1 - Math.abs(match.start - hint) / text.length;
    const score = (50 * (1 - match.errors / exact.length) + 20 * prefixScore + 20 * suffixScore + 2 * positionScore) / 92;
    if (best === undefined || score > best.score) best = { start: match.start, end: match.end, score };
  }
  return best;
}

/**
 * Generates the witness and annotations (deterministic from `seed`), edits the witness, and anchors every
 * annotation three ways. The whole-text approximate baseline is timed on the first `sample` annotations
 * only and its time extrapolated: on all 10,000 it would take minutes.
 */
export function measureAnchoring({ units = 1_000_000, annotations = 10_000, sample = 300, seed = 1950 } = {}): AnchoringFigures {
  const random = seededRandom(seed);
  const text = generateText(random, units);
  const wordStarts = [...text.matchAll(/\S+/g)].map((m) => m.index);

  const described = Array.from({ length: annotations }, () => {
    const first = 200 + Math.floor(random() * (wordStarts.length - 400));
    const words = 2 + Math.floor(random() * 10);
    const start = wordStarts[first] ?? 0;
    const end = (wordStarts[first + words] ?? text.length) - 1;
    return describePassage(text, start, end);
  });

  // One insertion near the start that shifts every passage, then edits inside a few passages and the
  // deletion of a few more, on passages that overlap no other edit.
  const edits: Edit[] = [{ at: wordStarts[10] ?? 0, remove: 0, insert: 'An editorial note the transcriber added later. ' }];
  let editedInside = 0;
  let deleted = 0;
  for (const { quote, position } of described) {
    if (editedInside + deleted === 30) break;
    if (edits.some((edit) => edit.at < position.end + 64 && position.start - 64 < edit.at + edit.remove)) continue;
    if (deleted < 5) {
      edits.push({ at: position.start, remove: position.end - position.start + 1, insert: '' });
      deleted += 1;
    } else {
      const word = quote.exact.indexOf(' ') + 1;
      const wordEnd = quote.exact.indexOf(' ', word);
      edits.push({ at: position.start + word, remove: (wordEnd === -1 ? quote.exact.length : wordEnd) - word, insert: 'emended' });
      editedInside += 1;
    }
  }
  edits.sort((a, b) => a.at - b.at);
  const edited = applyEdits(text, edits);
  const truth = described.map(({ position }) => ({ start: mapOffset(edits, position.start, false), end: mapOffset(edits, position.end, true) }));
  const isWrong = (index: number, anchor: { start: number; end: number }): boolean => {
    const where = truth[index];
    return where === undefined || where.end <= where.start || anchor.start >= where.end || anchor.end <= where.start;
  };

  /** anchorQuote over every annotation, with `context` units of context on each side as stored. */
  const carrel = (context: number): CarrelRun => {
    const quotes = described.map(({ quote }) => ({ ...quote, prefix: context === 0 ? '' : quote.prefix.slice(-context), suffix: quote.suffix.slice(0, context) }));
    const methods: Record<string, number> = {};
    let wrong = 0;
    let orphaned = 0;
    const started = performance.now();
    const anchors = quotes.map((quote, index) => anchorQuote(edited, quote, described[index]?.position));
    const ms = performance.now() - started;
    anchors.forEach((anchor, index) => {
      const outcome = anchor.status === 'anchored' ? anchor.method : anchor.candidates ? 'orphaned with places to choose' : 'orphaned';
      methods[outcome] = (methods[outcome] ?? 0) + 1;
      if (anchor.status === 'orphaned') orphaned += 1;
      else if (isWrong(index, anchor)) wrong += 1;
    });
    return { ms, timed: annotations, wrong, orphaned, methods };
  };

  const baseline = (exactFirst: boolean, count: number): AnchoringRun => {
    let wrong = 0;
    let orphaned = 0;
    const started = performance.now();
    const found = described.slice(0, count).map(({ quote, position }) => hypothesisBest(edited, quote, position.start, exactFirst));
    const ms = performance.now() - started;
    found.forEach((match, index) => {
      if (match === undefined) orphaned += 1;
      else if (isWrong(index, match)) wrong += 1;
    });
    return { ms, timed: count, wrong, orphaned };
  };

  return {
    textUnits: edited.length,
    annotations,
    editedInside,
    deleted,
    carrel: carrel(CONTEXT_LENGTH),
    carrelShortContext: carrel(SHORT_CONTEXT),
    hypothesis: baseline(true, annotations),
    approxEverywhere: baseline(false, Math.min(sample, annotations)),
  };
}

/** The figures as printed lines, each beside its baseline. */
export function anchoringReport(figures: AnchoringFigures): string[] {
  const { carrel, carrelShortContext, hypothesis, approxEverywhere } = figures;
  const forAll = (run: AnchoringRun): number => (run.ms / run.timed) * figures.annotations;
  const outcome = (run: AnchoringRun): string => `${run.wrong} wrong, ${run.orphaned} orphaned${run.timed < figures.annotations ? ` of those ${run.timed}` : ''}`;
  const methods = (run: CarrelRun): string => Object.entries(run.methods).map(([method, count]) => `${method} ${count}`).join(', ');
  return [
    `Anchoring ${figures.annotations.toLocaleString('en')} annotations on a ${(figures.textUnits / 1e6).toFixed(2)} M-unit text after an insertion near its start, ${figures.editedInside} passages edited inside, ${figures.deleted} deleted:`,
    `  Carrel anchorQuote: ${ms(carrel.ms)}; ${outcome(carrel)} (${methods(carrel)})`,
    `  the same notes with ${SHORT_CONTEXT} units of context, as Recogito writes: ${ms(carrelShortContext.ms)}; ${outcome(carrelShortContext)} (${methods(carrelShortContext)})`,
    `  Hypothesis's order (every exact occurrence, else approx-string-match over the whole text): ${ms(hypothesis.ms)}; ${outcome(hypothesis)}`,
    `  approx-string-match over the whole text for every quote: ${ms(forAll(approxEverywhere))} extrapolated from ${approxEverywhere.timed} quotes timed (${ms(approxEverywhere.ms)}); ${outcome(approxEverywhere)}`,
    `  speed-up: ${(hypothesis.ms / carrel.ms).toFixed(1)}x over Hypothesis's order, ${(forAll(approxEverywhere) / carrel.ms).toFixed(0)}x over approx everywhere (target >= 1x)`,
  ];
}
