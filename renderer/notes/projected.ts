/**
 * Notes carried over from the document's other transcriptions (listProjectedAnnotations), arranged for
 * the notes panel: one section per transcription they were made on, and those whose passage this
 * transcription does not have.
 */
import type { ProjectedAnnotation } from '../../core/api.js';

/** The notes made on one other transcription that land on this one, in the order they land. */
export interface ProjectedSection {
  witnessId: string;
  /** "the archive record": the transcription's label as it reads inside a sentence. */
  name: string;
  notes: ProjectedAnnotation[];
}

/**
 * A transcription's label as it reads inside a sentence: "Archive record" becomes "the archive record".
 * A label that starts with a name or an acronym ("RGASPI copy") keeps its capitals.
 */
export function witnessName(label: string): string {
  const startsWithWord = /^\p{Lu}\p{Ll}/u.test(label);
  return `the ${startsWithWord ? label.charAt(0).toLowerCase() + label.slice(1) : label}`;
}

/**
 * The landed notes grouped by the transcription they were made on (in the order the store lists them,
 * which is text order here), and the notes that found no passage here. The store's order is kept within each.
 */
export function projectedSections(projected: readonly ProjectedAnnotation[]): { sections: ProjectedSection[]; notFound: ProjectedAnnotation[] } {
  const sections = new Map<string, ProjectedSection>();
  const notFound: ProjectedAnnotation[] = [];
  for (const note of projected) {
    if (note.anchor.status !== 'anchored') {
      notFound.push(note);
      continue;
    }
    const section = sections.get(note.fromWitnessId);
    if (section) section.notes.push(note);
    else sections.set(note.fromWitnessId, { witnessId: note.fromWitnessId, name: witnessName(note.fromWitnessLabel), notes: [note] });
  }
  return { sections: [...sections.values()], notFound };
}

/** An uppercase first letter, for a name that opens a heading or a sentence ("From the archive record"). */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
