#!/usr/bin/env node
/** Entry point of the `carrel` command. */
import { runCli } from './run.js';

const interrupted = new Promise<void>((resolve) => {
  process.once('SIGINT', () => resolve());
  process.once('SIGTERM', () => resolve());
});

process.exitCode = await runCli(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  interrupted,
});
process.exit();
