import type { Database } from 'better-sqlite3';
import { isNodeKind, kindOf } from '../../../shared/kinds/index.ts';
import type { NodeKind } from '../../../shared/kinds/index.ts';
import type { PlanNode } from '../../../shared/model.ts';
import { AtlasError } from '../../../shared/errors.ts';
import { readStoredObject, sqlIsJsonObject } from './json.ts';

interface NodeRow {
  id: string;
  kind: string;
  label: string;
  data: string;
  x: number;
  y: number;
  parent_id: string | null;
  sort_order: number;
  collapsed: number;
  internal: number;
}

/** Maps a row to a node, normalising its data through the kind's restore(). Rows of unknown kinds are skipped. */
function toNode(row: NodeRow): PlanNode | undefined {
  if (!isNodeKind(row.kind)) return undefined;
  const stored = readStoredObject(row.data);
  return {
    id: row.id,
    kind: row.kind,
    label: row.label,
    data: kindOf(row.kind).restore(stored.value ?? {}),
    ...(stored.damage === null ? {} : { damaged: stored.damage }),
    position: { x: row.x, y: row.y },
    parentId: row.parent_id,
    order: row.sort_order,
    collapsed: row.collapsed === 1,
    internal: row.internal === 1,
  } as PlanNode;
}

function damagedNodeError(label: string): AtlasError {
  return new AtlasError('damaged', `The node "${label}" is damaged in the library and cannot be changed; "atlas check" says what is wrong.`);
}

/** The few facts about a node that validation needs. */
export interface NodeFacts {
  id: string;
  kind: NodeKind;
  parentId: string | null;
}

/** Reads and writes the nodes of one plan at a time. */
export function nodesRepo(db: Database) {
  const ofPlan = db.prepare<[string], NodeRow>(
    'SELECT id, kind, label, data, x, y, parent_id, sort_order, collapsed, internal FROM nodes WHERE plan_id = ?',
  );
  const facts = db.prepare<[string, string], { id: string; kind: string; parent_id: string | null }>(
    'SELECT id, kind, parent_id FROM nodes WHERE plan_id = ? AND id = ?',
  );
  const children = db.prepare<[string, string], { id: string }>('SELECT id FROM nodes WHERE plan_id = ? AND parent_id = ?');
  const roots = db.prepare<[string], { id: string }>('SELECT id FROM nodes WHERE plan_id = ? AND parent_id IS NULL');
  const upsert = db.prepare(`
    INSERT INTO nodes (plan_id, id, kind, label, data, x, y, parent_id, sort_order, collapsed, internal)
    VALUES (@planId, @id, @kind, @label, @data, @x, @y, @parentId, @order, @collapsed, @internal)
    ON CONFLICT (plan_id, id) DO UPDATE SET
      kind = excluded.kind, label = excluded.label, data = excluded.data, x = excluded.x, y = excluded.y,
      parent_id = excluded.parent_id, sort_order = excluded.sort_order, collapsed = excluded.collapsed,
      internal = excluded.internal
    WHERE ${sqlIsJsonObject('nodes.data')}`);
  const move = db.prepare<[number, number, string, string]>('UPDATE nodes SET x = ?, y = ? WHERE plan_id = ? AND id = ?');
  const remove = db.prepare<[string, string]>('DELETE FROM nodes WHERE plan_id = ? AND id = ?');
  const count = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM nodes WHERE plan_id = ?');
  const links = db.prepare<[string], { id: string; parent_id: string | null }>('SELECT id, parent_id FROM nodes WHERE plan_id = ?');
  const byId = db.prepare<[string, string], NodeRow>(
    'SELECT id, kind, label, data, x, y, parent_id, sort_order, collapsed, internal FROM nodes WHERE plan_id = ? AND id = ?',
  );

  return {
    list(planId: string): PlanNode[] {
      const nodes: PlanNode[] = [];
      for (const row of ofPlan.all(planId)) {
        const node = toNode(row);
        if (node) nodes.push(node);
      }
      return nodes;
    },
    /** One node, to change it; a node whose stored data is damaged is refused, so no change is merged into defaults. */
    get(planId: string, id: string): PlanNode | undefined {
      const row = byId.get(planId, id);
      const node = row && toNode(row);
      if (node?.damaged) throw damagedNodeError(node.label);
      return node;
    },
    facts(planId: string, id: string): NodeFacts | undefined {
      const row = facts.get(planId, id);
      if (!row || !isNodeKind(row.kind)) return undefined;
      return { id: row.id, kind: row.kind, parentId: row.parent_id };
    },
    childIds(planId: string, id: string): string[] {
      return children.all(planId, id).map((row) => row.id);
    },
    rootIds(planId: string): string[] {
      return roots.all(planId).map((row) => row.id);
    },
    /** Every node's id and parent, for checks over the whole tree. */
    links(planId: string): { id: string; parentId: string | null }[] {
      return links.all(planId).map((row) => ({ id: row.id, parentId: row.parent_id }));
    },
    count(planId: string): number {
      return count.get(planId)?.n ?? 0;
    },
    /** Inserts or replaces a node; refuses to overwrite one whose stored data is damaged. */
    save(planId: string, node: PlanNode): void {
      const { changes } = upsert.run({
        planId,
        id: node.id,
        kind: node.kind,
        // The account node shows the account's name, which is stored once, on the account.
        label: node.kind === 'account' ? '' : node.label,
        data: JSON.stringify(node.data),
        x: node.position.x,
        y: node.position.y,
        parentId: node.parentId,
        order: node.order,
        collapsed: node.collapsed ? 1 : 0,
        internal: node.internal ? 1 : 0,
      });
      if (changes === 0) throw damagedNodeError(node.label);
    },
    move(planId: string, id: string, x: number, y: number): boolean {
      return move.run(x, y, planId, id).changes > 0;
    },
    delete(planId: string, id: string): boolean {
      return remove.run(planId, id).changes > 0;
    },
  };
}
