import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { APPLICATION_ID, migrate } from '../../../electron/backend/library.ts';
import { migration0001 } from '../../../electron/backend/migrations/0001-initial.ts';
import { LATEST_VERSION, MIGRATIONS } from '../../../electron/backend/migrations/index.ts';
import { tempFolder } from '../tempLibrary.ts';

describe('migration 0001-initial', () => {
  const temp = tempFolder();
  afterAll(() => temp.cleanup());

  it('creates the tables with foreign keys that cascade from plans to nodes and relations', () => {
    const db = new BetterSqlite3(temp.path('m1.db'));
    db.pragma('foreign_keys = ON');
    migrate(db, [migration0001]);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['accounts', 'edges', 'nodes', 'plans', 'snapshots']);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);

    db.prepare("INSERT INTO accounts (id, name, tier, created_at, updated_at) VALUES ('a', 'Acme', 'key', 't', 't')").run();
    db.prepare("INSERT INTO plans (id, account_id, title, created_at, updated_at) VALUES ('p', 'a', 'Plan', 't', 't')").run();
    db.prepare("INSERT INTO nodes (plan_id, id, kind, label) VALUES ('p', 'n1', 'account', 'Acme'), ('p', 'n2', 'need', 'Need')").run();
    db.prepare("INSERT INTO edges (plan_id, id, kind, source, target) VALUES ('p', 'e', 'related', 'n1', 'n2')").run();
    expect(() => db.prepare("INSERT INTO edges (plan_id, id, kind, source, target) VALUES ('p', 'x', 'related', 'n1', 'nope')").run()).toThrow(
      /FOREIGN KEY/,
    );
    db.prepare("DELETE FROM nodes WHERE id = 'n2'").run();
    expect(db.prepare('SELECT count(*) FROM edges').pluck().get()).toBe(0);
    db.prepare("DELETE FROM accounts WHERE id = 'a'").run();
    expect(db.prepare('SELECT count(*) FROM nodes').pluck().get()).toBe(0);
    db.close();
  });

  it('comes first and versions are strictly increasing', () => {
    const versions = MIGRATIONS.map((migration) => migration.version);
    expect(versions[0]).toBe(1);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(LATEST_VERSION).toBe(versions.at(-1));
  });

  it('rolls back every step when a later migration fails', () => {
    const db = new BetterSqlite3(temp.path('m2.db'));
    const broken = { version: 2, name: 'broken', up: () => { throw new Error('boom'); } };
    expect(() => migrate(db, [migration0001, broken])).toThrow('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").pluck().get()).toBe(0);
    db.close();
  });
});
