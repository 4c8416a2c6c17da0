import type { Migration } from './migration.ts';

/** A trash: a deleted account or plan keeps its rows, marked with when it was deleted, until it is emptied. */
export const migration0003: Migration = {
  version: 3,
  name: 'trash',
  up(db) {
    db.exec(`
      ALTER TABLE accounts ADD COLUMN deleted_at TEXT;
      ALTER TABLE plans ADD COLUMN deleted_at TEXT;
      CREATE INDEX accounts_in_trash ON accounts (deleted_at) WHERE deleted_at IS NOT NULL;
      CREATE INDEX plans_in_trash ON plans (deleted_at) WHERE deleted_at IS NOT NULL;
    `);
  },
};
