import { describe, expect, it } from 'vitest';
import { restoreCommand } from './restore-command.js';

const BACKUP = 'carrel-20261123T032500123Z-before-migration-11.sqlite';

describe('the command that restores a backup', () => {
  it('names the backup and the data folder, plain where nothing needs quoting', () => {
    expect(restoreCommand(BACKUP, '/home/ada/.local/share/carrel', 'linux')).toBe(`carrel restore ${BACKUP} --data-dir /home/ada/.local/share/carrel`);
    expect(restoreCommand(BACKUP, 'C:\\Users\\ada\\AppData\\Roaming\\carrel', 'win32')).toBe(`carrel restore ${BACKUP} --data-dir C:\\Users\\ada\\AppData\\Roaming\\carrel`);
  });

  it('quotes a folder with spaces, quotes or dollars so that a shell passes it whole', () => {
    expect(restoreCommand(BACKUP, "/Users/ada/Library/Application Support/Ada's $HOME", 'darwin')).toBe(
      `carrel restore ${BACKUP} --data-dir '/Users/ada/Library/Application Support/Ada'\\''s $HOME'`,
    );
    expect(restoreCommand(BACKUP, 'C:\\Users\\Ada Lovelace\\carrel', 'win32')).toBe(`carrel restore ${BACKUP} --data-dir "C:\\Users\\Ada Lovelace\\carrel"`);
  });
});
