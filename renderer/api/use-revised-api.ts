import { useEffect, useRef } from 'react';
import type { ApiArgs, ApiMethod, ApiResult } from '../../core/api.js';
import { useApi, type Loadable } from './use-api.js';

/** Calls `again` each time `revision` changes after the first render: for an answer the change made old. */
export function useFollowRevision(revision: number, again: () => void): void {
  const seen = useRef(revision);
  useEffect(() => {
    if (seen.current === revision) return;
    seen.current = revision;
    again();
  }, [revision, again]);
}

/**
 * useApi that also calls again whenever `revision` changes (a change elsewhere made the answer old: an
 * alias added, a mention accepted, an undo). The previous answer stays on screen while the new one comes.
 * `ready` as for useApi.
 */
export function useRevisedApi<M extends ApiMethod>(method: M, args: ApiArgs<M>, revision: number, ready = true): Loadable<ApiResult<M>> {
  const [loaded, retry] = useApi(method, args, ready);
  useFollowRevision(revision, retry);
  return loaded;
}

/** The answer to show: the current one, or while a new call runs the previous one; undefined before the first. */
export function shownValue<T>(loaded: Loadable<T>): T | undefined {
  return loaded.status === 'ready' ? loaded.value : loaded.status === 'loading' ? loaded.stale : undefined;
}
