import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openInBrowser } from './open-browser.js';

const URL_WITH_TOKEN = 'http://127.0.0.1:4321/#token=secret-launch-token';

/** Opens the address with a launcher that only records the command line the opener would get. */
function openRecorded(platform: NodeJS.Platform): { commandLine: string[]; file: string; remove: () => void } {
  const commandLine: string[] = [];
  const remove = openInBrowser(URL_WITH_TOKEN, {
    platform,
    parent: mkdtempSync(join(tmpdir(), 'carrel-open-test-')),
    launch: (command, args) => commandLine.push(command, ...args),
  });
  const file = commandLine.at(-1) ?? '';
  return { commandLine, file, remove };
}

describe('opening the reading room in the system browser', () => {
  it.each(['linux', 'darwin', 'win32'] as const)('puts no token on the opener’s command line on %s, only a file’s path', (platform) => {
    const { commandLine, file, remove } = openRecorded(platform);
    expect(commandLine.join(' ')).not.toContain('secret-launch-token');
    expect(commandLine[0]).toBe({ linux: 'xdg-open', darwin: 'open', win32: 'cmd' }[platform]);
    expect(file).toMatch(/open-carrel\.html$/u);
    remove();
  });

  it.skipIf(process.platform === 'win32')('writes the address in a file only its user can read, in a folder only its user can enter', () => {
    const { file, remove } = openRecorded('linux');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(dirname(file)).mode & 0o777).toBe(0o700);
    remove();
  });

  it('redirects to the address at once, with a link for a browser that does not follow', () => {
    const { file, remove } = openRecorded('linux');
    const page = readFileSync(file, 'utf8');
    expect(page).toContain(`<meta http-equiv="refresh" content="0; url=${URL_WITH_TOKEN}">`);
    expect(page).toContain(`<a href="${URL_WITH_TOKEN}">`);
    remove();
  });

  it('removes the file and its folder when asked', () => {
    const { file, remove } = openRecorded('linux');
    remove();
    expect(existsSync(dirname(file))).toBe(false);
  });
});
