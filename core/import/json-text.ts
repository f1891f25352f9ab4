/**
 * Reading a notes file as JSON, with a message that says what is wrong: a file cut off in the middle
 * (the usual fate of an interrupted copy) is told apart from one that was never JSON.
 */
import { MAX_IMPORT_LENGTH } from '../api.js';
import { CarrelError } from '../errors.js';

/** The file's JSON value; throws CarrelError('bad-request') for an empty, oversized, cut-off or non-JSON file. */
export function parseJsonText(text: string): unknown {
  if (text.length > MAX_IMPORT_LENGTH) throw new CarrelError('bad-request', `This file is too large to import (over ${MAX_IMPORT_LENGTH / 1_000_000} MB).`);
  // Tests and slices rather than replace() and trim(), which would copy a 50 MB text to look at its ends.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!/\S/u.test(body)) throw new CarrelError('bad-request', 'This file is empty: there are no annotations in it.');
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    const open = unclosed(body);
    if (open) {
      throw new CarrelError('bad-request', `This file is not complete JSON: it ends in the middle of ${open}. Was it cut off while copying or downloading?`);
    }
    throw new CarrelError('bad-request', `This file is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * What the text leaves open at its end (a string, an object, a list), or undefined when everything
 * opened is closed. A scan rather than the parser's message, which differs between JavaScript engines.
 */
function unclosed(text: string): string | undefined {
  if (!/^\s*[[{]/u.test(text)) return undefined;
  const stack: string[] = [];
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') stack.push(char);
    else if (char === '}' || char === ']') stack.pop();
  }
  if (inString) return 'a string';
  const last = stack.at(-1);
  return last === undefined ? undefined : last === '{' ? 'an object' : 'a list';
}
