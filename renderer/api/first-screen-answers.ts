/**
 * Answers the host sent inside the page, beside the first screen it rendered (renderer/first-screen/):
 * the page's first render must read exactly what the host's render read, or React cannot take the
 * host's HTML over (hydrate it). They answer `useApi`'s first call with the same method and arguments, and
 * only until the page has taken its first screen over: after that, a call is a call.
 */
import type { ApiMethod } from '../../core/api.js';

/** One answer: the call's key (method and arguments, as `callKey` spells them) and its value. */
export type FirstScreenAnswer = readonly [key: string, value: unknown];

let answers = new Map<string, unknown>();

/** How a call is named, here and in the early calls of use-api.ts. */
export function callKey(method: ApiMethod, args: unknown): string {
  return `${method} ${JSON.stringify(args)}`;
}

/** Holds `given` as the answers of the first render. */
export function holdFirstScreenAnswers(given: readonly FirstScreenAnswer[]): void {
  answers = new Map(given);
}

/** The answer held for `key`, boxed so that a held `null` is told from none. */
export function firstScreenAnswer(key: string): { value: unknown } | undefined {
  return answers.has(key) ? { value: answers.get(key) } : undefined;
}

/** Drops the held answers: the first screen is the page's now, and later calls must ask the store. */
export function releaseFirstScreenAnswers(): void {
  answers = new Map();
}
