import { accessSync, closeSync, constants, existsSync, mkdirSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { AtlasError, DISK_FULL_MESSAGE, isAtlasError } from '../../shared/errors.ts';
import { takeBackupNow } from './backups.ts';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index.ts';
import type { Migration } from './migrations/index.ts';
import { diskIsFull, sqliteCode, storageError } from './storageErrors.ts';

/** Marks a SQLite file as an Account Atlas library (`PRAGMA application_id`, "ATLS"). */
export const APPLICATION_ID = 0x41544c53;

/** How long a write waits for another program's lock before it gives up, in milliseconds. */
export const BUSY_TIMEOUT_MS = 5000;

const SQLITE_HEADER = 'SQLite format 3\u0000';

/** An open library file. */
export interface Library {
  readonly path: string;
  readonly db: Database;
  /** Why the library is open read-only ("its folder cannot be written"), or null when it can be edited. */
  readonly readOnlyReason: string | null;
  close(): void;
}

/** How a caller means to use the library. */
export interface OpenLibraryOptions {
  /**
   * May this open create the library: make a missing file, or initialise a zero-byte file or an empty SQLite
   * database? Commands that only read (check, list, show, export) pass false. Default true.
   */
  create?: boolean;
  /** How long a write waits for another program's lock; default BUSY_TIMEOUT_MS. */
  busyTimeoutMs?: number;
  /** Called before migrations change an existing library, with the version it has; by default it backs the library up. */
  beforeMigration?: (db: Database, fromVersion: number) => void;
}

/**
 * Opens (or creates) the library at `path`, migrating it to the latest schema. A file we must not touch is
 * refused and left unchanged; a library we may read but not write opens read-only (see `readOnlyReason`).
 */
export function openLibrary(path: string, options: OpenLibraryOptions = {}): Library {
  const create = options.create ?? true;
  const name = `"${path}"`;
  if (!existsSync(path)) {
    if (!create) throw new AtlasError('not-found', `There is no library at ${name}.`);
    mkdirSync(dirname(path), { recursive: true });
    return openWritable(path, options);
  }
  if (statSync(path).isDirectory()) throw new AtlasError('refused', `${name} is a folder, not a library file.`);
  if (statSync(path).size === 0) {
    if (!create) throw new AtlasError('refused', `${name} is an empty file, not an Account Atlas library; it was left untouched.`);
    const reason = unwritableReason(path);
    if (reason) throw new AtlasError('read-only', `${name} is empty and cannot be made a library: ${reason}.`);
    return openWritable(path, options);
  }
  if (readHeaderOrRefuse(path, name) !== SQLITE_HEADER) {
    throw new AtlasError('refused', `${name} is not an Account Atlas library (not a SQLite database); it was left untouched.`);
  }
  const reader = openReader(path);
  let version: number;
  try {
    version = inspect(reader.db, name, create);
  } catch (error) {
    reader.db.close();
    throw error;
  }
  const reason = reader.inMemory ? 'its folder cannot be written' : unwritableReason(path);
  if (reason === null) {
    reader.db.close();
    try {
      return openWritable(path, options);
    } catch (error) {
      // Some file systems say "writable" and then refuse the first write (a read-only mount, a locked share).
      if (!sqliteCode(error)?.startsWith('SQLITE_READONLY')) throw error;
      return openReadOnly(openReader(path).db, path, name, version, 'the file or its folder cannot be written');
    }
  }
  return openReadOnly(reader.db, path, name, version, reason);
}

function openWritable(path: string, options: OpenLibraryOptions): Library {
  const db = new BetterSqlite3(path);
  try {
    // First, so that the pragmas below wait for another program's lock instead of failing at once.
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    migrate(db, MIGRATIONS, options.beforeMigration ?? ((current) => void takeBackupNow(current, path, new Date(), 'before-update')));
  } catch (error) {
    db.close();
    if (sqliteCode(error)?.startsWith('SQLITE_READONLY')) throw error;
    throw storageError(error, { folder: dirname(path) });
  }
  return { path, db, readOnlyReason: null, close: () => db.close() };
}

function openReadOnly(db: Database, path: string, name: string, version: number, reason: string): Library {
  if (version < LATEST_VERSION) {
    db.close();
    throw new AtlasError(
      'read-only',
      `${name} must be updated to this version of Account Atlas before it opens, but it is read-only (${reason}); make it writable and open it again. The file was left untouched.`,
    );
  }
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  return { path, db, readOnlyReason: reason, close: () => db.close() };
}

/** Checks a file that is to replace the library (a backup) as strictly as opening it would; returns its schema version. */
export function inspectLibraryFile(path: string): number {
  const name = `"${path}"`;
  if (readHeaderOrRefuse(path, name) !== SQLITE_HEADER) {
    throw new AtlasError('refused', `${name} is not an Account Atlas library (not a SQLite database).`);
  }
  const reader = openReader(path);
  try {
    return inspect(reader.db, name, false);
  } finally {
    reader.db.close();
  }
}

/** Runs the pending migrations in one immediate transaction and records the new `user_version`. */
export function migrate(
  db: Database,
  migrations: readonly Migration[] = MIGRATIONS,
  beforeMigration?: (db: Database, fromVersion: number) => void,
): void {
  const found = db.pragma('user_version', { simple: true }) as number;
  if (!migrations.some((migration) => migration.version > found)) return;
  if (found > 0) beforeMigration?.(db, found);
  db.transaction(() => {
    // Read again under the write lock: another program may have migrated the file meanwhile.
    const current = db.pragma('user_version', { simple: true }) as number;
    const pending = migrations.filter((migration) => migration.version > current);
    const last = pending.at(-1);
    if (!last) return;
    for (const migration of pending) migration.up(db);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${last.version}`);
  }).immediate();
}

/** Why this process cannot write the library file or create its journal files beside it, or null if it can. */
function unwritableReason(path: string): string | null {
  if (!canWrite(path)) return 'its file cannot be written';
  if (!canWrite(dirname(path))) return 'its folder cannot be written';
  return null;
}

function canWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * A read-only connection. SQLite reads a WAL library only where it can create the `-shm` index beside it; in a
 * read-only folder without one, the reader works on a copy in memory (nothing is ever written there).
 */
function openReader(path: string): { db: Database; inMemory: boolean } {
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    return { db, inMemory: false };
  } catch (error) {
    db?.close();
    const code = sqliteCode(error);
    if (code !== 'SQLITE_CANTOPEN' && !code?.startsWith('SQLITE_READONLY')) throw damagedOrUnreadable(error, `"${path}"`);
  }
  const wal = `${path}-wal`;
  // No room for the -shm index is a full disk, not a read-only folder.
  if (diskIsFull(dirname(path))) throw new AtlasError('disk-full', DISK_FULL_MESSAGE);
  if (existsSync(wal) && statSync(wal).size > 0) {
    throw new AtlasError(
      'read-only',
      `"${path}" has recent changes in "${wal}" that cannot be read while its folder cannot be written; make the folder writable and open it again. The files were left untouched.`,
    );
  }
  const bytes = readFileSync(path);
  // Bytes 18 and 19 say "WAL"; an in-memory database has no WAL, so read it as a plain (rollback) database.
  bytes[18] = 1;
  bytes[19] = 1;
  try {
    return { db: new BetterSqlite3(bytes, { readonly: true }), inMemory: true };
  } catch (error) {
    throw damagedOrUnreadable(error, `"${path}"`);
  }
}

/** Checks the file read-only before anything may write to it; returns its schema version. */
function inspect(db: Database, name: string, create: boolean): number {
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new DamageError(String(check));
    const version = db.pragma('user_version', { simple: true }) as number;
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    if (version > LATEST_VERSION) {
      throw new AtlasError(
        'refused',
        `${name} was written by a newer version of Account Atlas (schema ${version}, this version knows ${LATEST_VERSION}); update the app to open it. The file was left untouched.`,
      );
    }
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number };
    const ours = applicationId === APPLICATION_ID;
    const empty = applicationId === 0 && version === 0 && tables.n === 0;
    if (!ours && !empty) {
      throw new AtlasError('refused', `${name} is a SQLite database of another program, not an Account Atlas library; it was left untouched.`);
    }
    if (version === 0 && !create) {
      throw new AtlasError('refused', `${name} is an empty SQLite database, not an Account Atlas library; it was left untouched.`);
    }
    if (version > 0) {
      const full = db.pragma('integrity_check', { simple: true });
      if (full !== 'ok') throw new DamageError(String(full));
    }
    return version;
  } catch (error) {
    throw damagedOrUnreadable(error, name);
  }
}

class DamageError extends Error {}

/** Damage (a failed check, SQLITE_CORRUPT) says "restore a backup"; a lock or a full disk says what it is. */
function damagedOrUnreadable(error: unknown, name: string): unknown {
  if (isAtlasError(error)) return error;
  const code = sqliteCode(error);
  if (error instanceof DamageError || code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || code?.startsWith('SQLITE_CORRUPT')) {
    return new AtlasError(
      'refused',
      `${name} is damaged and cannot be opened (${firstLine(error)}); restore it from a backup. The file was left untouched.`,
    );
  }
  const known = storageError(error, { folder: dirname(name.slice(1, -1)) });
  if (isAtlasError(known)) return known;
  return new AtlasError('refused', `${name} could not be read (${firstLine(error)}); it was left untouched.`);
}

function readHeaderOrRefuse(path: string, name: string): string {
  try {
    return readHeader(path);
  } catch (error) {
    throw new AtlasError('refused', `${name} could not be read (${firstLine(error)}); it was left untouched.`);
  }
}

function readHeader(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(16);
    const read = readSync(fd, buffer, 0, 16, 0);
    return buffer.subarray(0, read).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}
