import type { Database } from 'better-sqlite3';
import type { Snapshot, SnapshotSummary } from '../../../shared/model.ts';

interface SnapshotRow {
  id: string;
  plan_id: string;
  label: string;
  taken_at: string;
  node_count: number;
}

function toSummary(row: SnapshotRow): SnapshotSummary {
  return { id: row.id, planId: row.plan_id, label: row.label, takenAt: row.taken_at, nodeCount: row.node_count };
}

/** Reads and writes frozen copies of plans. */
export function snapshotsRepo(db: Database) {
  const ofPlan = db.prepare<[string], SnapshotRow>(
    'SELECT id, plan_id, label, taken_at, node_count FROM snapshots WHERE plan_id = ? ORDER BY taken_at, id',
  );
  const byId = db.prepare<[string], SnapshotRow & { content: string }>('SELECT * FROM snapshots WHERE id = ?');
  const exists = db.prepare<[string], { id: string }>('SELECT id FROM snapshots WHERE id = ?');
  const insert = db.prepare(`
    INSERT INTO snapshots (id, plan_id, label, taken_at, node_count, content)
    VALUES (@id, @planId, @label, @takenAt, @nodeCount, @content)`);

  return {
    list(planId: string): SnapshotSummary[] {
      return ofPlan.all(planId).map(toSummary);
    },
    /** The stored content as raw JSON text; the service restores it. */
    get(id: string): (SnapshotSummary & { contentJson: string }) | undefined {
      const row = byId.get(id);
      return row && { ...toSummary(row), contentJson: row.content };
    },
    exists(id: string): boolean {
      return exists.get(id) !== undefined;
    },
    insert(snapshot: Snapshot): void {
      insert.run({ ...snapshot, content: JSON.stringify(snapshot.content) });
    },
  };
}
