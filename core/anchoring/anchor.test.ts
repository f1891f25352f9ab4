import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorQuote, MAX_OFFERED } from './anchor.js';
import { describePassage } from './describe.js';

const TELEGRAM = readFileSync(new URL('../../assets/telegram/000_f2d2cbb9f3cdde5d.txt', import.meta.url), 'utf8');

/** The passage `exact` of `text` (its `nth` occurrence), described as an annotation stores it. */
function describeIn(text: string, exact: string, nth = 0): ReturnType<typeof describePassage> {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(exact, start + 1);
  if (start === -1) throw new Error(`"${exact}" is not in the text`);
  return describePassage(text, start, start + exact.length);
}

/** `text` with its first `from` replaced by `to`. */
function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`"${from}" is not in the text`);
  return text.replace(from, to);
}

describe('anchorQuote', () => {
  it('anchors an unchanged passage by its position', () => {
    const { quote, position } = describeIn(TELEGRAM, 'move toward reunification', 1);
    expect(anchorQuote(TELEGRAM, quote, position)).toEqual({ status: 'anchored', start: position.start, end: position.end, method: 'position' });
  });

  it('anchors a quote after a word was inserted before it', () => {
    const { quote, position } = describeIn(TELEGRAM, 'move toward reunification', 1);
    const edited = edit(TELEGRAM, 'Koreans to move', 'Koreans to finally move');
    const start = edited.indexOf('move toward reunification [');
    expect(anchorQuote(edited, quote, position)).toEqual({ status: 'anchored', start, end: start + quote.exact.length, method: 'exact' });
  });

  it('anchors every passage after an edit near the start of the text shifts them all', () => {
    const edited = edit(TELEGRAM, 'May 14, 1950', 'May 14, 1950 (received in Peking)');
    for (const exact of ['Filippov [Stalin] and his friends', 'move toward reunification', 'VYSHINSKY', 'Comr. Molotov']) {
      const { quote, position } = describeIn(TELEGRAM, exact);
      const start = edited.indexOf(exact);
      expect(anchorQuote(edited, quote, position), exact).toEqual({ status: 'anchored', start, end: start + exact.length, method: 'exact' });
    }
  });

  it('prefers the occurrence whose prefix and suffix match', () => {
    // "move toward reunification" is in the summary and in the telegram; without offsets to go by, only
    // the context tells them apart.
    const summary = describeIn(TELEGRAM, 'move toward reunification', 0);
    const telegram = describeIn(TELEGRAM, 'move toward reunification', 1);
    expect(anchorQuote(TELEGRAM, telegram.quote)).toMatchObject({ status: 'anchored', start: telegram.position.start });
    expect(anchorQuote(TELEGRAM, summary.quote)).toMatchObject({ status: 'anchored', start: summary.position.start });
  });

  it('prefers the occurrence whose context matches over the one nearer the old offsets', () => {
    const { quote, position } = describeIn(TELEGRAM, 'move toward reunification', 1);
    // Offsets pointing at the summary's occurrence, as if the annotation had been made on a shorter text.
    const misleading = { start: TELEGRAM.indexOf('move toward reunification'), end: TELEGRAM.indexOf('move toward reunification') + quote.exact.length };
    expect(anchorQuote(TELEGRAM, quote, misleading)).toMatchObject({ status: 'anchored', start: position.start, method: 'exact' });
  });

  it('orphans a quote whose passage was deleted', () => {
    const { quote, position } = describeIn(TELEGRAM, 'the question should be decided finally by the Chinese and Korean comrades together');
    const edited = edit(TELEGRAM, ' that the question should be decided finally by the Chinese and Korean comrades together, and', '');
    expect(anchorQuote(edited, quote, position)).toEqual({ status: 'orphaned' });
  });

  it('does not move a deleted short quote onto another occurrence of it', () => {
    // "Mao" is in the title, the citation and the summary too, each time in other words.
    const { quote, position } = describeIn(TELEGRAM, 'Mao', 3);
    expect(TELEGRAM.slice(position.start - 4, position.end)).toBe('For Mao');
    const edited = edit(TELEGRAM, 'For Mao Zedong.', 'For Zedong.');
    expect(anchorQuote(edited, quote, position)).toEqual({ status: 'orphaned' });
  });

  it('finds a quote with one word changed by fuzzy matching', () => {
    const { quote, position } = describeIn(TELEGRAM, 'they agree with the proposal of the Koreans to move toward reunification');
    const edited = edit(TELEGRAM, 'they agree with the proposal of the Koreans', 'they agree with the suggestion of the Koreans');
    const start = edited.indexOf('they agree with the suggestion');
    expect(anchorQuote(edited, quote, position)).toEqual({
      status: 'anchored',
      start,
      end: start + 'they agree with the suggestion of the Koreans to move toward reunification'.length,
      method: 'fuzzy',
    });
  });

  it('finds a paragraph moved far from its old place, with its context', () => {
    const paragraph = TELEGRAM.slice(TELEGRAM.indexOf('In a conversation'), TELEGRAM.indexOf('conversation.\n') + 'conversation.'.length);
    const { quote, position } = describeIn(TELEGRAM, 'the question should be decided finally');
    const moved = `${edit(TELEGRAM, paragraph, '')}\n\n${'Filler paragraph. '.repeat(200)}\n\n${paragraph}`;
    const start = moved.indexOf('the question should be decided finally');
    expect(anchorQuote(moved, quote, position)).toEqual({ status: 'anchored', start, end: start + quote.exact.length, method: 'exact' });
  });

  it('finds a paragraph moved far and edited inside by searching the whole text', () => {
    const paragraph = TELEGRAM.slice(TELEGRAM.indexOf('In a conversation'), TELEGRAM.indexOf('conversation.\n') + 'conversation.'.length);
    const { quote, position } = describeIn(TELEGRAM, 'the question should be decided finally');
    const moved = `${edit(TELEGRAM, paragraph, '')}\n\n${'Filler paragraph. '.repeat(200)}\n\n${edit(paragraph, 'be decided finally', 'be settled finally')}`;
    const start = moved.indexOf('the question should be settled finally');
    expect(anchorQuote(moved, quote, position)).toEqual({ status: 'anchored', start, end: start + 'the question should be settled finally'.length, method: 'fuzzy' });
  });

  it('finds a long passage moved into other words by its quote alone', () => {
    // Long enough (over about 170 units) that the quote alone outweighs its whole context lost.
    const sentence =
      'In this regard a qualification was made [*pri etom bilo ogovoreno*], that the question should be decided finally by the Chinese and Korean comrades together, and in case of disagreement by the Chinese comrades the decision on the question should be postponed until a new discussion';
    const { quote, position } = describeIn(TELEGRAM, sentence);
    const moved = `${edit(TELEGRAM, sentence, '')}\n\n${'Filler paragraph. '.repeat(200)}\n\n${sentence}.`;
    const start = moved.indexOf(sentence);
    expect(anchorQuote(moved, quote, position)).toEqual({ status: 'anchored', start, end: start + sentence.length, method: 'exact' });
  });

  it('orphans a short sentence moved into other words rather than trust a copy elsewhere', () => {
    // Its old place now reads as if it had been deleted, and a copy with unrelated context is how a
    // different passage would look too.
    const sentence = 'The Korean comrades can tell you the details of the conversation.';
    const { quote, position } = describeIn(TELEGRAM, sentence);
    const moved = `${edit(TELEGRAM, ` ${sentence}`, '')}\n\n${'Filler paragraph. '.repeat(200)}\n\n${sentence}`;
    expect(anchorQuote(moved, quote, position)).toEqual({ status: 'orphaned' });
  });

  it('orphans a quote rewritten beyond a quarter of its letters', () => {
    const { quote, position } = describeIn(TELEGRAM, 'Telegraph the fulfillment');
    const edited = edit(TELEGRAM, 'Telegraph the fulfillment', 'Cable us when it is done');
    expect(anchorQuote(edited, quote, position)).toEqual({ status: 'orphaned' });
  });

  it('orphans a short quote with its context changed on both sides rather than guess', () => {
    // The "a" after "on" and the "a" of "careful" fit the changed context equally well.
    const text = 'the comrades agree a move toward unity';
    const at = text.indexOf(' a ') + 1;
    const { quote, position } = describePassage(text, at, at + 1);
    expect(anchorQuote('the comrades all agree on a careful move toward unity', quote, position)).toEqual({ status: 'orphaned' });
  });

  it('anchors a passage at the very start or end of the text', () => {
    const first = describeIn(TELEGRAM, TELEGRAM.slice(0, 20));
    const last = describeIn(TELEGRAM, TELEGRAM.slice(-20));
    const edited = `Preface.\n${TELEGRAM}\nEnd.`;
    expect(anchorQuote(edited, first.quote, first.position)).toMatchObject({ status: 'anchored', start: 9 });
    expect(anchorQuote(edited, last.quote, last.position)).toMatchObject({ status: 'anchored', start: edited.length - 25 });
  });
});

