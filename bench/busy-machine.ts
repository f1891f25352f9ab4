/**
 * A busy machine for benches that must show how Carrel fares when other work shares the cores: one child
 * process per core, each spinning in a tight loop, until stopped. Child processes rather than worker
 * threads, so that the load is the operating system's to share out, as another program's would be.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';

/** Starts one spinning process per core; the answer stops them all (only these, by their handles). */
export async function busyMachine(processes = availableParallelism()): Promise<() => Promise<void>> {
  const spinning: ChildProcess[] = [];
  for (let i = 0; i < processes; i++) {
    spinning.push(spawn(process.execPath, ['-e', 'process.send?.("spinning"); for (;;) {}'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] }));
  }
  // Each says so once it runs: the load is there before the first figure is taken.
  await Promise.all(spinning.map((child) => new Promise((resolve) => child.once('message', resolve))));
  return async () => {
    await Promise.all(
      spinning.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGKILL');
          }),
      ),
    );
  };
}
