/** `carrel restore`: the backups Carrel keeps, listed, and one put back in the library's place. */
import { backupSummaries, restoreBackup } from '../../db/restore.js';

/** The backups, newest first, with what to type to restore one. */
export function listedBackups(dataDir: string): string {
  const backups = backupSummaries(dataDir);
  if (backups.length === 0) return `There are no backups of ${dataDir} yet: Carrel takes one before each upgrade of the library.`;
  const lines = backups.map((backup) => `  ${backup.name}  ${(backup.bytes / 1e6).toFixed(1)} MB  (${backup.reason})`);
  return [`Backups of ${dataDir}, newest first:`, ...lines, 'To put one in the library’s place, close Carrel and run: carrel restore NAME'].join('\n');
}

/** Restores `backup` and says what became of the library it replaced. */
export function restoredBackup(dataDir: string, backup: string): string {
  const { backup: restored, keptAs } = restoreBackup(dataDir, backup);
  const kept = keptAs === undefined ? '' : ` The library it replaced is kept as ${keptAs}.`;
  return `Restored ${restored.name} (taken ${restored.takenAt}) as the library of ${dataDir}.${kept}`;
}
