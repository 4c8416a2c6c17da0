import type { ApiMethod, AtlasHandlers } from '../../shared/api.ts';
import { AtlasError } from '../../shared/errors.ts';
import { trashCutoff } from '../../shared/trash.ts';
import { todayIso } from '../../shared/values.ts';
import { hasDailyBackup, listBackups, takeBackup } from './backups.ts';
import type { Library } from './library.ts';
import { restoreBackup } from './restoreBackup.ts';
import { sqliteCode } from './storageErrors.ts';
import type { Store } from './store.ts';

/** The contract's methods about the library itself: its status, its trash and its backups. */
export type StorageMethod = 'libraryStatus' | 'listTrash' | 'restoreFromTrash' | 'deleteForever' | 'listBackups' | 'restoreBackup';

/** Methods that never change the library; any other is a change, and the first change of a day is preceded by a backup. */
const METHODS_THAT_ONLY_READ = new Set<ApiMethod>([
  'listAccounts',
  'loadPlan',
  'listSnapshots',
  'loadSnapshot',
  'exportPlanFile',
  'exportDocument',
  'libraryStatus',
  'listTrash',
  'listBackups',
  'restoreBackup',
]);

/** Empties from the trash what has been there longer than TRASH_DAYS; a busy or read-only library waits for the next start. */
export function emptyExpiredTrash(library: Library, store: Store, now: Date): number {
  const cutoff = trashCutoff(now);
  // Most starts find nothing to empty: look first, so a start never waits for another program's write lock.
  if (library.readOnlyReason !== null || !store.trash.anyBefore(cutoff)) return 0;
  try {
    return store.transaction(() => store.trash.purgeBefore(cutoff));
  } catch (error) {
    if (sqliteCode(error) === undefined) throw error;
    return 0;
  }
}

/**
 * Returns a function to await before a method runs: before the first change of each day it backs the library up
 * (once, however many calls arrive together; skipped for a library that holds no account yet).
 */
export function createDailyBackup(library: Library, now: () => Date): (method: ApiMethod) => Promise<void> {
  let backedUpOn: string | null = null;
  let running: Promise<void> | null = null;
  const holdsSomething = () => library.db.prepare('SELECT EXISTS (SELECT 1 FROM accounts)').pluck().get() === 1;
  return async (method) => {
    if (METHODS_THAT_ONLY_READ.has(method) || library.readOnlyReason !== null) return;
    const day = todayIso(now());
    if (backedUpOn === day) return;
    running ??= (async () => {
      if (!holdsSomething()) return;
      if (!hasDailyBackup(library.path, now())) await takeBackup(library.db, library.path, now(), 'daily');
      backedUpOn = day;
    })().finally(() => {
      running = null;
    });
    await running;
  };
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
      if (!store.transaction(() => store.trash.purge(id))) throw new AtlasError('not-found', `Nothing with the id "${id}" is in the trash.`);
      return { deleted: true };
    },
    listBackups() {
      return listBackups(library.path);
    },
    restoreBackup({ name }) {
      return restoreBackup(library, name, now());
    },
  };
}
