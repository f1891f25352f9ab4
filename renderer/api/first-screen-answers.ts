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
/** Whether the page's first render is taking the host's first screen over. */
let holding = false;

/** How a call is named, here and in the early calls of use-api.ts. */
export function callKey(method: ApiMethod, args: unknown): string {
  return `${method} ${JSON.stringify(args)}`;
}

/** Holds `given` as the answers of the first render. */
export function holdFirstScreenAnswers(given: readonly FirstScreenAnswer[]): void {
  answers = new Map(given);
  holding = true;
}

/**
 * While the page's first render takes the host's first screen over, the element the host rendered with
 * `id`, which the take-over keeps: the first value of a state that a ref then sets. Started empty, that
 * state would change as the first render is put on the page, and the room would render a second time
 * before its keys work (some 30 ms of a cold start, bench/cold-start.ts). Null otherwise.
 */
export function heldElement<K extends keyof HTMLElementTagNameMap>(id: string, tag: K): HTMLElementTagNameMap[K] | null {
  const element = takingOverFirstScreen() ? document.getElementById(id) : null;
  return element !== null && isTag(element, tag) ? element : null;
}

/** Whether the page's first render is taking over the screen the host rendered. */
export function takingOverFirstScreen(): boolean {
  // The host's own render holds answers too, and has no page.
  return holding && typeof document !== 'undefined';
}

function isTag<K extends keyof HTMLElementTagNameMap>(element: Element, tag: K): element is HTMLElementTagNameMap[K] {
  return element.localName === tag;
}

/** The answer held for `key`, boxed so that a held `null` is told from none. */
export function firstScreenAnswer(key: string): { value: unknown } | undefined {
  return answers.has(key) ? { value: answers.get(key) } : undefined;
}

/** Drops the held answers: the first screen is the page's now, and later calls must ask the store. */
export function releaseFirstScreenAnswers(): void {
  answers = new Map();
  holding = false;
}
