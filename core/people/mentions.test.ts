import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWitnessBytes } from '../witness/parse.js';
import { detectMentions } from './mentions.js';
import type { Mention } from './model.js';
import { personNamed, SEEDED } from './testing/people.js';

const seedText = (name: string): string => parseWitnessBytes(readFileSync(new URL(`../../assets/telegram/${name}`, import.meta.url))).text;

/** The mention of `personId` over `name`, found inside `phrase`, which occurs once in `text`. */
function at(text: string, phrase: string, name: string, personId: string): Mention {
  const phraseStart = text.indexOf(phrase);
  if (phraseStart < 0 || text.lastIndexOf(phrase) !== phraseStart) throw new Error(`${JSON.stringify(phrase)} is not in the text exactly once`);
  const offset = phrase.indexOf(name);
  if (offset < 0) throw new Error(`${JSON.stringify(name)} is not in ${JSON.stringify(phrase)}`);
  return { personId, start: phraseStart + offset, end: phraseStart + offset + name.length, text: name };
}

/** How many mentions each person has. */
function counts(mentions: readonly Mention[]): Record<string, number> {
  const byPerson: Record<string, number> = {};
  for (const { personId } of mentions) byPerson[personId] = (byPerson[personId] ?? 0) + 1;
  return byPerson;
}

/** [person, words] for each mention of the seed people in `text`. */
const found = (text: string): [string, string][] => detectMentions(text, SEEDED).map((mention) => [mention.personId, mention.text]);

describe('detectMentions on the archive record witness (000)', () => {
  const text = seedText('000_f2d2cbb9f3cdde5d.txt');
  const mentions = detectMentions(text, SEEDED);

  it('finds every mention of the four people at its exact place', () => {
    expect(mentions).toEqual([
      at(text, '**Cable from Vyshinsky', 'Vyshinsky', 'vyshinsky'),
      at(text, '**Cable from Vyshinsky to Mao Zedong', 'Mao Zedong', 'mao'),
      at(text, "Relaying Stalin's\nStance", 'Stalin', 'stalin'),
      at(text, '“Cable from Vyshinsky', 'Vyshinsky', 'vyshinsky'),
      at(text, '“Cable from Vyshinsky to Mao Zedong', 'Mao Zedong', 'mao'),
      at(text, "Relaying Stalin's Stance", 'Stalin', 'stalin'),
      at(text, "contains Stalin's personal", 'Stalin', 'stalin'),
      at(text, "to Mao's 13 May", 'Mao', 'mao'),
      at(text, 'code-name “Filippov,”', 'Filippov', 'stalin'),
      at(text, 'Filippov,” Stalin confirms', 'Stalin', 'stalin'),
      at(text, 'For Mao Zedong.', 'Mao Zedong', 'mao'),
      at(text, '“Comr. Mao Zedong!', 'Mao Zedong', 'mao'),
      at(text, 'Filippov [Stalin] and his friends', 'Filippov [Stalin]', 'stalin'),
      at(text, '\nFilippov.”', 'Filippov', 'stalin'),
      at(text, '\nVYSHINSKY\n', 'VYSHINSKY', 'vyshinsky'),
      at(text, '1. Comr. Stalin', 'Stalin', 'stalin'),
      at(text, '2. Comr. Molotov', 'Molotov', 'molotov'),
      at(text, '3. Comr. Vyshinsky', 'Vyshinsky', 'vyshinsky'),
    ]);
  });

  it('counts eight mentions of Stalin, five of Mao, four of Vyshinsky and one of Molotov', () => {
    expect(counts(mentions)).toEqual({ stalin: 8, mao: 5, vyshinsky: 4, molotov: 1 });
  });
});

