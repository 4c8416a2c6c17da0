import type { Database } from 'better-sqlite3';
import type { TrashItem } from '../../../shared/trash.ts';

interface TrashRow {
  type: 'account' | 'plan';
  id: string;
  name: string;
  account_name: string;
  deleted_at: string;
  plan_count: number;
  node_count: number;
}

/** Moves accounts and plans to the trash and back, lists it and empties it. */
export function trashRepo(db: Database) {
  const trashAccount = db.prepare<[string, string]>('UPDATE accounts SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL');
  const trashPlan = db.prepare<[string, string]>(`
    UPDATE plans SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL
      AND account_id IN (SELECT id FROM accounts WHERE deleted_at IS NULL)`);
  const restoreAccount = db.prepare<[string]>('UPDATE accounts SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL');
  const restorePlan = db.prepare<[string]>('UPDATE plans SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL');
  const accountOfPlan = db.prepare<[string], { account_id: string }>('SELECT account_id FROM plans WHERE id = ?');
  const items = db.prepare<[], TrashRow>(`
    SELECT 'account' AS type, accounts.id, accounts.name, accounts.name AS account_name, accounts.deleted_at,
      (SELECT count(*) FROM plans WHERE plans.account_id = accounts.id AND plans.deleted_at IS NULL) AS plan_count,
      (SELECT count(*) FROM nodes JOIN plans ON plans.id = nodes.plan_id
        WHERE plans.account_id = accounts.id AND plans.deleted_at IS NULL) AS node_count
    FROM accounts WHERE accounts.deleted_at IS NOT NULL
    UNION ALL
    SELECT 'plan', plans.id, plans.title, accounts.name, plans.deleted_at, 1,
      (SELECT count(*) FROM nodes WHERE nodes.plan_id = plans.id)
    FROM plans JOIN accounts ON accounts.id = plans.account_id WHERE plans.deleted_at IS NOT NULL
    ORDER BY 5 DESC, 2`);
  const purgeAccount = db.prepare<[string]>('DELETE FROM accounts WHERE id = ? AND deleted_at IS NOT NULL');
  const purgePlan = db.prepare<[string]>('DELETE FROM plans WHERE id = ? AND deleted_at IS NOT NULL');
  const purgePlansBefore = db.prepare<[string]>('DELETE FROM plans WHERE deleted_at IS NOT NULL AND deleted_at < ?');
  const purgeAccountsBefore = db.prepare<[string]>('DELETE FROM accounts WHERE deleted_at IS NOT NULL AND deleted_at < ?');
  const anyBefore = db.prepare<[string, string], { found: number }>(`
    SELECT EXISTS (SELECT 1 FROM plans WHERE deleted_at IS NOT NULL AND deleted_at < ?)
        OR EXISTS (SELECT 1 FROM accounts WHERE deleted_at IS NOT NULL AND deleted_at < ?) AS found`);

  return {
    /** Moves an account (with its plans) to the trash; false when there is no such account outside it. */
    trashAccount(id: string, at: string): boolean {
      return trashAccount.run(at, id).changes > 0;
    },
    /** Moves a plan to the trash; false when there is no such plan outside it. */
    trashPlan(id: string, at: string): boolean {
      return trashPlan.run(at, id).changes > 0;
    },
    /** Takes an account or a plan out of the trash (a plan's account too); what came back, or null. */
    restore(id: string): 'account' | 'plan' | null {
      if (restoreAccount.run(id).changes > 0) return 'account';
      if (restorePlan.run(id).changes > 0) {
        const plan = accountOfPlan.get(id);
        if (plan) restoreAccount.run(plan.account_id);
        return 'plan';
      }
      return null;
    },
    list(): TrashItem[] {
      return items.all().map((row) => ({
        type: row.type,
        id: row.id,
        name: row.name,
        accountName: row.account_name,
        deletedAt: row.deleted_at,
        planCount: row.plan_count,
        nodeCount: row.node_count,
      }));
    },
    /** Deletes an item of the trash for good (an account with all its plans); false when it is not in the trash. */
    purge(id: string): boolean {
      return purgeAccount.run(id).changes > 0 || purgePlan.run(id).changes > 0;
    },
    /** True when something in the trash was deleted before `cutoff` (a read: no lock is taken to find out). */
    anyBefore(cutoff: string): boolean {
      return anyBefore.get(cutoff, cutoff)?.found === 1;
    },
    /** Empties what was deleted before `cutoff`; how many accounts and plans went. */
    purgeBefore(cutoff: string): number {
      return purgePlansBefore.run(cutoff).changes + purgeAccountsBefore.run(cutoff).changes;
    },
  };
}
