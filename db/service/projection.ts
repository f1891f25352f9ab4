/**
 * Notes across transcriptions: the passage annotations made on a document's other witnesses, each
 * anchored on its own witness and then projected onto this one (core/anchoring/project.ts), flagged
 * where the two transcriptions read the passage differently.
 *
 * Person tags (identifying annotations) stay on their own transcription: mentions are detected and
 * accepted on each one, so a projected tag would show a second copy of a tag the reader decides on here.
 */
import type { CarrelService, ProjectedAnnotation } from '../../core/api.js';
import { projectPassage, readingForm, type ReadingForm } from '../../core/anchoring/project.js';
import { annotationsOfWitness } from '../repositories/annotations.js';
import type { Db } from '../repositories/prepared.js';
import { witnessById, witnessesOfDocument } from '../repositories/witnesses.js';
import type { ServiceContext } from './context.js';
import { noWitness } from './not-found.js';
import { anchoredIn, inTextOrder } from './passages.js';

/** A witness's text in the comparison's form, and its own text, each read once per call. */
interface ReadWitness {
  text: string;
  form: ReadingForm;
}

/** listProjectedAnnotations. An unknown witness fails with CarrelError('not-found'). */
export function projectionService({ store }: ServiceContext): Pick<CarrelService, 'listProjectedAnnotations'> {
  const { db } = store;
  return {
    listProjectedAnnotations: ({ witnessId }) => {
      const here = readWitness(db, witnessId);
      const projected: ProjectedAnnotation[] = [];
      for (const other of witnessesOfDocument(db, here.documentId)) {
        if (other.id === witnessId) continue;
        const annotations = annotationsOfWitness(db, other.id).filter((annotation) => annotation.motivation !== 'identifying');
        if (annotations.length === 0) continue;
        const there = readWitness(db, other.id);
        for (const annotation of annotations) {
          const anchored = anchoredIn(there.text, annotation);
          const home = anchored.anchor;
          const { anchor, differs } =
            home.status === 'anchored' ? projectPassage(there.form, here.form, home.start, home.end) : { anchor: home, differs: false };
          projected.push({
            annotation: anchored,
            fromWitnessId: other.id,
            fromWitnessLabel: other.label,
            anchor,
            ...(differs && home.status === 'anchored' && { otherReading: there.text.slice(home.start, home.end) }),
          });
        }
      }
      return projected.sort((a, b) => inTextOrder({ ...a.annotation, anchor: a.anchor }, { ...b.annotation, anchor: b.anchor }));
    },
  };
}

/** The witness's text, its comparison form (its markup left out) and its document; CarrelError('not-found') when unknown. */
function readWitness(db: Db, witnessId: string): ReadWitness & { documentId: string } {
  const witness = witnessById(db, witnessId);
  if (!witness) throw noWitness(witnessId);
  const markup = witness.marks.filter((mark) => mark.kind === 'markup');
  return { documentId: witness.documentId, text: witness.text, form: readingForm(witness.text, markup) };
}
