import { useEffect } from 'react';
import type { Variant, VariantKind } from '../../core/compare/model.js';
import { passageRange } from '../reader/text-dom.js';
import { highlightsSupported as supported } from '../reader/slot-highlights.js';
import { useTextGrowth } from '../reader/text-growth.js';

/** How long a variant jumped to stays marked. */
const FLASH_MS = 1400;

const KINDS: readonly VariantKind[] = ['added', 'removed', 'changed'];
const nameOf = (kind: VariantKind) => `carrel-diff-${kind}`;
const FLASH = 'carrel-diff-flash';

/** A request to mark one variant briefly; `seq` makes a repeated request for the same one new. */
export interface VariantFlash {
  index: number;
  seq: number;
}

/** The static ranges of the non-empty readings of `variants` on one side. */
function rangesOn(article: Element | null, variants: readonly Variant[], side: 'left' | 'right'): StaticRange[] {
  if (!article) return [];
  return variants.flatMap((variant) => {
    const reading = variant[side];
    return reading.start < reading.end ? (passageRange(article, reading.start, reading.end) ?? []) : [];
  });
}

/**
 * Paints the differing words of both sides with the CSS Custom Highlight API, one highlight per kind
 * (`carrel-diff-added`, `-removed`, `-changed`; their rules are in CompareView.css), and flashes a
 * variant jumped to, painting again as the texts grow. The text's DOM is untouched. Each side's article
 * must be a new element whenever its text nodes are laid out again, since ranges are cached per article.
 */
export function useDiffHighlights(left: Element | null, right: Element | null, variants: readonly Variant[], flash: VariantFlash | null): void {
  // A long pair of texts is put on the page in steps: each step brings more of the variants into it.
  const grown = useTextGrowth(left);
  useEffect(() => {
    if (!supported()) return;
    for (const kind of KINDS) {
      const ofKind = variants.filter((variant) => variant.kind === kind);
      const ranges = [...rangesOn(left, ofKind, 'left'), ...rangesOn(right, ofKind, 'right')];
      if (ranges.length === 0) CSS.highlights.delete(nameOf(kind));
      else CSS.highlights.set(nameOf(kind), new Highlight(...ranges));
    }
    // `grown` stands for the text added since: both sides grow together.
  }, [left, right, variants, grown]);

  useEffect(() => {
    const variant = flash === null ? undefined : variants[flash.index];
    if (!supported() || !variant) return;
    const ranges = [...rangesOn(left, [variant], 'left'), ...rangesOn(right, [variant], 'right')];
    const highlight = new Highlight(...ranges);
    highlight.priority = 1;
    CSS.highlights.set(FLASH, highlight);
    const timer = window.setTimeout(() => CSS.highlights.delete(FLASH), FLASH_MS);
    return () => {
      window.clearTimeout(timer);
      CSS.highlights.delete(FLASH);
    };
    // Only a new request flashes; painting again for new switches must not flash the old place.
  }, [flash]);

  // Leaving the compare view takes its paint with it.
  useEffect(
    () => () => {
      if (supported()) for (const name of [...KINDS.map(nameOf), FLASH]) CSS.highlights.delete(name);
    },
    [],
  );
}
