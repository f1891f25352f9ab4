/**
 * A notes file read whatever tool wrote it: Hypothesis's API JSON, or W3C Web Annotation JSON-LD from
 * any tool (Carrel, Recogito, Apache Annotator...). The one entry point of core/import for the service.
 */
import { readHypothesis, isHypothesisJson } from './hypothesis.js';
import { parseJsonText } from './json-text.js';
import { readW3cAnnotations } from './jsonld.js';
import type { NotesFile } from './records.js';

/**
 * The records of a notes file and what of it cannot arrive. Throws CarrelError('bad-request') for a file
 * that cannot be read as annotations at all (empty, cut off, not JSON, too large, not a collection).
 */
export function readNotesFile(text: string): NotesFile {
  const json = parseJsonText(text);
  return isHypothesisJson(json) ? readHypothesis(json) : readW3cAnnotations(json);
}
