import type { Database } from 'better-sqlite3';
import { isEdgeKind, restoreEdgeData } from '../../../shared/edges.ts';
import type { PlanEdge } from '../../../shared/model.ts';
import { AtlasError } from '../../../shared/errors.ts';
import { readStoredObject, sqlIsJsonObject } from './json.ts';

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
    data: restoreEdgeData(row.kind, readStoredObject(row.data).value ?? {}),
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
      kind = excluded.kind, source = excluded.source, target = excluded.target, data = excluded.data
    WHERE ${sqlIsJsonObject('edges.data')}`);
  const remove = db.prepare<[string, string]>('DELETE FROM edges WHERE plan_id = ? AND id = ?');
  const count = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM edges WHERE plan_id = ?');
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
    count(planId: string): number {
      return count.get(planId)?.n ?? 0;
    },
    get(planId: string, id: string): PlanEdge | undefined {
      const row = byId.get(planId, id);
      return row && toEdge(row);
    },
    touching(planId: string, nodeId: string): PlanEdge[] {
      return touching.all(planId, nodeId, nodeId).flatMap((row) => toEdge(row) ?? []);
    },
    /** Inserts or replaces a relation; refuses to overwrite one whose stored data is damaged. */
    save(planId: string, edge: PlanEdge): void {
      if (upsert.run({ planId, ...edge, data: JSON.stringify(edge.data) }).changes === 0) {
        throw new AtlasError('damaged', 'This relation is damaged in the library and cannot be changed; "atlas check" says what is wrong.');
      }
    },
    delete(planId: string, id: string): boolean {
      return remove.run(planId, id).changes > 0;
    },
  };
}
