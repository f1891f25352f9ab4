/**
 * `carrel mentions FILE`: the mentions of registry people in any UTF-8 text file, without storing it.
 * The file is parsed as a witness, so offsets are those of the reading text the reader shows.
 */
import type { PersonSummary } from '../../core/api.js';
import { detectMentions } from '../../core/people/mentions.js';
import { parseWitnessBytes } from '../../core/witness/parse.js';
import { readInputFile } from '../read-input.js';

/** Detects and formats the mentions in `file`: tab-separated lines, or JSON with `json`. */
export async function mentionsInFile(file: string, people: readonly PersonSummary[], json: boolean): Promise<string> {
  const { text } = parseWitnessBytes(await readInputFile(file));
  const names = new Map(people.map((person) => [person.id, person.preferredName]));
  const mentions = detectMentions(text, people).map((mention) => ({ person: names.get(mention.personId) ?? mention.personId, ...mention }));
  if (json) return JSON.stringify(mentions, null, 2);
  if (mentions.length === 0) return `No mentions of people in the registry in ${file}.`;
  return mentions.map((m) => [m.person, m.start, m.end, m.text].join('\t')).join('\n');
}
