import BetterSqlite3 from 'better-sqlite3';
import { backupPath, pruneBackups, takeBackup } from './backups.ts';
import { inspectLibraryFile, migrate } from './library.ts';
import type { Library } from './library.ts';
import { readOnlyError } from './storageErrors.ts';

/** What a restore did. */
export interface RestoreResult {
  restoredFrom: string;
  /** The backup of the library as it was just before. */
  keptAs: string;
}

/**
 * Brings the library back to a backup: checks the backup, backs the library up as it is now, then copies the
 * backup into it with SQLite's online backup (other programs see the change as they would any write) and
 * migrates it if it is older.
 */
export async function restoreBackup(library: Library, name: string, now: Date): Promise<RestoreResult> {
  if (library.readOnlyReason !== null) throw readOnlyError(library.readOnlyReason);
  const path = backupPath(library.path, name);
  inspectLibraryFile(path);
  const keptAs = await takeBackup(library.db, library.path, now, 'before-restore', { prune: false });
  const source = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    await source.backup(library.path, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
  library.db.pragma('journal_mode = WAL');
  migrate(library.db);
  pruneBackups(library.path);
  return { restoredFrom: name, keptAs };
}
