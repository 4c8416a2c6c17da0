import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { AtlasError } from '../../shared/errors.ts';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index.ts';
import type { Migration } from './migrations/index.ts';

/** Marks a SQLite file as an Account Atlas library (`PRAGMA application_id`, "ATLS"). */
export const APPLICATION_ID = 0x41544c53;

const SQLITE_HEADER = 'SQLite format 3\u0000';

/** An open library file. */
export interface Library {
  readonly path: string;
  readonly db: Database;
  close(): void;
}

/** Opens (or creates) the library at `path`, migrating it to the latest schema. A file we must not touch is refused and left unchanged. */
export function openLibrary(path: string): Library {
  if (existsSync(path)) inspectExisting(path);
  else mkdirSync(dirname(path), { recursive: true });

  const db = new BetterSqlite3(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return { path, db, close: () => db.close() };
}

/** Runs the pending migrations in one transaction and records the new `user_version`. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const pending = migrations.filter((migration) => migration.version > current);
  const last = pending.at(-1);
  if (!last) return;
  db.transaction(() => {
    for (const migration of pending) migration.up(db);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${last.version}`);
  })();
}

/** Checks an existing file read-only before anything may write to it. */
function inspectExisting(path: string): void {
  const name = `"${path}"`;
  if (statSync(path).isDirectory()) throw new AtlasError('refused', `${name} is a folder, not a library file.`);
  if (statSync(path).size === 0) return;
  if (readHeader(path) !== SQLITE_HEADER) {
    throw new AtlasError('refused', `${name} is not an Account Atlas library (not a SQLite database); it was left untouched.`);
  }
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(String(check));
    const version = db.pragma('user_version', { simple: true }) as number;
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    if (version > LATEST_VERSION) {
      throw new AtlasError(
        'refused',
        `${name} was written by a newer version of Account Atlas (schema ${version}, this version knows ${LATEST_VERSION}); update the app to open it. The file was left untouched.`,
      );
    }
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number };
    if (applicationId !== APPLICATION_ID && (version !== 0 || tables.n > 0)) {
      throw new AtlasError('refused', `${name} is a SQLite database of another program, not an Account Atlas library; it was left untouched.`);
    }
    if (version > 0) {
      const full = db.pragma('integrity_check', { simple: true });
      if (full !== 'ok') throw new Error(String(full));
    }
  } catch (error) {
    if (error instanceof AtlasError) throw error;
    throw new AtlasError(
      'refused',
      `${name} is damaged and cannot be opened (${firstLine(error)}); restore it from a backup. The file was left untouched.`,
    );
  } finally {
    db?.close();
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