/** The description as another tool writes it: `context` units of context on each side (Recogito 10; Apache Annotator and RecogitoJS often none). */
function writtenWith(context: number, { quote, position }: ReturnType<typeof describePassage>): ReturnType<typeof describePassage> {
  return { quote: { ...quote, prefix: context === 0 ? '' : quote.prefix.slice(-context), suffix: quote.suffix.slice(0, context) }, position };
}

/** Where each of the first `count` occurrences of `exact` is in `text`. */
function places(text: string, exact: string, count: number): { start: number; end: number }[] {
  return Array.from({ length: count }, (_, nth) => describeIn(text, exact, nth).position).map(({ start, end }) => ({ start, end }));
}

describe('anchorQuote with the context other tools write', () => {
  const start = TELEGRAM.indexOf('In a conversation');
  const passage = TELEGRAM.slice(start, start + 82);

  it('anchors an 82-character quote found once at its recorded offsets, with ten units of context or none', () => {
    for (const context of [10, 0]) {
      const { quote, position } = writtenWith(context, describeIn(TELEGRAM, passage));
      expect(anchorQuote(TELEGRAM, quote, position), `${context} units`).toEqual({ status: 'anchored', start, end: start + 82, method: 'position' });
      expect(anchorQuote(TELEGRAM, quote), `${context} units, no offsets`).toEqual({ status: 'anchored', start, end: start + 82, method: 'exact' });
    }
  });

  it('anchors a quote found once although its short context changed on both sides', () => {
    const { quote, position } = writtenWith(10, describeIn(TELEGRAM, 'the question should be decided finally'));
    const edited = edit(TELEGRAM, 'ogovoreno*], that the question should be decided finally by the', 'ogovoreno*]: namely, the question should be decided finally, with the');
    const at = edited.indexOf('the question should be decided finally');
    expect(anchorQuote(edited, quote, position)).toEqual({ status: 'anchored', start: at, end: at + quote.exact.length, method: 'exact' });
  });

  it('of several occurrences, takes the one at the recorded offsets when no context tells them apart', () => {
    const { quote, position } = writtenWith(0, describeIn(TELEGRAM, 'move toward reunification', 1));
    expect(anchorQuote(TELEGRAM, quote, position)).toEqual({ status: 'anchored', start: position.start, end: position.end, method: 'position' });
  });

  it('then the one clearly nearest the recorded offsets, after an edit before it moved them', () => {
    const { quote, position } = writtenWith(0, describeIn(TELEGRAM, 'move toward reunification', 1));
    const edited = edit(TELEGRAM, 'In a conversation', 'In a long conversation');
    const at = edited.indexOf('move toward reunification [');
    expect(anchorQuote(edited, quote, position)).toEqual({ status: 'anchored', start: at, end: at + quote.exact.length, method: 'exact' });
  });

  it('keeps a true tie orphaned, with its places for the reader to choose from', () => {
    const { quote } = writtenWith(0, describeIn(TELEGRAM, 'move toward reunification'));
    const both = places(TELEGRAM, 'move toward reunification', 2);
    expect(anchorQuote(TELEGRAM, quote)).toEqual({ status: 'orphaned', candidates: both });
    // Offsets halfway between the two say nothing either.
    const middle = Math.round(((both[0]?.start ?? 0) + (both[1]?.start ?? 0)) / 2);
    expect(anchorQuote(TELEGRAM, quote, { start: middle, end: middle + quote.exact.length })).toEqual({ status: 'orphaned', candidates: both });
  });

  it('offers no places when there are too many to read through', () => {
    expect(TELEGRAM.split('the').length - 1).toBeGreaterThan(MAX_OFFERED);
    expect(anchorQuote(TELEGRAM, { exact: 'the', prefix: '', suffix: '' })).toEqual({ status: 'orphaned' });
  });

  it('offers the passage and a lookalike in its context rather than choose between them', () => {
    // "again" inserted before the word "a": its own "a" now has the passage's prefix, the passage its suffix.
    const { quote, position } = describeIn(TELEGRAM, ' a ', 1);
    const word = { quote: { ...quote, exact: 'a', prefix: `${quote.prefix} `.slice(-32), suffix: ` ${quote.suffix}`.slice(0, 32) }, position: { start: position.start + 1, end: position.start + 2 } };
    expect(TELEGRAM.slice(word.position.start - 15, word.position.end + 14)).toBe('In this regard a qualification');
    const edited = edit(TELEGRAM, 'In this regard a qualification', 'In this regard again a qualification');
    const lookalike = edited.indexOf('again');
    expect(anchorQuote(edited, word.quote, word.position)).toEqual({
      status: 'orphaned',
      candidates: [
        { start: lookalike, end: lookalike + 1 },
        { start: lookalike + 6, end: lookalike + 7 },
      ],
    });
  });
});

