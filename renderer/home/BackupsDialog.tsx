import { useEffect, useState } from 'react';
import { DAILY_BACKUPS, WEEKLY_BACKUPS } from '../../shared/backups.ts';
import type { BackupInfo } from '../../shared/backups.ts';
import { useApi } from '../api/ApiContext.tsx';
import { useLibraryStatus } from '../api/LibraryStatus.tsx';
import { formatDate } from '../map/format.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { Dialog, DialogError } from '../ui/Dialog.tsx';
import { errorSentence } from '../ui/ErrorMessage.tsx';

const REASONS: Record<BackupInfo['reason'], string> = {
  daily: 'Daily backup',
  'before-update': 'Before an update of the app',
  'before-restore': 'Before a restore',
};

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function label(backup: BackupInfo): string {
  return `${formatDate(backup.date)}, ${new Date(backup.takenAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`;
}

/** The library's automatic backups; restoring one asks first and backs up the library as it is. */
export function BackupsDialog({ onClose, onRestored }: { onClose(): void; onRestored(): void }) {
  const api = useApi();
  const { readOnly } = useLibraryStatus();
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  useEffect(() => {
    api.listBackups({}).then(setBackups, (caught: unknown) => setError(errorSentence(caught)));
  }, [api]);

  return (
    <Dialog title="Backups" onClose={onClose} wide>
      <p>
        The library is backed up before the first change of each day and before the app updates it. The last {DAILY_BACKUPS} days and{' '}
        {WEEKLY_BACKUPS} weeks are kept.
      </p>
      {backups === null && !error ? <p role="status">Loading the backups…</p> : null}
      {backups?.length === 0 ? <p role="status">No backups yet: the first one is made before your first change of the day.</p> : null}
      {backups && backups.length > 0 ? (
        <ul className="atlas-storage-list" aria-label="Backups">
          {backups.map((backup) => (
            <li key={backup.name} className="atlas-storage-list__item">
              <div>
                <strong>{label(backup)}</strong>
                <div className="atlas-storage-list__meta">
                  {REASONS[backup.reason]} · {plural(backup.accountCount, 'account', 'accounts')}, {plural(backup.planCount, 'plan', 'plans')} ·{' '}
                  {size(backup.sizeBytes)}
                </div>
              </div>
              <div className="atlas-storage-list__actions">
                <button
                  type="button"
                  className="atlas-button atlas-button--small"
                  disabled={readOnly}
                  onClick={() => setRestoring(backup)}
                  aria-label={`Restore the backup of ${label(backup)}`}
                >
                  Restore
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      <DialogError message={error} />
      {restoring ? (
        <ConfirmDialog
          title={`Restore the backup of ${label(restoring)}?`}
          confirmLabel="Restore backup"
          danger
          onClose={() => setRestoring(null)}
          onConfirm={async () => {
            await api.restoreBackup({ name: restoring.name });
            onRestored();
          }}
        >
          <p>
            The library goes back to how it was then ({plural(restoring.accountCount, 'account', 'accounts')},{' '}
            {plural(restoring.planCount, 'plan', 'plans')}). The library as it is now is backed up first, so you can return to it from this list.
          </p>
        </ConfirmDialog>
      ) : null}
    </Dialog>
  );
}
