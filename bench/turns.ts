/**
 * Timing pieces of work in turns, wall-clock and CPU, for the benches of issue 14 (imports, the library):
 * each run answers its own timing, so that its setting up (a fresh store) stays untimed.
 */
import { median, ms, percentile } from './stats.js';

/**
 * Wall-clock and CPU milliseconds of one run. The CPU time is the whole process's (every thread: an
 * import worker's, the garbage collector's), and is the steadier figure when other work shares the machine.
 */
export interface Timing {
  ms: number;
  cpuMs: number;
}

/**
 * Runs each piece of work `runs` times, taking turns, after `warmUps` untimed turns, so that whatever
 * else the machine does weighs on all alike and their ratios hold. Each work answers its own timing,
 * so that it can leave its setting up untimed.
 */
export async function timedInTurns(runs: number, warmUps: number, works: readonly (() => Promise<Timing>)[]): Promise<Timing[][]> {
  for (let i = 0; i < warmUps; i++) for (const work of works) await work();
  const timings = works.map((): Timing[] => []);
  for (let i = 0; i < runs; i++) {
    for (const [k, work] of works.entries()) timings[k]?.push(await work());
  }
  return timings;
}

/** The wall-clock and CPU milliseconds `work` takes, awaited. */
export async function timed(work: () => Promise<unknown> | unknown): Promise<Timing> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000 };
}

/** "812.0 ms (CPU 790.2 ms)": the medians of some runs. */
export function medians(timings: readonly Timing[]): string {
  return `${ms(median(timings.map((t) => t.ms)))} (CPU ${ms(median(timings.map((t) => t.cpuMs)))})`;
}

/** "1.12x (CPU 1.08x)": the ratio of two sets of runs' medians, wall-clock and CPU. */
export function ratios(timings: readonly Timing[], baseline: readonly Timing[]): string {
  const ratio = (pick: (timing: Timing) => number) => median(timings.map(pick)) / median(baseline.map(pick));
  return `${ratio((t) => t.ms).toFixed(2)}x (CPU ${ratio((t) => t.cpuMs).toFixed(2)}x)`;
}

/** "[812, 790, 845]": the wall-clock times of some runs, whole milliseconds. */
export function runsList(timings: readonly Timing[]): string {
  return `[${timings.map((timing) => timing.ms.toFixed(0)).join(', ')}]`;
}

/** "3.2 ms / 4.1 ms": the median and the p95 of some runs' wall-clock times. */
export function medianAndP95(timings: readonly Timing[]): string {
  const times = timings.map((t) => t.ms);
  return `${ms(median(times))} / ${ms(percentile(times, 95))}`;
}
