import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/backend/library.ts';
import { migration0001 } from '../../../electron/backend/migrations/0001-initial.ts';
import { migration0002 } from '../../../electron/backend/migrations/0002-revisions.ts';
import { migration0003 } from '../../../electron/backend/migrations/0003-trash.ts';
import { MIGRATIONS } from '../../../electron/backend/migrations/index.ts';
import { tempFolder } from '../tempLibrary.ts';

describe('migration 0003-trash', () => {
  const temp = tempFolder();
  afterAll(() => temp.cleanup());

  it('comes right after 0002', () => {
    expect(MIGRATIONS.map((migration) => migration.name).slice(1, 3)).toEqual(['revisions', 'trash']);
  });

  it('adds deleted_at to accounts and plans and keeps what a version-2 library holds, outside the trash', () => {
    const db = new BetterSqlite3(temp.path('m3.db'));
    migrate(db, [migration0001, migration0002]);
    db.prepare("INSERT INTO accounts (id, name, tier, created_at, updated_at) VALUES ('a', 'Acme', 'key', 't', 't')").run();
    db.prepare("INSERT INTO plans (id, account_id, title, created_at, updated_at) VALUES ('p', 'a', 'Plan', 't', 't')").run();
    migrate(db, [migration0001, migration0002, migration0003]);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(db.prepare('SELECT deleted_at FROM accounts').pluck().all()).toEqual([null]);
    expect(db.prepare('SELECT deleted_at FROM plans').pluck().all()).toEqual([null]);
    db.close();
  });
});
