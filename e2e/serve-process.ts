/** Starts the built `carrel serve` as a user would, for the e2e suite and the benchmarks. */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

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
