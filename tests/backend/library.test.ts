import { copyFileSync, mkdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../electron/backend/library.ts';
import { LATEST_VERSION } from '../../electron/backend/migrations/index.ts';
import { defaultLibraryPath, resolveLibraryPath } from '../../electron/backend/libraryPath.ts';
import { createPlanService } from '../../electron/backend/service.ts';
import { fileHash, tempFolder } from './tempLibrary.ts';

const temp = tempFolder();
afterAll(() => temp.cleanup());

/** A real library with the sample plan, checkpointed so the main file holds everything. */
async function realLibrary(name: string): Promise<string> {
  const path = temp.path(name);
  const library = openLibrary(path);
  await createPlanService(library).createSamplePlan({});
  library.db.pragma('wal_checkpoint(TRUNCATE)');
  library.close();
  return path;
}

function expectRefused(path: string, message: RegExp): void {
  const before = fileHash(path);
  expect(() => openLibrary(path)).toThrow(message);
  expect(fileHash(path)).toBe(before);
}

describe('opening a library', () => {
  it('creates a new library, with its folder, in WAL mode with foreign keys on', () => {
    const path = join(temp.dir, 'new', 'folder', 'atlas.db');
    const library = openLibrary(path);
    expect(library.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(library.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(library.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    library.close();
    expect(statSync(path).isFile()).toBe(true);
  });

  it('reopens its own library and keeps the data', async () => {
    const path = await realLibrary('reopen.db');
    const library = openLibrary(path);
    const accounts = await createPlanService(library).listAccounts({});
    expect(accounts).toHaveLength(1);
    library.close();
  });

  it('refuses a text file and leaves it unchanged', () => {
    const path = temp.path('notes.txt');
    writeFileSync(path, 'Account notes\nnot a database\n');
    expectRefused(path, /not an Account Atlas library \(not a SQLite database\)/);
  });

  it('refuses a truncated copy of a real library and leaves it unchanged', async () => {
    const original = await realLibrary('whole.db');
    const path = temp.path('truncated.db');
    copyFileSync(original, path);
    truncateSync(path, Math.floor(statSync(original).size / 2) + 100);
    expectRefused(path, /damaged and cannot be opened/);
  });

  it('refuses a library from a newer schema version and leaves it unchanged', async () => {
    const path = await realLibrary('future.db');
    const db = new BetterSqlite3(path);
    db.pragma('user_version = 99');
    db.close();
    expectRefused(path, /written by a newer version of Account Atlas \(schema 99/);
  });

  it("refuses another program's SQLite database", () => {
    const path = temp.path('other.db');
    const db = new BetterSqlite3(path);
    db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)');
    db.close();
    expectRefused(path, /SQLite database of another program/);
  });

  it('refuses a folder', () => {
    const path = temp.path('a-folder');
    mkdirSync(path);
    expect(() => openLibrary(path)).toThrow(/is a folder/);
  });
});

describe('where the library lives', () => {
  it("matches Electron's userData folder for the app name on each OS", () => {
    expect(defaultLibraryPath('linux', {}, '/home/dana')).toBe('/home/dana/.config/Account Atlas/atlas.db');
    expect(defaultLibraryPath('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/dana')).toBe('/cfg/Account Atlas/atlas.db');
    expect(defaultLibraryPath('darwin', {}, '/Users/dana')).toBe('/Users/dana/Library/Application Support/Account Atlas/atlas.db');
    expect(defaultLibraryPath('win32', { APPDATA: 'C:\\Users\\dana\\AppData\\Roaming' }, 'C:\\Users\\dana')).toContain(
      'Account Atlas',
    );
  });

  it('takes --data over ATLAS_DATA over the default', () => {
    expect(resolveLibraryPath('/x/flag.db', { ATLAS_DATA: '/x/env.db' })).toBe('/x/flag.db');
    expect(resolveLibraryPath(undefined, { ATLAS_DATA: '/x/env.db' })).toBe('/x/env.db');
    expect(resolveLibraryPath(undefined, {})).toMatch(/Account Atlas[\\/]atlas\.db$/);
  });
});
