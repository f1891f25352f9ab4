import { useCallback, useMemo } from 'react';
import type { MentionProposal, ProjectedAnnotation } from '../../core/api.js';
import type { NoteOutline } from '../notes/use-annotations.js';
import { intervalIndex, type Interval } from './interval-index.js';
import { shortestInterval } from './shortest-interval.js';

/**
 * What a click in the text landed on: a highlight (its card opens), a note from another transcription
 * (its card opens), or a proposed mention (its proposal shows).
 */
export type TextHit =
  | { kind: 'annotation'; annotation: NoteOutline }
  | { kind: 'projected'; note: ProjectedAnnotation }
  | { kind: 'mention'; mention: MentionProposal };

/**
 * What is painted at an offset of the text, the innermost first: a proposed mention inside a highlight is
 * the smaller target. On a tie the reader's own note comes first, then the mention, then a note from
 * another transcription.
 */
export function useTextHits(
  annotations: readonly NoteOutline[],
  projected: readonly ProjectedAnnotation[],
  mentions: readonly MentionProposal[],
): (offset: number) => TextHit | undefined {
  const index = useMemo(
    () =>
      intervalIndex(
        annotations.flatMap((annotation) => (annotation.anchor.status === 'anchored' ? [{ annotation, start: annotation.anchor.start, end: annotation.anchor.end }] : [])),
      ),
    [annotations],
  );
  const projectedIndex = useMemo(
    () => intervalIndex(projected.flatMap((note) => (note.anchor.status === 'anchored' ? [{ note, start: note.anchor.start, end: note.anchor.end }] : []))),
    [projected],
  );
  const mentionIndex = useMemo(() => intervalIndex(mentions.filter((mention) => mention.status === 'proposed')), [mentions]);

  return useCallback(
    (offset: number): TextHit | undefined => {
      const annotation = index.innermost(offset);
      const mention = mentionIndex.innermost(offset);
      const note = projectedIndex.innermost(offset);
      return shortestInterval<Interval & { hit: TextHit }>(
        annotation && { start: annotation.start, end: annotation.end, hit: { kind: 'annotation', annotation: annotation.annotation } },
        mention && { start: mention.start, end: mention.end, hit: { kind: 'mention', mention } },
        note && { start: note.start, end: note.end, hit: { kind: 'projected', note: note.note } },
      )?.hit;
    },
    [index, mentionIndex, projectedIndex],
  );
}
