import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { backupsToKeep } from '../../shared/backups.ts';
import type { BackupInfo, BackupReason } from '../../shared/backups.ts';
import { AtlasError } from '../../shared/errors.ts';
import { todayIso } from '../../shared/values.ts';

/** The folder beside the library that holds its backups. */
export function backupFolder(libraryPath: string): string {
  return join(dirname(libraryPath), 'backups');
}

function stemOf(libraryPath: string): string {
  const name = basename(libraryPath);
  return extname(name) === '' ? name : name.slice(0, -extname(name).length);
}

const NAME_PATTERN = /^(.+)-(\d{4}-\d{2}-\d{2})(?:-(\d{6})(?:-(\d+))?)?(?:-(before-update|before-restore))?\.db$/;

function parseName(name: string, stem: string): { date: string; reason: BackupReason } | null {
  const match = NAME_PATTERN.exec(name);
  if (!match || match[1] !== stem) return null;
  return { date: match[2]!, reason: (match[5] as BackupReason | undefined) ?? 'daily' };
}

/**
 * The file name of a new backup. A backup taken for a reason (before a restore or an update) never replaces one
 * already there: two restores in one second must not overwrite the very backup the second one restores.
 */
function backupName(libraryPath: string, now: Date, reason: BackupReason): string {
  const stem = stemOf(libraryPath);
  const day = todayIso(now);
  if (reason === 'daily') return `${stem}-${day}.db`;
  const time = now.toISOString().slice(11, 19).replaceAll(':', '');
  const folder = backupFolder(libraryPath);
  let name = `${stem}-${day}-${time}-${reason}.db`;
  for (let copy = 2; existsSync(join(folder, name)); copy += 1) name = `${stem}-${day}-${time}-${copy}-${reason}.db`;
  return name;
}

/** Backups are plain rollback-journal files: reading one read-only then leaves no -wal or -shm beside it. */
function finish(temporary: string, final: string): void {
  const db = new BetterSqlite3(temporary);
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
  renameSync(temporary, final);
}

function temporaryPath(folder: string): string {
  return join(folder, `.partial-${process.pid}-${randomBytes(4).toString('hex')}.db`);
}

/** Copies the open library with SQLite's online backup (a consistent copy while others keep working); returns the file name. */
export async function takeBackup(
  db: Database,
  libraryPath: string,
  now: Date,
  reason: BackupReason,
  options: { prune?: boolean } = {},
): Promise<string> {
  const folder = backupFolder(libraryPath);
  mkdirSync(folder, { recursive: true });
  const name = backupName(libraryPath, now, reason);
  const temporary = temporaryPath(folder);
  try {
    // All pages in one step: a step copies a consistent snapshot, and nothing can restart it half-way.
    await db.backup(temporary, { progress: () => 0x7fffffff });
    finish(temporary, join(folder, name));
  } finally {
    rmSync(temporary, { force: true });
  }
  if (options.prune ?? true) pruneBackups(libraryPath);
  return name;
}

/** The same, synchronously (VACUUM INTO), for the moment before a migration, which runs while the library opens. */
export function takeBackupNow(db: Database, libraryPath: string, now: Date, reason: BackupReason): string {
  const folder = backupFolder(libraryPath);
  mkdirSync(folder, { recursive: true });
  const name = backupName(libraryPath, now, reason);
  const temporary = temporaryPath(folder);
  try {
    db.prepare('VACUUM INTO ?').run(temporary);
    finish(temporary, join(folder, name));
  } finally {
    rmSync(temporary, { force: true });
  }
  pruneBackups(libraryPath);
  return name;
}

/** True when today's daily backup exists. */
export function hasDailyBackup(libraryPath: string, now: Date): boolean {
  return existsSync(join(backupFolder(libraryPath), backupName(libraryPath, now, 'daily')));
}

function countsOf(path: string): { accountCount: number; planCount: number } {
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    const columns = db.prepare("SELECT name FROM pragma_table_info('plans')").pluck().all() as string[];
    const live = columns.includes('deleted_at') ? ' WHERE deleted_at IS NULL' : '';
    return {
      accountCount: db.prepare(`SELECT count(*) FROM accounts${live}`).pluck().get() as number,
      planCount: db.prepare(`SELECT count(*) FROM plans${live}`).pluck().get() as number,
    };
  } finally {
    db.close();
  }
}

/** The library's backups, newest first. A file that does not read is listed with no counts rather than hidden. */
export function listBackups(libraryPath: string): BackupInfo[] {
  const folder = backupFolder(libraryPath);
  if (!existsSync(folder)) return [];
  const stem = stemOf(libraryPath);
  const backups: BackupInfo[] = [];
  for (const name of readdirSync(folder)) {
    const parsed = parseName(name, stem);
    if (!parsed) continue;
    const path = join(folder, name);
    const stats = statSync(path);
    let counts = { accountCount: 0, planCount: 0 };
    try {
      counts = countsOf(path);
    } catch {
      // Listed anyway: restoring it will say what is wrong with it.
    }
    backups.push({ name, ...parsed, takenAt: stats.mtime.toISOString(), sizeBytes: stats.size, ...counts });
  }
  return backups.sort((a, b) => b.date.localeCompare(a.date) || b.takenAt.localeCompare(a.takenAt) || b.name.localeCompare(a.name));
}

/** Deletes the backups the retention rule (7 daily, 4 weekly) no longer keeps. */
export function pruneBackups(libraryPath: string): void {
  const all = listBackups(libraryPath);
  const kept = new Set(backupsToKeep(all).map((backup) => backup.name));
  for (const backup of all) if (!kept.has(backup.name)) rmSync(join(backupFolder(libraryPath), backup.name), { force: true });
}

/** The path of a listed backup, by its name; anything else is refused (no paths from outside the folder). */
export function backupPath(libraryPath: string, name: string): string {
  const found = listBackups(libraryPath).find((backup) => backup.name === name);
  if (!found) throw new AtlasError('not-found', `There is no backup called "${name}"; "atlas backups" lists them.`);
  return join(backupFolder(libraryPath), found.name);
}
