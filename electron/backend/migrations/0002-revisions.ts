import type { Migration } from './migration.ts';

/**
 * Plan revisions and the change log: every accepted change gets the plan's next revision and a row in
 * `plan_changes`. The account's name is stored once, on the account: the plan's root node no longer keeps a copy.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'revisions',
  up(db) {
    db.exec(`
      ALTER TABLE plans ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;

      CREATE TABLE plan_changes (
        plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        changed_at TEXT NOT NULL,
        author TEXT NOT NULL DEFAULT '',
        change_id TEXT,
        change TEXT NOT NULL,
        PRIMARY KEY (plan_id, revision)
      ) WITHOUT ROWID;

      UPDATE nodes SET label = '' WHERE kind = 'account';
    `);
  },
};