describe('detectMentions on the web page witness (001)', () => {
  const text = seedText('001_8ff2a0690ef0c10c.txt');
  const mentions = detectMentions(text, SEEDED);

  it('finds every mention of the four people at its exact place', () => {
    expect(mentions).toEqual([
      at(text, 'No. 8600, Vyshinsky to Mao Zedong', 'Vyshinsky', 'vyshinsky'),
      at(text, 'No. 8600, Vyshinsky to Mao Zedong', 'Mao Zedong', 'mao'),
      at(text, 'For Mao Zedong.', 'Mao Zedong', 'mao'),
      at(text, '“Cde. Mao Zedong!', 'Mao Zedong', 'mao'),
      at(text, 'Filippov [Stalin] and his friends', 'Filippov [Stalin]', 'stalin'),
      at(text, 'Filippov [Stalin].”', 'Filippov [Stalin]', 'stalin'),
      at(text, '1. Comr. Stalin', 'Stalin', 'stalin'),
      at(text, '2. Comr. Molotov', 'Molotov', 'molotov'),
      at(text, '3. Comr. Vyshinsky', 'Vyshinsky', 'vyshinsky'),
      at(text, 'contains Stalin’s personal', 'Stalin', 'stalin'),
      at(text, "to Mao's 13 May", 'Mao', 'mao'),
      at(text, 'code-name “Filippov,”', 'Filippov', 'stalin'),
      at(text, 'Filippov,” Stalin confirms', 'Stalin', 'stalin'),
    ]);
  });

  it('counts six mentions of Stalin, four of Mao, two of Vyshinsky and one of Molotov', () => {
    expect(counts(mentions)).toEqual({ stalin: 6, mao: 4, vyshinsky: 2, molotov: 1 });
  });
});

describe('detectMentions on the traps', () => {
  it('never finds a name inside a longer word', () => {
    expect(found('Stalingrad, Molotovsk, Filippovich, Maoist thought, Vyshinskyite')).toEqual([]);
  });

  it('keeps a possessive outside the span, with straight or curly apostrophes', () => {
    const text = "Stalin's reply, Stalin’s cable, the Stalins' dacha, Vyshinsky’s note";
    expect(detectMentions(text, SEEDED)).toEqual([
      at(text, "Stalin's reply", 'Stalin', 'stalin'),
      at(text, 'Stalin’s cable', 'Stalin', 'stalin'),
      at(text, "Stalins' dacha", 'Stalins', 'stalin'),
      at(text, 'Vyshinsky’s note', 'Vyshinsky', 'vyshinsky'),
    ]);
  });

  it('counts a titled name but leaves the title outside the span', () => {
    const text = 'Comr. Stalin, Cde. Mao Zedong, comrade Molotov and Comrade Vyshinsky';
    expect(detectMentions(text, SEEDED)).toEqual([
      at(text, 'Comr. Stalin', 'Stalin', 'stalin'),
      at(text, 'Cde. Mao Zedong', 'Mao Zedong', 'mao'),
      at(text, 'comrade Molotov', 'Molotov', 'molotov'),
      at(text, 'Comrade Vyshinsky', 'Vyshinsky', 'vyshinsky'),
    ]);
  });

  it('joins initials before a surname into one mention, however they are spaced', () => {
    expect(found('V. M. Molotov; V.M. Molotov; A. Ya. Vyshinsky; A.Ya.Vyshinsky; I. V. Stalin')).toEqual([
      ['molotov', 'V. M. Molotov'],
      ['molotov', 'V.M. Molotov'],
      ['vyshinsky', 'A. Ya. Vyshinsky'],
      ['vyshinsky', 'A.Ya.Vyshinsky'],
      ['stalin', 'I. V. Stalin'],
    ]);
  });

  it('does not take a title such as "Mr." or "Comr." for an initial', () => {
    expect(found('Mr. Molotov met Comr. Stalin and Dr. Vyshinsky')).toEqual([
      ['molotov', 'Molotov'],
      ['stalin', 'Stalin'],
      ['vyshinsky', 'Vyshinsky'],
    ]);
  });

  it('prefers the longest alias at one place', () => {
    expect(found('Mao Zedong, Mao Tse-tung, Mao Tsetung, Mao alone, Iosif Vissarionovich Stalin')).toEqual([
      ['mao', 'Mao Zedong'],
      ['mao', 'Mao Tse-tung'],
      ['mao', 'Mao Tsetung'],
      ['mao', 'Mao'],
      ['stalin', 'Iosif Vissarionovich Stalin'],
    ]);
  });

  it('reads a no-break space or one wrapped line inside a name as a space, but not a blank line', () => {
    expect(found('Mao\u00a0Zedong and Mao\nZedong but Mao\n\nZedong')).toEqual([
      ['mao', 'Mao\u00a0Zedong'],
      ['mao', 'Mao\nZedong'],
      ['mao', 'Mao'],
    ]);
  });

  it('reads an editorial gloss as one mention of the person the gloss names', () => {
    expect(found('Filippov [Stalin] wrote; Molotov [Stalin] signed; X [Stalin] agreed')).toEqual([
      ['stalin', 'Filippov [Stalin]'],
      ['stalin', 'Molotov [Stalin]'],
      ['stalin', 'Stalin'],
    ]);
  });

  it('matches a name written in capitals, but not in lower case', () => {
    expect(found('MOLOTOV and MAO ZEDONG, not mao or molotov or mAO')).toEqual([
      ['molotov', 'MOLOTOV'],
      ['mao', 'MAO ZEDONG'],
    ]);
  });

  it('finds no one inside a transliteration in [* *]', () => {
    expect(found('the comrades [*Molotov i Stalin*] and Molotov')).toEqual([['molotov', 'Molotov']]);
  });

  it('finds names in non-Latin scripts and beside letters outside the BMP', () => {
    const people = [personNamed('stalin-ru', 'Сталин')];
    expect(detectMentions('Товарищ Сталин, Сталинград, 𝐀Сталин', people).map((mention) => mention.text)).toEqual(['Сталин']);
  });

  it('gives an alias two people share to the one whose preferred name it is', () => {
    const people = [...SEEDED, personNamed('filippov', 'Filippov')];
    expect(found('Filippov')).toEqual([['stalin', 'Filippov']]);
    expect(detectMentions('Filippov', people).map((mention) => mention.personId)).toEqual(['filippov']);
  });

  it('offers a truly shared alias to each of its people over the same span', () => {
    const people = [...SEEDED, personNamed('anying', 'Mao Anying', 'Mao')];
    expect(detectMentions("Mao's son", people)).toEqual([
      { personId: 'mao', start: 0, end: 3, text: 'Mao' },
      { personId: 'anying', start: 0, end: 3, text: 'Mao' },
    ]);
  });

  it('prefers an alias written in capitals over another alias put in capitals', () => {
    const people = [...SEEDED, personNamed('mao-org', 'Ministry of Agriculture', 'MAO')];
    expect(detectMentions('the MAO report', people).map((mention) => mention.personId)).toEqual(['mao-org']);
  });
});

