/**
 * A notes file read whatever tool wrote it: Hypothesis's API JSON, or W3C Web Annotation JSON-LD from
 * any tool (Carrel, Recogito, Apache Annotator...). The one entry point of core/import for the service.
 */
import { readHypothesis, isHypothesisJson } from './hypothesis.js';
import { parseJsonText } from './json-text.js';
import { fileIsIntact, readW3cAnnotations } from './jsonld.js';
import { CarrelError } from '../errors.js';
import { nestedDeeperThan } from '../security/input-shape.js';
import type { NotesFile } from './records.js';

/** Deeper than any notes format nests (a W3C collection's selectors go about a dozen levels); more is refused unwalked. */
const MAX_DEPTH = 64;

/**
 * The records of a notes file and what of it cannot arrive. Throws CarrelError('bad-request') for a file
 * that cannot be read as annotations at all (empty, cut off, not JSON, too large, too deep, not a collection).
 */
export function readNotesFile(text: string): NotesFile {
  const json = parseJsonText(text);
  if (nestedDeeperThan(json, MAX_DEPTH)) {
    throw new CarrelError('bad-request', `This file nests its values more than ${MAX_DEPTH} levels deep, deeper than any notes format goes, so it was not read.`);
  }
  const intact = fileIsIntact(text);
  return isHypothesisJson(json) ? readHypothesis(json, intact) : readW3cAnnotations(json, intact);
}
