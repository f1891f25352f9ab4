/**
 * The one way the UI reaches the store. At start-up it takes the Electron binding (`window.carrel`, from
 * the preload) when there is one, else an HTTP client for the loopback host (`carrel serve`). Both speak
 * exactly `CarrelApi`; only types come from core, so no schema library is bundled into the renderer.
 */
import type { ApiAnswer, CarrelApi } from '../../core/api.js';

const TOKEN_KEY = 'carrel.launchToken';

/**
 * Reads the per-launch token from the address fragment (`#token=…`), where the host puts it because
 * fragments are never sent over the wire. It is then kept in sessionStorage, so a reload still works,
 * and removed from the visible address, so it is not bookmarked, shared or shown on screen.
 */
function takeLaunchToken(): string | null {
  const params = new URLSearchParams(location.hash.slice(1));
  const given = params.get('token');
  if (given === null) return readStored();
  params.delete('token');
  const rest = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
  try {
    sessionStorage.setItem(TOKEN_KEY, given);
  } catch {
    // Storage may be disabled; the token still works until the page is reloaded.
  }
  return given;
}

function readStored(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

function isAnswer(body: unknown): body is ApiAnswer {
  return typeof body === 'object' && body !== null && 'ok' in body && typeof body.ok === 'boolean';
}

async function post(method: string, args: unknown, token: string | null): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`./api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token === null ? {} : { Authorization: `Bearer ${token}` }) },
      body: JSON.stringify(args ?? {}),
    });
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

/** An HTTP binding of the contract: any method name becomes `POST ./api/<method>`, so new contract methods need no change here. */
function httpBinding(token: string | null): CarrelApi {
  const binding = new Proxy(
    {},
    {
      // `then` is refused so that the binding is never mistaken for a promise by code that awaits it.
      get: (_target, name) => (typeof name === 'string' && name !== 'then' ? (args: unknown) => post(name, args, token) : undefined),
    },
  );
  return binding as CarrelApi;
}

/** The contract as this window reaches it. Methods return promises that reject with an `Error` whose message is written for the reader. */
export const api: CarrelApi = window.carrel ?? httpBinding(takeLaunchToken());
