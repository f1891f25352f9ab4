import { useCallback, useEffect, useMemo, useState } from 'react';
import { foldText } from '../../core/search/fold.js';
import { findAnyOf, shownReadingText, type MatchOf } from './find-in-text.js';
import { useTextGrowth, whenWholeText } from './text-growth.js';
import { articleRuns, passageRange, scrollToPassage } from './text-dom.js';
import { highlightsSupported as supported } from './slot-highlights.js';

const MATCHES = 'carrel-find';
const CURRENT = 'carrel-find-current';

/** Above every annotation's paint: a match is what the reader is looking for now. */
const PRIORITY = 1000;

/** The matches of a query in the open transcription, and which one the reader is on. */
export interface FindState {
  matches: MatchOf[];
  /** Index of the current match in `matches` (0 when there are none). */
  current: number;
  /** Moves to the next match (1) or the previous one (-1), round from the last to the first and back. */
  step: (by: 1 | -1) => void;
}

/**
 * Finds `queries` (what was typed, then any other names of the person it names) in the article's reading text (case and accents folded), paints every match and, more
 * strongly, the current one (carrel-find, carrel-find-current in Highlights.css), and scrolls the current
 * one into view. A new query starts again from the first match; `active` false takes the paint away.
 */
export function useFind(article: Element | null, queries: readonly string[], active: boolean): FindState {
  // Read and folded once the bar is open (not while the text opens), then kept however many queries are
  // typed; read again only as a long text grows onto the page, whose rest the bar asks for at once.
  const grown = useTextGrowth(article);
  const folded = useMemo(() => (article && active ? foldText(shownReadingText(articleRuns(article))) : null), [article, active, grown]);
  useEffect(() => {
    if (article && active) whenWholeText(article, () => undefined);
  }, [article, active]);
  const matches = useMemo(() => (folded && active ? findAnyOf(folded, queries) : []), [folded, queries, active]);
  const [position, setPosition] = useState({ matches, current: 0 });
  // A new list of matches (another query, another transcription) starts at its first.
  const current = position.matches === matches ? position.current : 0;

  const step = useCallback(
    (by: 1 | -1) => {
      if (matches.length === 0) return;
      setPosition({ matches, current: (current + by + matches.length) % matches.length });
    },
    [matches, current],
  );

  useEffect(() => {
    if (!supported() || !article) return;
    const ranges = matches.flatMap((match) => passageRange(article, match.start, match.end) ?? []);
    if (ranges.length === 0) return;
    CSS.highlights.set(MATCHES, Object.assign(new Highlight(...ranges), { priority: PRIORITY }));
    const shown = matches[current];
    const range = shown && passageRange(article, shown.start, shown.end);
    if (range) CSS.highlights.set(CURRENT, Object.assign(new Highlight(range), { priority: PRIORITY + 1 }));
    if (shown) scrollToPassage(article, shown.start, shown.end, { instant: true });
    // Another query, the bar closed or another transcription: this paint goes.
    return () => {
      CSS.highlights.delete(MATCHES);
      CSS.highlights.delete(CURRENT);
    };
  }, [article, matches, current]);

  return { matches, current, step };
}
