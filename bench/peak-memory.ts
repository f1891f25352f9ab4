/**
 * Peak memory of one piece of work, measured in a fresh Node process that does only that work: the
 * kernel's high-water mark of its resident set, VmHWM in /proc/self/status, read after the work. A
 * process of its own because a high-water mark never goes down: in the bench's own process it would
 * still hold whatever an earlier bench (or an earlier run) once reached. Not resourceUsage().maxRSS:
 * Linux carries it across exec, so a child's starts at the bench process's own peak. Where there is no
 * /proc (macOS, Windows) the peak is process.memoryUsage().rss sampled every 5 ms from a worker thread,
 * which goes on sampling while the work keeps the main thread busy. The resident set just before the
 * work starts (Node, the modules, a store opened) is reported beside it, so the work's own share shows.
 *
 * A task is an export of a bench module: given the input file's path, it does its setting up and
 * answers the work to measure.
 */
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** What a task export looks like: set up from the input file, then answer the work to measure. */
export type MemoryTask = (inputPath: string) => Promise<() => Promise<unknown>>;

/** One measured run in a fresh process, in MB (10^6 bytes) and milliseconds. */
export interface PeakMemory {
  /** The process's resident set just before the work began. */
  beforeMb: number;
  /** The most the process held, the work included. */
  peakMb: number;
  /** How the peak was read: the kernel's VmHWM, or RSS sampled every 5 ms. */
  method: 'VmHWM' | 'sampled RSS';
  /** The work's wall-clock time in that fresh process (a cold run: nothing warmed by a run before). */
  ms: number;
}

const MB = 1e6;

/**
 * Runs `exportName` of the bench module at `moduleUrl` (pass `import.meta.url`) once in a fresh Node
 * process on `inputPath`, and answers its memory and time.
 */
export function peakMemory(moduleUrl: string, exportName: string, inputPath: string): Promise<PeakMemory> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [moduleUrl, exportName, inputPath], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let answer: PeakMemory | undefined;
    child.on('message', (message) => {
      answer = message as PeakMemory;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (answer && code === 0) resolve(answer);
      else reject(new Error(`peak-memory: ${exportName} ended with code ${code} without measuring`));
    });
  });
}

/** "212 MB peak (96 MB before)": a measurement as the benches print it (say the method once, in a heading). */
export function peakLine(memory: PeakMemory): string {
  return `${memory.peakMb.toFixed(0)} MB peak (${memory.beforeMb.toFixed(0)} MB before)`;
}

/** The kernel's high-water mark of this process's resident set, in MB; undefined without /proc. */
function highWaterMb(): number | undefined {
  try {
    const kilobytes = /^VmHWM:\s*(\d+) kB$/mu.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    return kilobytes === undefined ? undefined : (Number(kilobytes) * 1024) / MB;
  } catch {
    return undefined;
  }
}

/** A worker thread that samples the process's RSS every 5 ms; `stop` answers the highest, in MB. */
function rssSampler(): { stop(): Promise<number> } {
  const worker = new Worker(
    `const { parentPort } = require('node:worker_threads');
     let peak = process.memoryUsage.rss();
     const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 5);
     parentPort.once('message', () => { clearInterval(timer); parentPort.postMessage(Math.max(peak, process.memoryUsage.rss())); });`,
    { eval: true },
  );
  return {
    stop: () =>
      new Promise((resolve) => {
        worker.once('message', (peak: number) => {
          void worker.terminate();
          resolve(peak / MB);
        });
        worker.postMessage('stop');
      }),
  };
}

/** The child's side: load the task, set up, measure the work, send the figures, exit. */
async function measureInThisProcess(moduleUrl: string, exportName: string, inputPath: string): Promise<void> {
  const module = (await import(moduleUrl)) as Record<string, unknown>;
  const task = module[exportName];
  if (typeof task !== 'function') throw new Error(`peak-memory: ${moduleUrl} has no task ${exportName}`);
  const work = await (task as MemoryTask)(inputPath);
  const sampler = highWaterMb() === undefined ? rssSampler() : undefined;
  const beforeMb = process.memoryUsage.rss() / MB;
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  const answer: PeakMemory = sampler
    ? { beforeMb, peakMb: await sampler.stop(), ms, method: 'sampled RSS' }
    : { beforeMb, peakMb: highWaterMb() ?? Number.NaN, ms, method: 'VmHWM' };
  process.send?.(answer, () => process.exit(0));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href && process.send) {
  const [moduleUrl = '', exportName = '', inputPath = ''] = process.argv.slice(2);
  // Not awaited at the top level: the task's module imports this one, and would wait on it for ever.
  measureInThisProcess(moduleUrl, exportName, inputPath).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
