/** Starts the built `carrel serve` as a user would, for the e2e suite and the benchmarks. */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { BrowserContext } from '@playwright/test';

/** Starts `carrel serve` on `dataDir` and resolves with the URL it prints. */
export async function startServe(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['dist/cli/main.js', 'serve', '--port', '0', '--no-open', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`carrel serve printed no URL:\n${output}`)), 15_000);
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`carrel serve exited (${code}):\n${output}`)));
  });
  return { child, url };
}

/** A cookie as `BrowserContext.addCookies` takes it. */
export type SessionCookie = Parameters<BrowserContext['addCookies']>[0][number];

/**
 * Exchanges the printed address's launch token for the session cookie, as the page would, in the form
 * `BrowserContext.addCookies` takes: for runs that open the reading room in many fresh contexts, since the
 * address itself opens it only once. The address then works in each context that holds the cookie.
 */
export async function sessionCookie(url: string): Promise<SessionCookie> {
  const { origin, hash } = new URL(url);
  const token = new URLSearchParams(hash.slice(1)).get('token');
  const response = await fetch(`${origin}/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token }) });
  const [set] = response.headers.getSetCookie();
  const pair = /^([^=;]+)=([^;]*)/u.exec(set ?? '');
  if (!pair?.[1] || pair[2] === undefined) throw new Error(`the host gave no session for ${origin}: ${response.status} ${await response.text()}`);
  return { name: pair[1], value: pair[2], url: origin, httpOnly: true, sameSite: 'Strict' };
}

/** How long a host may take to close its store after SIGINT before it is killed. */
const STOP_GRACE_MS = 5_000;

/**
 * Stops a host as Ctrl+C would, and waits until it is gone, so that its data folder is closed before it
 * is removed; one that hangs is killed after a few seconds.
 */
export async function stopServe(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGINT');
  const stuck = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(stuck);
}
