import { AtlasError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import type { PlanDocument, PlanEdge, PlanNode, Snapshot } from '../../shared/model.ts';
import { PLAN_FILE_FORMAT, PLAN_FILE_VERSION } from '../../shared/planFile.ts';
import type { PlanFile } from '../../shared/planFile.ts';
import { planTree } from '../../shared/rules/tree.ts';
import { applyPlanPatch } from './applyPatch.ts';
import type { Store } from './store.ts';

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A node with its keys in the file's fixed order. */
function fileNode(node: PlanNode): PlanNode {
  const { id, kind, label, data, position, parentId, order, collapsed, internal } = node;
  return { id, kind, label, data, position: { x: position.x, y: position.y }, parentId, order, collapsed, internal } as PlanNode;
}

function fileEdge(edge: PlanEdge): PlanEdge {
  const { id, kind, source, target, data } = edge;
  return { id, kind, source, target, data };
}

function fileContent(nodes: readonly PlanNode[], edges: readonly PlanEdge[]) {
  return {
    nodes: planTree(nodes).ordered.map(fileNode),
    edges: [...edges].sort((a, b) => compare(a.id, b.id)).map(fileEdge),
  };
}

/** The plan file for a loaded plan and its snapshots: deterministic order, so the same plan always gives the same bytes. */
export function toPlanFile(document: PlanDocument, snapshots: readonly Snapshot[]): PlanFile {
  return {
    format: PLAN_FILE_FORMAT,
    version: PLAN_FILE_VERSION,
    account: document.account,
    plan: document.plan,
    ...fileContent(document.nodes, document.edges),
    viewport: document.viewport,
    snapshots: snapshots.map((snapshot) => ({
      id: snapshot.id,
      planId: snapshot.planId,
      label: snapshot.label,
      takenAt: snapshot.takenAt,
      nodeCount: snapshot.nodeCount,
      content: { plan: snapshot.content.plan, ...fileContent(snapshot.content.nodes, snapshot.content.edges) },
    })),
  };
}

/** Imports a validated plan file as a new account and plan. Ids already taken in this library are replaced. */
export function importPlanFile(store: Store, file: PlanFile): { accountId: string; planId: string } {
  return store.transaction(() => {
    // Ids of trashed accounts and plans count as taken: saving over one would put the import in the trash.
    const accountId = store.accounts.exists(file.account.id) ? newId() : file.account.id;
    const planId = store.plans.exists(file.plan.id) ? newId() : file.plan.id;
    store.accounts.save({ ...file.account, id: accountId });
    store.plans.save({ ...file.plan, id: planId, accountId });
    applyPlanPatch(store, {
      planId,
      upsertNodes: file.nodes,
      updateNodes: [],
      deleteNodes: [],
      upsertEdges: file.edges,
      updateEdges: [],
      deleteEdges: [],
      positions: [],
      viewport: file.viewport ?? undefined,
    }, { nodes: 'nodes', edges: 'edges' });
    const roots = store.nodes.rootIds(planId);
    if (roots.length !== 1) {
      throw new AtlasError('invalid-input', `nodes: a plan needs exactly one account node at its root, this file has ${roots.length}.`);
    }
    for (const snapshot of file.snapshots) {
      const id = store.snapshots.exists(snapshot.id) ? newId() : snapshot.id;
      store.snapshots.insert({
        ...snapshot,
        id,
        planId,
        content: { ...snapshot.content, plan: { ...snapshot.content.plan, id: planId, accountId } },
      });
    }
    store.plans.touch(planId, file.plan.updatedAt);
    return { accountId, planId };
  });
}
