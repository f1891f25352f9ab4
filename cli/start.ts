/**
 * `npm start`: the Electron app where Electron's binary can be had, else the same reading room through
 * the loopback host in the system browser. Never a stack trace.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary.js';

const args = process.argv.slice(2);
const electron = findElectronBinary();

if (electron.found) {
  const main = fileURLToPath(new URL('../electron/main.js', import.meta.url));
  const child = spawn(electron.path, [main, ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(`Electron's binary is not available here (${electron.reason}); opening the reading room in your browser instead.`);
  const cli = fileURLToPath(new URL('./main.js', import.meta.url));
  const child = spawn(process.execPath, [cli, 'serve', ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
}
