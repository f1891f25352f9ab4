import type { Annotation } from '../../core/annotation/model.js';

/**
 * True for an annotation that tags people and is nothing more (an accepted mention, a tag by hand): it is
 * painted as its person's underline and carded in its person's colour, not as a highlight of a colour.
 */
export function isPersonTag(annotation: Pick<Annotation, 'motivation' | 'people'>): boolean {
  return annotation.motivation === 'identifying' && annotation.people.length > 0;
}
