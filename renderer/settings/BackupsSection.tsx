import { useRef } from 'react';
import type { Backup } from '../../core/api.js';
import { useApi } from '../api/use-api.js';
import { useCopy } from '../ui/use-copy.js';
import './BackupsSection.css';
import { madeOnFirstUse } from '../ui/made-on-first-use.js';

/** When a backup was taken, in the reader's time zone: "1 December 2026 at 10:00". */
const takenAt = madeOnFirstUse(() => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' }));

/** A file's size as the CLI's `carrel restore` prints it, in decimal units. */
function size(bytes: number): string {
  return bytes < 1e6 ? `${Math.max(1, Math.round(bytes / 1e3))} KB` : `${(bytes / 1e6).toFixed(1)} MB`;
}

/** One backup: when, how large and why, and the command that puts it back, to copy. */
function BackupItem({ backup }: { backup: Backup }) {
  const commandRef = useRef<HTMLElement>(null);
  const { state, copy } = useCopy();
  const taken = takenAt().format(new Date(backup.takenAt));
  const label = state === 'copied' ? 'Copied' : 'Copy';
  return (
    <li className="backup">
      <p className="backup-about">
        <time dateTime={backup.takenAt}>{taken}</time>
        <span className="backup-meta">
          {size(backup.bytes)}, {backup.reason}
        </span>
      </p>
      <div className="backup-command">
        <code ref={commandRef}>{backup.restoreCommand}</code>
        <button
          type="button"
          className="button backup-copy"
          data-state={state}
          aria-label={`${label} the command that restores the backup of ${taken}`}
          onClick={() => copy(backup.restoreCommand, commandRef.current)}
        >
          {label}
        </button>
      </div>
      <span role="status" className={state === 'failed' ? 'field-error' : 'visually-hidden'}>
        {state === 'copied' && 'Command copied to the clipboard.'}
        {state === 'failed' && 'The clipboard is not available: the command is selected, press Ctrl+C (⌘C) to copy it.'}
      </span>
    </li>
  );
}

/**
 * Settings' "Backups": the copies Carrel takes of the library before each upgrade, newest first, each
 * with the `carrel restore` command that puts it back. The window only shows them: a restore replaces the
 * store under the open reading room, so it is run with Carrel closed.
 */
export function BackupsSection() {
  const [answer] = useApi('listBackups', {});
  return (
    <section className="sheet-section" aria-labelledby="settings-backups">
      <h3 id="settings-backups" className="sheet-subheading">
        Backups
      </h3>
      {answer.status === 'ready' && answer.value.backups.length === 0 && (
        <p className="field-hint">
          There are no backups yet. Carrel copies the library before each upgrade, into <code className="backup-folder">{answer.value.folder}</code>.
        </p>
      )}
      {answer.status === 'ready' && answer.value.backups.length > 0 && (
        <>
          <p className="field-hint">
            Carrel copies the library before each upgrade and keeps the newest ten. To put one back, quit Carrel, then run its command in a terminal; the
            library it replaces is kept beside it.
          </p>
          <ul className="backups">
            {answer.value.backups.map((backup) => (
              <BackupItem key={backup.name} backup={backup} />
            ))}
          </ul>
        </>
      )}
      {answer.status === 'failed' && (
        <p role="alert" className="field-error">
          {answer.message}
        </p>
      )}
    </section>
  );
}
