import type { Database } from 'better-sqlite3';
import type { Plan, PlanStatus, Viewport } from '../../../shared/plan.ts';
import { viewportSchema } from '../../../shared/plan.ts';
import { parseStoredJson } from './json.ts';

interface PlanRow {
  id: string;
  account_id: string;
  title: string;
  period_start: string | null;
  period_end: string | null;
  growth_target: number | null;
  currency: string;
  status: PlanStatus;
  viewport: string | null;
  created_at: string;
  updated_at: string;
}

function toPlan(row: PlanRow): Plan {
  return {
    id: row.id,
    accountId: row.account_id,
    title: row.title,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    growthTarget: row.growth_target,
    currency: row.currency,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A plan as listed, with its node count. */
export type PlanWithCount = Plan & { nodeCount: number };

/** Reads and writes the plans table. */
export function plansRepo(db: Database) {
  // A plan in the trash, or of an account in the trash, is not there for anything but the trash.
  const outsideTrash = 'plans.deleted_at IS NULL AND plans.account_id IN (SELECT id FROM accounts WHERE deleted_at IS NULL)';
  const byId = db.prepare<[string], PlanRow>(`SELECT * FROM plans WHERE id = ? AND ${outsideTrash}`);
  const withCounts = db.prepare<[], PlanRow & { node_count: number }>(`
    SELECT plans.*, (SELECT count(*) FROM nodes WHERE nodes.plan_id = plans.id) AS node_count
    FROM plans WHERE ${outsideTrash} ORDER BY title COLLATE NOCASE, id`);
  const upsert = db.prepare(`
    INSERT INTO plans (id, account_id, title, period_start, period_end, growth_target, currency, status,
                       created_at, updated_at)
    VALUES (@id, @accountId, @title, @periodStart, @periodEnd, @growthTarget, @currency, @status, @createdAt, @updatedAt)
    ON CONFLICT (id) DO UPDATE SET
      account_id = excluded.account_id, title = excluded.title, period_start = excluded.period_start,
      period_end = excluded.period_end, growth_target = excluded.growth_target, currency = excluded.currency,
      status = excluded.status, created_at = excluded.created_at, updated_at = excluded.updated_at`);
  const setViewport = db.prepare<[string | null, string]>('UPDATE plans SET viewport = ? WHERE id = ?');
  const touch = db.prepare<[string, string]>('UPDATE plans SET updated_at = ? WHERE id = ?');
  const revisionOf = db.prepare<[string], { revision: number }>('SELECT revision FROM plans WHERE id = ?');
  const nextRevision = db.prepare<[string, string], { revision: number }>(
    'UPDATE plans SET revision = revision + 1, updated_at = ? WHERE id = ? RETURNING revision',
  );
  const ofAccount = db.prepare<[string], { id: string }>('SELECT id FROM plans WHERE account_id = ? ORDER BY id');
  const viewportOf = db.prepare<[string], { viewport: string | null }>('SELECT viewport FROM plans WHERE id = ?');
  const anyById = db.prepare<[string], { found: number }>('SELECT 1 AS found FROM plans WHERE id = ?');

  return {
    get(id: string): Plan | undefined {
      const row = byId.get(id);
      return row && toPlan(row);
    },
    /** True when a plan has this id, in the trash or not (an imported plan must not take a trashed plan's id). */
    exists(id: string): boolean {
      return anyById.get(id) !== undefined;
    },
    listWithCounts(): PlanWithCount[] {
      return withCounts.all().map((row) => ({ ...toPlan(row), nodeCount: row.node_count }));
    },
    save(plan: Plan): void {
      upsert.run(plan);
    },
    viewport(id: string): Viewport | null {
      const parsed = viewportSchema.safeParse(parseStoredJson(viewportOf.get(id)?.viewport ?? null, null));
      return parsed.success ? parsed.data : null;
    },
    setViewport(id: string, viewport: Viewport | null): void {
      setViewport.run(viewport ? JSON.stringify(viewport) : null, id);
    },
    touch(id: string, updatedAt: string): void {
      touch.run(updatedAt, id);
    },
    /** The plan's current revision (0 before its first change). */
    revision(id: string): number {
      return revisionOf.get(id)?.revision ?? 0;
    },
    /** Raises the plan's revision by one and stamps it; returns the new revision. */
    nextRevision(id: string, updatedAt: string): number {
      const row = nextRevision.get(updatedAt, id);
      if (!row) throw new Error(`No plan ${id} to revise.`);
      return row.revision;
    },
    idsOfAccount(accountId: string): string[] {
      return ofAccount.all(accountId).map((row) => row.id);
    },
  };
}
