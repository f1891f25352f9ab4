import type { Block } from '../../core/document/model.js';
import { lightMarkup, readsLightMarkup } from '../../core/document/light-markup.js';
import type { Span } from './inline-tree.js';

/**
 * A block's autolinks (`<http://…>`) as marks: `link` over the address and `markup` over each angle
 * bracket. Read from the text as it is shown rather than stored with the witness, so that the telegram
 * in a store imported before links were read shows its links too.
 */
export function linkMarks(text: string, block: Pick<Block, 'start' | 'end'>): Span[] {
  const body = text.slice(block.start, block.end);
  if (!readsLightMarkup(body) || !body.includes('<http')) return [];
  return lightMarkup(body).flatMap((segment) => {
    if (segment.kind !== 'link') return [];
    const start = block.start + segment.start;
    const end = block.start + segment.end;
    return [
      { kind: 'markup', start: start - 1, end: start },
      { kind: 'link', start, end },
      { kind: 'markup', start: end, end: end + 1 },
    ] satisfies Span[];
  });
}