describe('anchorQuote on near matches', () => {
  const NOVEL = 'Many years later, as he faced the firing squad, Colonel Aureliano Buendía was to remember that distant afternoon when his father took him to discover ice.';

  it('anchors a quote with a typo on a short text, as Hypothesis does', () => {
    const expected = { status: 'anchored', start: 0, end: 'Many years later'.length, method: 'fuzzy' };
    expect(anchorQuote(NOVEL, { exact: 'Many yers later', prefix: '', suffix: '' })).toEqual(expected);
    expect(anchorQuote(NOVEL, { exact: 'Many yers later', prefix: '', suffix: ', as he faced the firing squad, ' }, { start: 0, end: 15 })).toEqual(expected);
  });

  it('anchors a quote changed in up to half of it where its context is intact on both sides', () => {
    const { quote, position } = describeIn(TELEGRAM, 'decided finally by the Chinese');
    const edited = edit(TELEGRAM, 'decided finally by the Chinese', 'settled at last by the Chinese');
    const at = edited.indexOf('settled at last');
    expect(anchorQuote(edited, quote, position)).toEqual({ status: 'anchored', start: at, end: at + quote.exact.length, method: 'fuzzy' });
    // The same change with the words around it changed too is how another passage would look.
    const rewritten = edit(edited, 'should be settled at last by the Chinese and Korean', 'must be settled at last by the Chinese or Korean');
    expect(anchorQuote(rewritten, quote, position)).toEqual({ status: 'orphaned' });
  });

  it('never counts whitespace or line breaks, in the quote, its context or the text', () => {
    // The title breaks its lines where the citation runs on; a tool that joined them finds both, and the context decides.
    const title = describeIn(TELEGRAM, "Relaying Stalin's\nStance on Permission");
    const joined = { exact: "Relaying Stalin's Stance on Permission", prefix: title.quote.prefix.replaceAll('\n', ' '), suffix: title.quote.suffix.replaceAll('\n', '\r\n') };
    expect(anchorQuote(TELEGRAM, joined, title.position)).toEqual({ status: 'anchored', start: title.position.start, end: title.position.end, method: 'position' });
    const citation = describeIn(TELEGRAM, "Relaying Stalin's Stance on Permission");
    const wrapped = { ...citation.quote, exact: "Relaying  Stalin's\n\tStance on Permission" };
    expect(anchorQuote(TELEGRAM, wrapped, citation.position)).toEqual({ status: 'anchored', start: citation.position.start, end: citation.position.end, method: 'position' });
    // The witness rewrapped: the passage takes in the whole run that stands for its space.
    const { quote, position } = describeIn(TELEGRAM, 'move toward reunification', 1);
    const rewrapped = edit(TELEGRAM, 'to move toward reunification [', 'to move toward\n   reunification [');
    const at = rewrapped.indexOf('move toward\n');
    expect(anchorQuote(rewrapped, quote, position)).toEqual({ status: 'anchored', start: at, end: at + quote.exact.length + 3, method: 'exact' });
  });
});

