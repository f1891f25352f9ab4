/**
 * Notes across transcriptions: the passage annotations made on a document's other witnesses, each
 * anchored on its own witness and then projected onto this one (core/anchoring/project.ts), flagged
 * where the two transcriptions read the passage differently.
 *
 * Person tags (identifying annotations) stay on their own transcription: mentions are detected and
 * accepted on each one, so a projected tag would show a second copy of a tag the reader decides on here.
 */
import { createHash } from 'node:crypto';
import type { CarrelService, ProjectedAnnotation } from '../../core/api.js';
import { projectPassage, transcriptionForms, type Projection, type TranscriptionForms } from '../../core/anchoring/project.js';
import { annotationsOfWitness } from '../repositories/annotations.js';
import { documentOfWitness, witnessById, witnessesOfDocument } from '../repositories/witnesses.js';
import type { ServiceContext } from './context.js';
import { noWitness } from './not-found.js';
import { anchoredIn, inTextOrder } from './passages.js';

/** A witness's text, its forms for comparison, and a key that changes whenever its text does. */
interface ReadWitness {
  documentId: string;
  text: string;
  forms: TranscriptionForms;
  key: string;
}

/**
 * Projections remembered, at most this many: a projection that misses the exact text costs milliseconds
 * (an approximate search), and the notes panel asks again at every switch of transcription.
 */
const MAX_REMEMBERED = 50_000;

/** listProjectedAnnotations. An unknown witness fails with CarrelError('not-found'). */
export function projectionService({ store }: ServiceContext): Pick<CarrelService, 'listProjectedAnnotations'> {
  const { db } = store;
  // A projection is a function of the two texts and the passage alone: keyed by those, never stale.
  const remembered = new Map<string, Projection>();
  const forms = new Map<string, ReadWitness>();

  /** The witness with its forms, built once per version of its text. */
  const readWitness = (witnessId: string): ReadWitness => {
    const witness = witnessById(db, witnessId);
    if (!witness) throw noWitness(witnessId);
    const key = `${witnessId}:${createHash('sha1').update(witness.text).digest('base64')}`;
    const known = forms.get(witnessId);
    if (known?.key === key) return known;
    const read = { documentId: witness.documentId, text: witness.text, forms: transcriptionForms(witness.text, witness.marks), key };
    forms.set(witnessId, read);
    return read;
  };

  const project = (there: ReadWitness, here: ReadWitness, start: number, end: number): Projection => {
    const key = `${there.key}|${here.key}|${start}|${end}`;
    let projection = remembered.get(key);
    if (projection === undefined) {
      if (remembered.size >= MAX_REMEMBERED) remembered.clear();
      projection = projectPassage(there.forms, here.forms, start, end);
      remembered.set(key, projection);
    }
    return projection;
  };

  return {
    listProjectedAnnotations: ({ witnessId }) => {
      const documentId = documentOfWitness(db, witnessId);
      if (documentId === undefined) throw noWitness(witnessId);
      // Its forms only when there is something to project: on a long text they take the host hundreds of
      // milliseconds, which would hold up the calls behind this one while the text opens.
      let here: ReadWitness | undefined;
      const projected: ProjectedAnnotation[] = [];
      for (const other of witnessesOfDocument(db, documentId)) {
        if (other.id === witnessId) continue;
        const annotations = annotationsOfWitness(db, other.id).filter((annotation) => annotation.motivation !== 'identifying');
        if (annotations.length === 0) continue;
        here ??= readWitness(witnessId);
        const there = readWitness(other.id);
        for (const annotation of annotations) {
          const anchored = anchoredIn(there.text, annotation);
          const home = anchored.anchor;
          const { anchor, differs } = home.status === 'anchored' ? project(there, here, home.start, home.end) : { anchor: home, differs: false };
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
