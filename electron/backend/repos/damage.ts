import type { Database } from 'better-sqlite3';
import { isEdgeKind } from '../../../shared/edges.ts';
import { isNodeKind } from '../../../shared/kinds/index.ts';
import { readStoredArray, readStoredObject } from './json.ts';

/** One stored record that no longer reads: where it is and what is wrong with it. */
export interface DamagedRecord {
  planId: string | null;
  planTitle: string | null;
  /** What the record is, in the user's words: `node "Dana Whitfield" (stakeholder, id n12)`. */
  record: string;
  problem: string;
}

interface RecordRow {
  plan_id: string;
  plan_title: string;
  id: string;
  kind: string;
  label: string;
  data: string;
}

/** Finds every stored record of the library that no longer reads (nothing is changed). */
export function findDamagedRecords(db: Database): DamagedRecord[] {
  const found: DamagedRecord[] = [];
  const accounts = db.prepare<[], { id: string; name: string; tier_criteria: string }>('SELECT id, name, tier_criteria FROM accounts ORDER BY name, id');
  for (const row of accounts.iterate()) {
    const { damage } = readStoredArray(row.tier_criteria);
    if (damage) found.push({ planId: null, planTitle: null, record: `account "${row.name}" (id ${row.id}), tier criteria`, problem: damage });
  }
  const nodes = db.prepare<[], RecordRow>(`
    SELECT plans.id AS plan_id, plans.title AS plan_title, nodes.id, nodes.kind, nodes.label, nodes.data
    FROM nodes JOIN plans ON plans.id = nodes.plan_id ORDER BY plans.title, plans.id, nodes.id`);
  for (const row of nodes.iterate()) {
    const where = { planId: row.plan_id, planTitle: row.plan_title, record: `node "${row.label}" (${row.kind}, id ${row.id})` };
    if (!isNodeKind(row.kind)) found.push({ ...where, problem: `"${row.kind}" is not a kind of node this version knows` });
    const { damage } = readStoredObject(row.data);
    if (damage) found.push({ ...where, problem: damage });
  }
  const edges = db.prepare<[], RecordRow>(`
    SELECT plans.id AS plan_id, plans.title AS plan_title, edges.id, edges.kind, '' AS label, edges.data
    FROM edges JOIN plans ON plans.id = edges.plan_id ORDER BY plans.title, plans.id, edges.id`);
  for (const row of edges.iterate()) {
    const where = { planId: row.plan_id, planTitle: row.plan_title, record: `relation ${row.id} (${row.kind})` };
    if (!isEdgeKind(row.kind)) found.push({ ...where, problem: `"${row.kind}" is not a kind of relation this version knows` });
    const { damage } = readStoredObject(row.data);
    if (damage) found.push({ ...where, problem: damage });
  }
  const snapshots = db.prepare<[], RecordRow>(`
    SELECT plans.id AS plan_id, plans.title AS plan_title, snapshots.id, '' AS kind, snapshots.label, snapshots.content AS data
    FROM snapshots JOIN plans ON plans.id = snapshots.plan_id ORDER BY plans.title, plans.id, snapshots.taken_at`);
  for (const row of snapshots.iterate()) {
    const { damage } = readStoredObject(row.data);
    if (damage) found.push({ planId: row.plan_id, planTitle: row.plan_title, record: `snapshot "${row.label}" (id ${row.id})`, problem: damage });
  }
  return found;
}
