import { useCallback, useEffect, useState } from 'react';
import type { ApiArgs, ApiMethod, ApiResult } from '../../core/api.js';
import { api } from './client.js';
import { callKey, firstScreenAnswer } from './first-screen-answers.js';

/** Where a call stands. While a new call runs, `stale` keeps the previous answer so the screen does not blank. */
export type Loadable<T> =
  | { status: 'loading'; stale?: T }
  | { status: 'ready'; value: T }
  | { status: 'failed'; message: string };

/** Calls started before the component that shows them mounted, by arguments; each is taken over once. */
const early = new Map<string, { started: Promise<unknown>; at: number }>();

/** How long an early call stays worth taking over: one never taken (the reader went elsewhere) must not answer for later. */
const EARLY_CALL_LIFETIME_MS = 5_000;

function fresh(key: string): Promise<unknown> | undefined {
  const call = early.get(key);
  return call && performance.now() - call.at < EARLY_CALL_LIFETIME_MS ? call.started : undefined;
}

/**
 * Starts a call now, so that opening a document does not wait for each component to mount before asking
 * for the next thing (a waterfall of round trips). The first `useApi` with the same method and arguments
 * takes the answer over, within a few seconds.
 */
export function prefetch<M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiResult<M>> {
  const key = callKey(method, args);
  const running = fresh(key);
  if (running) return running as Promise<ApiResult<M>>;
  const started = api[method](args);
  early.set(key, { started, at: performance.now() });
  return started;
}

/**
 * The answer the host sent with the first screen, while the page takes that screen over (effects run
 * before App's, which ends it); else the call started early with these arguments (taken over once: asked
 * again, it is called anew), or a new call.
 */
export function takeOrCall<M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiResult<M>> {
  const key = callKey(method, args);
  const sent = firstScreenAnswer(key);
  if (sent) return Promise.resolve(sent.value as ApiResult<M>);
  const started = fresh(key);
  early.delete(key);
  return (started as Promise<ApiResult<M>> | undefined) ?? api[method](args);
}

interface Settled<T> {
  key: string;
  result: Loadable<T>;
}

/**
 * Calls `method` with `args` and follows the answer; calls again when the arguments change (compared by
 * value, so inline object literals are fine). Answers that arrive after the arguments changed are dropped.
 * With `ready` false the call waits (loading) until it turns true: for a call that would compete with a
 * more urgent one. Returns the state and `retry`, for the "Try again" button of an error message.
 */
export function useApi<M extends ApiMethod>(method: M, args: ApiArgs<M>, ready = true): [Loadable<ApiResult<M>>, () => void] {
  const [attempt, setAttempt] = useState(0);
  const key = `${callKey(method, args)} ${attempt}`;
  // The first screen's answer, when the host sent one with its HTML: the first render shows what the
  // host's showed, and no call is made for it.
  const [settled, setSettled] = useState<Settled<ApiResult<M>> | undefined>(() => {
    const held = firstScreenAnswer(callKey(method, args));
    return held && { key, result: { status: 'ready', value: held.value as ApiResult<M> } };
  });

  useEffect(() => {
    if (!ready || settled?.key === key) return;
    let current = true;
    const settle = (result: Loadable<ApiResult<M>>) => {
      if (current) setSettled({ key, result });
    };
    (attempt === 0 ? takeOrCall(method, args) : api[method](args)).then(
      (value) => settle({ status: 'ready', value }),
      (error: unknown) => settle({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
    // `key` stands for method and args by value; listing `args` would call again on every render.
  }, [key, ready]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  if (settled?.key === key) return [settled.result, retry];
  return [settled?.result.status === 'ready' ? { status: 'loading', stale: settled.result.value } : { status: 'loading' }, retry];
}
