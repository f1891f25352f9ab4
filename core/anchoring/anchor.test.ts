import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorQuote } from './anchor.js';
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