/** True when the code point at `index` (or just before it) is a letter, mark or digit. */
const isWordAt = (text: string, index: number): boolean => /^[\p{L}\p{M}\p{N}]/u.test(text.slice(index));
const isWordBefore = (text: string, index: number): boolean => /[\p{L}\p{M}\p{N}]$/u.test(text.slice(0, index));

/** Texts made of names, near-names, traps and the characters that sit around names. */
const trapText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'Stalin', 'Stalingrad', 'Filippov', '[Stalin]', 'Mao', 'Zedong', 'Mao Zedong', 'Mao Tse-tung', 'J. V. Stalin', 'Maoist', 'x', 'V.', 'M.', 'Ya.', 'A.', 'Molotov', 'Molotovsk',
        'Vyshinsky', 'VYSHINSKY', 'mao', 's', "'", '’', '[*', '*]', '[', ']', ' ', '\u00a0', '\n', '\n\n', '.', ',', '-', 'é', '\u0301', '𝐀', 'Comr.',
      ),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('detectMentions, for any text', () => {
  it('never starts or ends a span inside a word, and never overlaps two spans', () => {
    fc.assert(
      fc.property(trapText, (text) => {
        const mentions = detectMentions(text, SEEDED);
        mentions.forEach((mention, i) => {
          expect(mention.text).toBe(text.slice(mention.start, mention.end));
          expect(mention.start).toBeLessThan(mention.end);
          expect(isWordBefore(text, mention.start) && isWordAt(text, mention.start)).toBe(false);
          expect(isWordBefore(text, mention.end) && isWordAt(text, mention.end)).toBe(false);
          expect(mention.start).toBeGreaterThanOrEqual(mentions[i - 1]?.end ?? 0);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('gives a shared alias spans that are either the same or apart', () => {
    const people = [...SEEDED, personNamed('anying', 'Mao Anying', 'Mao', 'Stalin')];
    fc.assert(
      fc.property(trapText, (text) => {
        const spans = [...new Set(detectMentions(text, people).map((mention) => `${mention.start}:${mention.end}`))].map((span) => span.split(':').map(Number));
        spans.forEach((span, i) => expect(span[0]).toBeGreaterThanOrEqual(spans[i - 1]?.[1] ?? 0));
      }),
      { numRuns: 300 },
    );
  });
});
