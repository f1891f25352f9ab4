/**
 * The one way the UI reaches the store. At start-up it takes the Electron binding (`window.carrel`, from
 * the preload) when there is one, else an HTTP client for the loopback host (`carrel serve`). Both speak
 * exactly `CarrelApi`; only types come from core, so no schema library is bundled into the renderer.
 */
import type { ApiAnswer, CarrelApi } from '../../core/api.js';

/**
 * Reads the launch token from the address fragment (`#token=…`), where the host puts it because fragments
 * are never sent over the wire, and removes it from the visible address, so it is not bookmarked, shared
 * or shown on screen.
 */
function takeLaunchToken(): string | null {
  const params = new URLSearchParams(location.hash.slice(1));
  const given = params.get('token');
  if (given === null) return null;
  params.delete('token');
  const rest = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
  return given;
}

/**
 * Trades the launch token for the session cookie that API calls then carry (the host accepts it once;
 * a browser already in the session is answered yes). With no token, the cookie of an earlier load is
 * all there is: a reload, once the fragment is gone.
 */
async function openSession(token: string | null): Promise<void> {
  if (token !== null) await answerOf(() => fetch('./session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token }) }));
}

/** The session, opened by the first call: a page's first fetch costs its main thread several milliseconds, which the first screen's keys need more. */
function sessionOnFirstCall(token: string | null): () => Promise<void> {
  let opened: Promise<void> | undefined;
  return () => (opened ??= openSession(token));
}

function isAnswer(body: unknown): body is ApiAnswer {
  return typeof body === 'object' && body !== null && 'ok' in body && typeof body.ok === 'boolean';
}

/** What the host answered, or an Error whose message says why there is no answer. */
async function answerOf(request: () => Promise<Response>): Promise<unknown> {
  let response: Response;
  try {
    response = await request();
  } catch {
    throw new Error('The reading room’s host is not answering. Is `carrel serve` still running?');
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!isAnswer(body)) {
    throw new Error(`The reading room’s host answered “${response.status} ${response.statusText}” without an explanation.`);
  }
  if (!body.ok) throw new Error(body.error.message);
  return body.value;
}

async function post(method: string, args: unknown, session: () => Promise<void>): Promise<unknown> {
  await session();
  return answerOf(() =>
    fetch(`./api/${encodeURIComponent(method)}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(args ?? {}) }),
  );
}

/** An HTTP binding of the contract: any method name becomes `POST ./api/<method>`, so new contract methods need no change here. */
function httpBinding(session: () => Promise<void>): CarrelApi {
  const binding = new Proxy(
    {},
    {
      // `then` is refused so that the binding is never mistaken for a promise by code that awaits it.
      get: (_target, name) => (typeof name === 'string' && name !== 'then' ? (args: unknown) => post(name, args, session) : undefined),
    },
  );
  return binding as CarrelApi;
}

/**
 * Where the host renders the first screen (renderer/first-screen/) there is no window and no store to
 * reach: a render only reads, and calls are made from effects, which a render on the host never runs.
 */
const NO_WINDOW = 'The reading room is rendered on the host here; the store is reached from the page.';

/** The contract as this window reaches it. Methods return promises that reject with an `Error` whose message is written for the reader. */
export const api: CarrelApi =
  typeof window === 'undefined' ? httpBinding(() => Promise.reject(new Error(NO_WINDOW))) : (window.carrel ?? httpBinding(sessionOnFirstCall(takeLaunchToken())));
