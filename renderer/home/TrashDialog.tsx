import { useCallback, useEffect, useState } from 'react';
import { TRASH_DAYS, daysLeftInTrash } from '../../shared/trash.ts';
import type { TrashItem } from '../../shared/trash.ts';
import { useApi } from '../api/ApiContext.tsx';
import { useLibraryStatus } from '../api/LibraryStatus.tsx';
import { formatDate } from '../map/format.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { Dialog, DialogError } from '../ui/Dialog.tsx';
import { errorSentence } from '../ui/ErrorMessage.tsx';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function describe(item: TrashItem): string {
  const what = item.type === 'account' ? `Account with ${plural(item.planCount, 'plan', 'plans')}` : `Plan of ${item.accountName}`;
  return `${what} · ${plural(item.nodeCount, 'item', 'items')} · deleted ${formatDate(item.deletedAt.slice(0, 10))} · emptied in ${plural(daysLeftInTrash(item.deletedAt, new Date()), 'day', 'days')}`;
}

/** The trash: deleted accounts and plans, to restore whole or delete for good. */
export function TrashDialog({ onClose, onChanged }: { onClose(): void; onChanged(): void }) {
  const api = useApi();
  const { readOnly } = useLibraryStatus();
  const [items, setItems] = useState<TrashItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [forgetting, setForgetting] = useState<TrashItem | null>(null);
  const load = useCallback(async () => {
    try {
      setItems(await api.listTrash({}));
    } catch (caught) {
      setError(errorSentence(caught));
    }
  }, [api]);
  useEffect(() => {
    void load();
  }, [load]);

  const restore = async (item: TrashItem) => {
    setError(null);
    try {
      await api.restoreFromTrash({ id: item.id });
      onChanged();
      await load();
    } catch (caught) {
      setError(errorSentence(caught));
    }
  };

  return (
    <Dialog title="Trash" onClose={onClose} wide>
      <p>Deleted accounts and plans stay here for {TRASH_DAYS} days, with their maps and snapshots, then they are emptied.</p>
      {items === null && !error ? <p role="status">Loading the trash…</p> : null}
      {items?.length === 0 ? <p role="status">The trash is empty.</p> : null}
      {items && items.length > 0 ? (
        <ul className="atlas-storage-list" aria-label="Items in the trash">
          {items.map((item) => (
            <li key={item.id} className="atlas-storage-list__item">
              <div>
                <strong>{item.name}</strong>
                <div className="atlas-storage-list__meta">{describe(item)}</div>
              </div>
              <div className="atlas-storage-list__actions">
                <button type="button" className="atlas-button atlas-button--small" disabled={readOnly} onClick={() => void restore(item)} aria-label={`Restore ${item.name}`}>
                  Restore
                </button>
                <button
                  type="button"
                  className="atlas-button atlas-button--small atlas-button--danger"
                  disabled={readOnly}
                  onClick={() => setForgetting(item)}
                  aria-label={`Delete ${item.name} for good`}
                >
                  Delete for good
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      <DialogError message={error} />
      {forgetting ? (
        <ConfirmDialog
          title={`Delete “${forgetting.name}” for good?`}
          confirmLabel="Delete for good"
          danger
          onClose={() => setForgetting(null)}
          onConfirm={async () => {
            await api.deleteForever({ id: forgetting.id });
            await load();
          }}
        >
          <p>
            This removes {forgetting.type === 'account' ? `the account and its ${plural(forgetting.planCount, 'plan', 'plans')}` : 'the plan'} with{' '}
            {plural(forgetting.nodeCount, 'map item', 'map items')} from the library. Only a backup can bring it back.
          </p>
        </ConfirmDialog>
      ) : null}
    </Dialog>
  );
}
