import type { Migration } from './migration.ts';

/** Accounts, plans, map nodes and relations, snapshots. */
export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE accounts (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        industry TEXT NOT NULL DEFAULT '',
        website TEXT NOT NULL DEFAULT '',
        revenue REAL,
        revenue_currency TEXT NOT NULL DEFAULT 'USD',
        tier TEXT NOT NULL CHECK (tier IN ('strategic', 'key', 'standard')),
        tier_criteria TEXT NOT NULL DEFAULT '[]',
        account_manager TEXT NOT NULL DEFAULT '',
        renewal_date TEXT,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE plans (
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        period_start TEXT,
        period_end TEXT,
        growth_target REAL,
        currency TEXT NOT NULL DEFAULT 'USD',
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'archived')),
        viewport TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX plans_by_account ON plans (account_id);

      CREATE TABLE nodes (
        plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        kind TEXT NOT NULL,
        label TEXT NOT NULL,
        data TEXT NOT NULL DEFAULT '{}',
        x REAL NOT NULL DEFAULT 0,
        y REAL NOT NULL DEFAULT 0,
        parent_id TEXT,
        sort_order REAL NOT NULL DEFAULT 0,
        collapsed INTEGER NOT NULL DEFAULT 0,
        internal INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (plan_id, id)
      ) WITHOUT ROWID;
      CREATE INDEX nodes_by_parent ON nodes (plan_id, parent_id);

      CREATE TABLE edges (
        plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        kind TEXT NOT NULL,
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        data TEXT NOT NULL DEFAULT '{}',
        PRIMARY KEY (plan_id, id),
        FOREIGN KEY (plan_id, source) REFERENCES nodes (plan_id, id) ON DELETE CASCADE,
        FOREIGN KEY (plan_id, target) REFERENCES nodes (plan_id, id) ON DELETE CASCADE
      ) WITHOUT ROWID;
      CREATE INDEX edges_by_source ON edges (plan_id, source);
      CREATE INDEX edges_by_target ON edges (plan_id, target);

      CREATE TABLE snapshots (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        label TEXT NOT NULL DEFAULT '',
        taken_at TEXT NOT NULL,
        node_count INTEGER NOT NULL,
        content TEXT NOT NULL
      );
      CREATE INDEX snapshots_by_plan ON snapshots (plan_id, taken_at);
    `);
  },
};
