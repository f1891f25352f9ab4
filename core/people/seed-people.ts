/**
 * The people the registry starts with: the four the seed telegram names. Data only; the store gives them
 * their ids when it seeds a new data folder.
 */
import type { Person } from './model.js';

/** A person before the store has given it an id. */
export type SeedPerson = Omit<Person, 'id'>;

/**
 * Stalin, Mao Zedong, Vyshinsky and Molotov. Authorities are given only where they are certain (Wikidata
 * for Stalin and Mao); the others stay empty rather than guessed. Colours are mid-tones that keep at
 * least 3.5:1 against both the light and the dark paper, so an underline reads in either theme.
 */
export const SEED_PEOPLE: readonly SeedPerson[] = [
  {
    preferredName: 'Joseph Stalin',
    aliases: [
      { name: 'Stalin', kind: 'variant' },
      { name: 'Iosif Stalin', kind: 'variant' },
      { name: 'Iosif Vissarionovich Stalin', kind: 'variant' },
      { name: 'J. V. Stalin', kind: 'variant' },
      { name: 'I. V. Stalin', kind: 'variant' },
      // The name he signed his 1950 cables to Mao with.
      { name: 'Filippov', kind: 'code-name' },
    ],
    lifeDates: '1878–1953',
    description: 'Leader of the Soviet Union from the late 1920s until his death; signed his 1950 cables to Mao Zedong as “Filippov”.',
    authorities: ['https://www.wikidata.org/wiki/Q855'],
    colour: '#c0583f',
  },
  {
    preferredName: 'Mao Zedong',
    aliases: [
      { name: 'Mao', kind: 'variant' },
      { name: 'Mao Tse-tung', kind: 'transliteration' },
      { name: 'Mao Tsetung', kind: 'transliteration' },
    ],
    lifeDates: '1893–1976',
    description: 'Chairman of the Chinese Communist Party; leader of the People’s Republic of China from its founding in 1949.',
    authorities: ['https://www.wikidata.org/wiki/Q5816'],
    colour: '#2f8a9a',
  },
  {
    preferredName: 'Andrey Vyshinsky',
    aliases: [
      { name: 'Vyshinsky', kind: 'variant' },
      { name: 'A. Ya. Vyshinsky', kind: 'variant' },
      { name: 'Andrey Yanuaryevich Vyshinsky', kind: 'variant' },
      { name: 'Andrei Vyshinsky', kind: 'transliteration' },
      { name: 'Vyshinskii', kind: 'transliteration' },
    ],
    lifeDates: '1883–1954',
    description: 'Soviet Minister of Foreign Affairs from 1949 to 1953; earlier the prosecutor of the Moscow show trials.',
    authorities: [],
    colour: '#8d72c4',
  },
  {
    preferredName: 'Vyacheslav Molotov',
    aliases: [
      { name: 'Molotov', kind: 'variant' },
      { name: 'V. M. Molotov', kind: 'variant' },
      { name: 'Vyacheslav Mikhailovich Molotov', kind: 'variant' },
    ],
    lifeDates: '1890–1986',
    description: 'Soviet Minister of Foreign Affairs (1939–1949, 1953–1956) and a deputy head of the Soviet government.',
    authorities: [],
    colour: '#5a8f4a',
  },
];
