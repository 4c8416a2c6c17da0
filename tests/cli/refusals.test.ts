import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atlas, sha256, tempFolder, userErrorLine } from './helpers.ts';

/** Every command that opens the library, run against a file it must refuse. */
function commandsAgainst(path: string, planFile: string): string[][] {
  return [
    ['check', '--data', path],
    ['list', '--data', path],
    ['show', 'Northwind', '--data', path],
    ['demo', '--data', path],
    ['import', planFile, '--data', path],
    ['export', 'Northwind', '--format', 'json', '--out', '-', '--data', path],
  ];
}

describe('atlas refuses a file that is not a library it may open, and leaves it untouched', () => {
  const folder = tempFolder();
  const real = join(folder.dir, 'real.db');
  const planFile = join(folder.dir, 'plan.json');

  beforeAll(() => {
    expect(atlas(['demo', '--data', real]).status).toBe(0);
    expect(atlas(['export', 'Northwind', '--format', 'json', '--out', planFile, '--data', real]).status).toBe(0);
  });
  afterAll(() => folder.remove());

  const expectRefused = (path: string, pattern: RegExp) => {
    const before = sha256(path);
    for (const args of commandsAgainst(path, planFile)) {
      const line = userErrorLine(atlas(args));
      expect(line, args.join(' ')).toMatch(pattern);
      expect(sha256(path), args.join(' ')).toBe(before);
    }
  };

  it('refuses a text file', () => {
    const path = join(folder.dir, 'notes.db');
    writeFileSync(path, 'Meeting notes, not a database.\n'.repeat(50));
    expectRefused(path, /not an Account Atlas library/);
  });

  it('refuses a truncated copy of a real library', () => {
    const path = join(folder.dir, 'truncated.db');
    const bytes = readFileSync(real);
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expectRefused(path, /is damaged and cannot be opened/);
  });

  it('refuses a library written by a newer version', () => {
    const path = join(folder.dir, 'future.db');
    copyFileSync(real, path);
    const db = new Database(path);
    db.pragma('user_version = 999');
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
    db.close();
    expectRefused(path, /newer version of Account Atlas/);
  });

  it("refuses another program's SQLite file that has an application_id but no tables, with every command", () => {
    const path = join(folder.dir, 'foreign-empty.db');
    const db = new Database(path);
    db.pragma('application_id = 1234');
    db.close();
    expectRefused(path, /SQLite database of another program/);
  });

  it('leaves a zero-byte file as it is for check, list, show and export; only a command that creates a library initialises it', () => {
    const path = join(folder.dir, 'zero.db');
    writeFileSync(path, '');
    for (const args of commandsAgainst(path, planFile).filter(([name]) => !['demo', 'import'].includes(name!))) {
      expect(userErrorLine(atlas(args)), args.join(' ')).toMatch(/is an empty file, not an Account Atlas library; it was left untouched\.$/);
      expect(readFileSync(path).length, args.join(' ')).toBe(0);
    }
    expect(atlas(['demo', '--data', path]).status).toBe(0);
    expect(atlas(['check', '--data', path]).stdout).toMatch(/^OK: .* holds 1 account, 1 plan and 73 nodes\.$/m);
  });

  it('leaves an empty SQLite database (no tables, no application_id) as it is for check, list, show and export', () => {
    const path = join(folder.dir, 'empty-sqlite.db');
    const db = new Database(path);
    db.exec('VACUUM');
    db.close();
    const before = sha256(path);
    for (const args of commandsAgainst(path, planFile).filter(([name]) => !['demo', 'import'].includes(name!))) {
      expect(userErrorLine(atlas(args)), args.join(' ')).toMatch(/is an empty SQLite database, not an Account Atlas library/);
      expect(sha256(path), args.join(' ')).toBe(before);
    }
  });

  it('opens the real library fine, so the refusals above are about the files', () => {
    expect(atlas(['check', '--data', real]).status).toBe(0);
  });
});
