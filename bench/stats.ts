/** Small statistics for the benchmarks' printed figures. */

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** The p-th percentile (nearest rank) of a non-empty list. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

/** A figure in milliseconds, for the table. */
export function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

/** A duration on the clock and in this process's CPU time (every thread's), steadier on a machine busy with other work. */
export interface Timing {
  ms: number;
  cpuMs: number;
}

/** Starts timing; calling the answer reads the time since. */
export function stopwatch(): () => Timing {
  const cpu = process.cpuUsage();
  const start = performance.now();
  return () => {
    const used = process.cpuUsage(cpu);
    return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
  };
}
