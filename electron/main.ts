/**
 * Electron's entry point (package.json "main": dist/electron/main.js), the only file that loads
 * Electron itself: it hands the real modules, the real store and the built files to the shell.
 */
import electron from 'electron';
import { fileURLToPath } from 'node:url';
import { dataDirFromEnv, openCarrel } from '../db/index.js';
import { optionValue } from './argv.js';
import { startShell } from './shell.js';

// No top-level await: what must happen before `ready` happens in startShell's first, synchronous steps.
startShell(electron, {
  dataDir: () => dataDirFromEnv(optionValue(process.argv, '--data-dir')),
  openCarrel,
  rendererDir: fileURLToPath(new URL('../renderer/', import.meta.url)),
  preload: fileURLToPath(new URL('./preload.cjs', import.meta.url)),
  platform: process.platform,
}).catch((error: unknown) => {
  // A fault in the shell itself: say so in words, keep the stack for the terminal, and leave.
  console.error(error);
  electron.dialog.showErrorBox('Carrel could not start', error instanceof Error ? error.message : String(error));
  electron.app.exit(1);
});
