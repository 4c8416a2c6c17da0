import { statfsSync } from 'node:fs';
import { AtlasError, BUSY_MESSAGE, DISK_FULL_MESSAGE, isAtlasError } from '../../shared/errors.ts';

/** The SQLite result code of an error thrown by better-sqlite3 ("SQLITE_BUSY_SNAPSHOT"), if it is one. */
export function sqliteCode(error: unknown): string | undefined {
  if (!(error instanceof Error) || error.name !== 'SqliteError') return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** Below this many free bytes an I/O error while writing is taken for a full disk. */
const NEARLY_FULL_BYTES = 256 * 1024;

/** True when the file system holding `folder` has (almost) no room left. */
export function diskIsFull(folder: string): boolean {
  try {
    const stats = statfsSync(folder);
    return stats.bavail * stats.bsize < NEARLY_FULL_BYTES;
  } catch {
    return false;
  }
}

/**
 * Turns a storage condition the user can act on (a lock held by another program, a full disk, a read-only
 * file) into an AtlasError with one sentence; anything else is returned as it was.
 */
export function storageError(error: unknown, where: { folder: string; readOnlyReason?: string | null }): unknown {
  if (isAtlasError(error)) return error;
  // Writing a backup file is plain file system work: a full disk shows as ENOSPC there.
  if (error instanceof Error && (error as NodeJS.ErrnoException).code === 'ENOSPC') return new AtlasError('disk-full', DISK_FULL_MESSAGE);
  const code = sqliteCode(error);
  if (code === undefined) return error;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new AtlasError('busy', BUSY_MESSAGE);
  if (code === 'SQLITE_FULL') return new AtlasError('disk-full', DISK_FULL_MESSAGE);
  // Some file systems report a full disk as an I/O error (growing the WAL index, for one).
  if (code.startsWith('SQLITE_IOERR') && diskIsFull(where.folder)) return new AtlasError('disk-full', DISK_FULL_MESSAGE);
  if (code.startsWith('SQLITE_READONLY')) return readOnlyError(where.readOnlyReason ?? 'the file or its folder cannot be written');
  return error;
}

/** The refusal of a change to a library opened read-only. */
export function readOnlyError(reason: string): AtlasError {
  return new AtlasError('read-only', `The library is read-only (${reason}): nothing was changed.`);
}
