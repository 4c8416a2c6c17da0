import type { Database } from 'better-sqlite3';
import { isEdgeKind, restoreEdgeData } from '../../../shared/edges.ts';
import type { PlanEdge } from '../../../shared/model.ts';
import { parseStoredJson } from './json.ts';

interface EdgeRow {
  id: string;
  kind: string;
  source: string;
  target: string;
  data: string;
}

function toEdge(row: EdgeRow): PlanEdge | undefined {
  if (!isEdgeKind(row.kind)) return undefined;
  return {
    id: row.id,
    kind: row.kind,
    source: row.source,
    target: row.target,
    data: restoreEdgeData(row.kind, parseStoredJson(row.data, {})),
  };
}

/** Reads and writes the relations of one plan at a time. */
export function edgesRepo(db: Database) {
  const ofPlan = db.prepare<[string], EdgeRow>('SELECT id, kind, source, target, data FROM edges WHERE plan_id = ?');
  const touching = db.prepare<[string, string, string], EdgeRow>(
    'SELECT id, kind, source, target, data FROM edges WHERE plan_id = ? AND (source = ? OR target = ?)',
  );
  const upsert = db.prepare(`
    INSERT INTO edges (plan_id, id, kind, source, target, data) VALUES (@planId, @id, @kind, @source, @target, @data)
    ON CONFLICT (plan_id, id) DO UPDATE SET
      kind = excluded.kind, source = excluded.source, target = excluded.target, data = excluded.data`);
  const remove = db.prepare<[string, string]>('DELETE FROM edges WHERE plan_id = ? AND id = ?');
  const byId = db.prepare<[string, string], EdgeRow>('SELECT id, kind, source, target, data FROM edges WHERE plan_id = ? AND id = ?');

  return {
    list(planId: string): PlanEdge[] {
      const edges: PlanEdge[] = [];
      for (const row of ofPlan.all(planId)) {
        const edge = toEdge(row);
        if (edge) edges.push(edge);
      }
      return edges;
    },
    get(planId: string, id: string): PlanEdge | undefined {
      const row = byId.get(planId, id);
      return row && toEdge(row);
    },
    touching(planId: string, nodeId: string): PlanEdge[] {
      return touching.all(planId, nodeId, nodeId).flatMap((row) => toEdge(row) ?? []);
    },
    save(planId: string, edge: PlanEdge): void {
      upsert.run({ planId, ...edge, data: JSON.stringify(edge.data) });
    },
    delete(planId: string, id: string): boolean {
      return remove.run(planId, id).changes > 0;
    },
  };
}
