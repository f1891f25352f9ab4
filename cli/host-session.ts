/**
 * The loopback host's two secrets: the launch token the printed address carries, good for one exchange,
 * and the session it is exchanged for, which the browser keeps as an HttpOnly cookie. Once used, the
 * address opens nothing, so a copy left in a browser's history or session files is worth nothing.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export interface LaunchSession {
  /** The token for the printed address; accepted by `exchange` once. */
  readonly launchToken: string;
  /** The session for `token` the first time the launch token is given; undefined for any other call. */
  exchange(token: string): string | undefined;
  /** True for the session the launch token was exchanged for. */
  admits(session: string | undefined): boolean;
}

/** A new launch token and, once it is exchanged, its session; secrets come from `secret` (random by default). */
export function createLaunchSession(secret: () => string = () => randomBytes(32).toString('base64url')): LaunchSession {
  const launchToken = secret();
  let unused = true;
  let session: string | undefined;
  return {
    launchToken,
    exchange(token) {
      if (!unused || !sameSecret(token, launchToken)) return undefined;
      unused = false;
      session = secret();
      return session;
    },
    admits: (given) => given !== undefined && session !== undefined && sameSecret(given, session),
  };
}

/** Compares digests, not the strings, so that neither the time taken nor an early length check tells a guesser anything. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string): Buffer => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** The session cookie's name: cookies ignore ports, so two hosts on 127.0.0.1 need a name each. */
export function sessionCookieName(port: number): string {
  return `carrel-session-${port}`;
}

/** The `Set-Cookie` value for a session: unreadable by scripts, never sent by another site's page, gone when the browser closes. */
export function sessionCookie(port: number, session: string): string {
  return `${sessionCookieName(port)}=${session}; Path=/; HttpOnly; SameSite=Strict`;
}
