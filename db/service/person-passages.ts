/**
 * A person's passages across the library: every annotation tagged with them, with the words around it
 * as the witness reads now, for the people panel.
 */
import type { CarrelService, PersonPassage } from '../../core/api.js';
import type { Annotation, AnnotationTarget } from '../../core/annotation/model.js';
import { splitsPair } from '../../core/anchoring/surrogates.js';
import { annotationsTaggedWith } from '../repositories/annotations.js';
import { allDocuments } from '../repositories/documents.js';
import { personExists } from '../repositories/people.js';
import type { Db } from '../repositories/prepared.js';
import { readingTextOf, witnessesOfDocument } from '../repositories/witnesses.js';
import type { ServiceContext } from './context.js';
import { noPerson } from './not-found.js';
import { anchoredIn } from './passages.js';

/** About a line of the panel on each side of the quote. */
const CONTEXT_UNITS = 60;

interface WitnessPlace {
  label: string;
  position: number;
  text: string;
}

interface Placed {
  passage: PersonPassage;
  documentIndex: number;
  witnessPosition: number;
  /** Where the quote starts now; orphans sort after, by where they were. */
  at: number;
  created: string;
}

/** personPassages. An unknown person fails with CarrelError('not-found'). */
export function personPassagesService({ store }: ServiceContext): Pick<CarrelService, 'personPassages'> {
  const { db } = store;
  return {
    personPassages: ({ personId }) => {
      if (!personExists(db, personId)) throw noPerson(personId);
      const documents = allDocuments(db);
      const documentIndex = new Map(documents.map((document, index) => [document.id, index]));
      const titles = new Map(documents.map((document) => [document.id, document.title]));
      const witnesses = witnessPlaces(db);
      const placed: Placed[] = [];
      for (const annotation of annotationsTaggedWith(db, personId)) {
        // A note on a whole document has no passage to show.
        const { target } = annotation;
        const witness = target && witnesses(target.witnessId, annotation.documentId);
        if (!target || !witness) continue;
        placed.push({
          passage: passageOf(annotation, target, witness, titles.get(annotation.documentId) ?? ''),
          documentIndex: documentIndex.get(annotation.documentId) ?? documents.length,
          witnessPosition: witness.position,
          at: anchorStart(witness.text, annotation),
          created: annotation.created,
        });
      }
      return placed
        .sort((a, b) => a.documentIndex - b.documentIndex || a.witnessPosition - b.witnessPosition || a.at - b.at || a.created.localeCompare(b.created))
        .map(({ passage }) => passage);
    },
  };
}

/** Looks up witnesses by id, reading each document's witnesses and each text once. */
function witnessPlaces(db: Db): (witnessId: string, documentId: string) => WitnessPlace | undefined {
  const places = new Map<string, WitnessPlace | undefined>();
  return (witnessId, documentId) => {
    if (!places.has(witnessId)) {
      for (const header of witnessesOfDocument(db, documentId)) {
        const text = readingTextOf(db, header.id)?.text ?? '';
        places.set(header.id, { label: header.label, position: header.position, text });
      }
    }
    return places.get(witnessId);
  };
}

function anchorStart(text: string, annotation: Annotation): number {
  const { anchor } = anchoredIn(text, annotation);
  return anchor.status === 'anchored' ? anchor.start : Number.MAX_SAFE_INTEGER;
}

/** The passage where it lands now with its surroundings; an orphan with the quote and context it was stored with. */
function passageOf(annotation: Annotation, target: AnnotationTarget, witness: WitnessPlace, documentTitle: string): PersonPassage {
  const where = {
    annotationId: annotation.id,
    documentId: annotation.documentId,
    documentTitle,
    witnessId: target.witnessId,
    witnessLabel: witness.label,
  };
  const { anchor } = anchoredIn(witness.text, annotation);
  if (anchor.status !== 'anchored') {
    return { ...where, before: target.quote.prefix, quote: target.quote.exact, after: target.quote.suffix, orphaned: true };
  }
  const { text } = witness;
  return {
    ...where,
    before: text.slice(contextStart(text, anchor.start), anchor.start),
    quote: text.slice(anchor.start, anchor.end),
    after: text.slice(anchor.end, contextEnd(text, anchor.end)),
    orphaned: false,
  };
}

const SPACE = /\s/u;

/** Where the context before `start` begins: about CONTEXT_UNITS back, moved on to the start of a word if it cuts one. */
function contextStart(text: string, start: number): number {
  const from = Math.max(0, start - CONTEXT_UNITS);
  for (let at = from; at > 0 && at < start; at += 1) {
    if (SPACE.test(text.charAt(at - 1))) return at;
  }
  return splitsPair(text, from) ? from + 1 : from;
}

/** Where the context after `end` stops: about CONTEXT_UNITS on, moved back to the end of a word if it cuts one. */
function contextEnd(text: string, end: number): number {
  const to = Math.min(text.length, end + CONTEXT_UNITS);
  for (let at = to; at < text.length && at > end; at -= 1) {
    if (SPACE.test(text.charAt(at))) return at;
  }
  return splitsPair(text, to) ? to - 1 : to;
}
