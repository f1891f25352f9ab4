import { useCallback, useMemo } from 'react';
import { passageContext } from './passage-context.js';
import type { TextRun } from './selection-offsets.js';
import { contextRuns } from './text-dom.js';
import { useTextGrowth } from './text-growth.js';

/**
 * The words around a passage of the text shown in `article`, the archive record's included: the text
 * runs are listed when first asked for, and again once a long text has grown (text-growth.ts).
 */
export function usePassageContext(article: HTMLElement | null) {
  const grown = useTextGrowth(article);
  const runs = useMemo(() => {
    let listed: TextRun[] | null | undefined;
    return () => (listed ??= article?.parentElement ? contextRuns(article.parentElement) : null);
  }, [article, grown]);
  return useCallback(
    (start: number, end: number, around: number) => {
      const all = runs();
      return all ? passageContext(all, start, end, around) : null;
    },
    [runs],
  );
}
