import type { AtlasHandlers } from '../../shared/api.ts';
import { AtlasError } from '../../shared/errors.ts';
import { trashCutoff } from '../../shared/trash.ts';
import type { Library } from './library.ts';
import { sqliteCode } from './storageErrors.ts';
import type { Store } from './store.ts';

/** The contract's methods about the library itself: its status, its trash and its backups. */
export type StorageMethod = 'libraryStatus' | 'listTrash' | 'restoreFromTrash' | 'deleteForever';

/** Empties from the trash what has been there longer than TRASH_DAYS; a busy or read-only library waits for the next start. */
export function emptyExpiredTrash(library: Library, store: Store, now: Date): number {
  if (library.readOnlyReason !== null) return 0;
  try {
    return store.transaction(() => store.trash.purgeBefore(trashCutoff(now)));
  } catch (error) {
    if (sqliteCode(error) === undefined) throw error;
    return 0;
  }
}

/** Handlers of the storage methods over one open library. */
export function createStorageHandlers(library: Library, store: Store, now: () => Date): Pick<AtlasHandlers, StorageMethod> {
  emptyExpiredTrash(library, store, now());
  return {
    libraryStatus() {
      return { readOnly: library.readOnlyReason !== null, reason: library.readOnlyReason };
    },
    listTrash() {
      return store.trash.list();
    },
    restoreFromTrash({ id }) {
      const restored = store.transaction(() => store.trash.restore(id));
      if (restored === null) throw new AtlasError('not-found', `Nothing with the id "${id}" is in the trash.`);
      return { restored };
    },
    deleteForever({ id }) {
      if (!store.transaction(() => store.trash.purge(id))) {
        throw new AtlasError('not-found', `Nothing with the id "${id}" is in the trash.`);
      }
      return { deleted: true };
    },
  };
}
