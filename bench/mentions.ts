/**
 * Mention detection over a generated 1 MB text with 200 people and 1,000 aliases (issue 5's target is
 * under 50 ms, since it runs on every document open), beside the obvious alternative of one `\b` regular
 * expression per alias. The text and people come from a seeded generator, so every run reads the same.
 */
import { detectMentions, type MentionPerson } from '../core/people/mentions.js';
import { median, ms } from './stats.js';
import { seededRandom } from './random.js';


const SYLLABLES = ['ka', 'mo', 'li', 'ro', 'vy', 'sha', 'te', 'no', 'za', 'pe', 'dro', 'vin', 'lo', 'mi', 'ser', 'gei', 'tov', 'nik', 'ya', 'bo'];
const WORDS = (
  'the of and to in a that is was he for it with as his on be at by had not are but from or have an they which one you were her all ' +
  'she there would their we him been has when who will more no if out so said what up its about into than them can only other new some ' +
  'could time these two may then do first any my now such like our over man me even most made after also did many before must through ' +
  'comrades question proposal telegram conversation decision agreement situation international korean chinese soviet embassy copy'
).split(' ');

type Pick = <T>(items: readonly T[]) => T;

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function nameFrom(pick: Pick, syllables: number): string {
  return capitalised(Array.from({ length: syllables }, () => pick(SYLLABLES)).join(''));
}

/** `count` people with five aliases each: surname, initials, full name, a transliteration and a code-name. */
function generatePeople(pick: Pick, count: number): MentionPerson[] {
  const taken = new Set<string>();
  const unique = (syllables: number): string => {
    for (;;) {
      const name = nameFrom(pick, syllables);
      if (!taken.has(name)) {
        taken.add(name);
        return name;
      }
    }
  };
  return Array.from({ length: count }, (_, i) => {
    const [first, patronymic, surname, codeName] = [nameFrom(pick, 2), `${nameFrom(pick, 2)}ovich`, unique(3), unique(3)];
    return {
      id: `person-${i}`,
      preferredName: `${first} ${surname}`,
      aliases: [
        { name: surname, kind: 'variant' },
        { name: `${first.charAt(0)}. ${patronymic.charAt(0)}. ${surname}`, kind: 'variant' },
        { name: `${first} ${patronymic} ${surname}`, kind: 'variant' },
        { name: `${surname}ii`, kind: 'transliteration' },
        { name: codeName, kind: 'code-name' },
      ],
    };
  });
}

/** About `length` characters of sentences, with a name every 30 words or so in the forms detection meets:
 * bare, possessive, titled, glossed, and a surname inside a longer word that must not match. */
function generateText(pick: Pick, random: () => number, people: readonly MentionPerson[], length: number): string {
  const parts: string[] = [];
  let size = 0;
  const push = (part: string): void => {
    parts.push(part);
    size += part.length + 1;
  };
  while (size < length) {
    const words = 8 + Math.floor(random() * 12);
    for (let i = 0; i < words; i += 1) {
      if (random() < 1 / 30) {
        const names = pick(people).aliases.map((alias) => alias.name);
        const [surname = '', , , , codeName = ''] = names;
        const alias = pick(names);
        push(pick([alias, `${alias}'s`, `Comr. ${alias}`, `${codeName} [${surname}]`, `${surname}grad`]));
      } else {
        push(i === 0 ? capitalised(pick(WORDS)) : pick(WORDS));
      }
    }
    parts[parts.length - 1] += random() < 0.1 ? '.\n\n' : '.';
  }
  return parts.join(' ');
}

/** The baseline: every alias searched for on its own, as a regular expression with word boundaries. */
function countNaively(text: string, people: readonly MentionPerson[]): number {
  let matches = 0;
  for (const person of people) {
    for (const { name } of person.aliases) {
      const pattern = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
      matches += text.match(pattern)?.length ?? 0;
    }
  }
  return matches;
}

function timed<T>(run: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = run();
  return { ms: performance.now() - start, result };
}

/** What one measurement found. */
export interface MentionDetectionFigures {
  textLength: number;
  people: number;
  aliases: number;
  /** Milliseconds per run of detectMentions. */
  detectMs: number[];
  mentions: number;
  /** Milliseconds per run of the one-regex-per-alias baseline. */
  naiveMs: number[];
  naiveMatches: number;
}

/** The bench's input: 200 people with 1,000 aliases, and a text of about 1 MB naming them. */
export function mentionBenchInput(): { text: string; people: MentionPerson[] } {
  const random = seededRandom(5);
  const pick: Pick = (items) => {
    const item = items[Math.floor(random() * items.length)];
    if (item === undefined) throw new Error('nothing to pick from');
    return item;
  };
  const people = generatePeople(pick, 200);
  return { text: generateText(pick, random, people, 1_000_000), people };
}

/** Times `runs` runs of detectMentions and of the baseline over the same generated text and people. */
export function measureMentionDetection(runs: number): MentionDetectionFigures {
  const { text, people } = mentionBenchInput();
  const detect = Array.from({ length: runs }, () => timed(() => detectMentions(text, people)));
  const naive = Array.from({ length: runs }, () => timed(() => countNaively(text, people)));
  return {
    textLength: text.length,
    people: people.length,
    aliases: people.reduce((sum, person) => sum + person.aliases.length, 0),
    detectMs: detect.map((run) => run.ms),
    mentions: detect[0]?.result.length ?? 0,
    naiveMs: naive.map((run) => run.ms),
    naiveMatches: naive[0]?.result ?? 0,
  };
}

/** The lines `npm run bench` prints for one measurement. */
export function mentionDetectionReport(figures: MentionDetectionFigures): string[] {
  const size = `${Math.round(figures.textLength / 1_000_000)} MB text, ${figures.people} people / ${figures.aliases.toLocaleString('en-US')} aliases`;
  const runs = (times: readonly number[]): string => times.map((time) => time.toFixed(0)).join(', ');
  return [
    `Mention detection, ${size}: ${ms(median(figures.detectMs))} median (target < 50 ms); ${figures.mentions} mentions`,
    `  naive baseline, one \\b regular expression per alias: ${ms(median(figures.naiveMs))} median; ${figures.naiveMatches} matches`,
    `  runs: detection [${runs(figures.detectMs)}], baseline [${runs(figures.naiveMs)}]`,
  ];
}
