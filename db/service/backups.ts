/** The backups Carrel keeps of the library, for Settings; restoring one is `carrel restore`'s, with Carrel closed. */
import type { CarrelService } from '../../core/api.js';
import { restoreCommand } from '../../core/backups/restore-command.js';
import { backupsFolder } from '../backup.js';
import { backupSummaries } from '../restore.js';
import type { ServiceContext } from './context.js';

/** listBackups: read from the backups folder on each call, so that a backup taken since shows. */
export function backupsService({ store }: ServiceContext): Pick<CarrelService, 'listBackups'> {
  return {
    listBackups: () => ({
      folder: backupsFolder(store.dataDir),
      backups: backupSummaries(store.dataDir).map(({ name, takenAt, reason, bytes }) => ({
        name,
        takenAt,
        reason,
        bytes,
        restoreCommand: restoreCommand(name, store.dataDir, process.platform),
      })),
    }),
  };
}