describe('anchorQuote on bad input', () => {
  it('answers a context of 100,000 characters from its nearest 32 units, as it answers those alone', () => {
    const { quote, position } = describeIn(TELEGRAM, 'move toward reunification', 1);
    // A changed prefix, so that it is weighed edit by edit rather than found intact.
    const edited = edit(TELEGRAM, 'Koreans to move', 'Koreans to finally move');
    const long = { ...quote, prefix: 'x'.repeat(100_000) + quote.prefix, suffix: quote.suffix + 'y'.repeat(100_000) };
    // What lies beyond the nearest 32 units is not read: other far contexts give the same answer.
    const otherFar = { ...quote, prefix: 'Mao Zedong '.repeat(9_000) + quote.prefix, suffix: quote.suffix + ' Stalin'.repeat(14_000) };
    expect(anchorQuote(edited, long, position)).toEqual(anchorQuote(edited, quote, position));
    expect(anchorQuote(edited, otherFar, position)).toEqual(anchorQuote(edited, quote, position));
    expect(anchorQuote(edited, long, position)).toMatchObject({ status: 'anchored', start: edited.indexOf('move toward reunification [') });
  });

  it('reads offsets outside the text, negative, huge or not whole numbers, as no offsets at all', () => {
    const text = 'Mao Zedong. For Mao Zedong!';
    const quote = { exact: 'Mao Zedong', prefix: '', suffix: '. For Mao Zedong!' };
    for (const position of [
      { start: -3, end: 7 },
      { start: -10, end: 0 },
      { start: 1e12, end: 1e12 + 10 },
      { start: Number.NaN, end: Number.NaN },
      { start: 0.5, end: 10.5 },
    ]) {
      expect(anchorQuote(text, quote, position), JSON.stringify(position)).toEqual({ status: 'anchored', start: 0, end: 10, method: 'exact' });
    }
  });

  it('finds nothing for an empty or blank quote', () => {
    expect(anchorQuote(TELEGRAM, { exact: '', prefix: 'For ', suffix: ' Zedong' }, { start: 5, end: 5 })).toEqual({ status: 'orphaned' });
    expect(anchorQuote(TELEGRAM, { exact: ' \n\t', prefix: '', suffix: '' })).toEqual({ status: 'orphaned' });
  });
});
