#!/usr/bin/env node
/** Entry point of the `carrel` command. */

// better-sqlite3 13 needs Node 22 and crashes on an older one, so the rest is loaded only after this check.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`carrel: Carrel needs Node.js 22.12 or later, and this is Node.js ${process.versions.node}. Run it as npm run carrel (npm uses the Node the project pins), or install a newer Node.`);
  process.exit(1);
}

const { runCli } = await import('./run.js');

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
