import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoreApi } from 'zustand/vanilla';
import { openLibrary } from '../../electron/backend/library.ts';
import { createPlanService } from '../../electron/backend/service.ts';
import type { PlanService } from '../../electron/backend/service.ts';
import { edgeDefaults } from '../../shared/edges.ts';
import type { EdgeKind } from '../../shared/edges.ts';
import { kindOf } from '../../shared/kinds/index.ts';
import type { NodeKind } from '../../shared/kinds/index.ts';
import type { PlanDocument, PlanEdge, PlanNode } from '../../shared/model.ts';
import { createPlanStore } from '../../renderer/store/planStore.ts';
import type { PlanStore } from '../../renderer/store/types.ts';

/** A plan opened in the renderer's store, backed by the real service on a temporary SQLite library. */
export interface OpenPlan {
  store: StoreApi<PlanStore>;
  service: PlanService;
  planId: string;
  root: PlanNode;
  /** The plan as stored in the library right now (after the store's writes have landed). */
  saved(): Promise<PlanDocument>;
  close(): void;
}

/** A node record for seeding a plan. */
export function seedNode(id: string, kind: NodeKind, label: string, parentId: string, x: number, y: number, extra: Partial<PlanNode> = {}): PlanNode {
  const definition = kindOf(kind);
  return {
    id,
    kind,
    label,
    data: definition.defaults(),
    position: { x, y },
    parentId,
    order: 0,
    collapsed: false,
    internal: definition.internalByDefault,
    ...extra,
  } as PlanNode;
}

/** A relation record for seeding a plan. */
export function seedEdge(id: string, kind: EdgeKind, source: string, target: string): PlanEdge {
  return { id, kind, source, target, data: edgeDefaults(kind) };
}

/** Creates an account and a plan in a fresh library, seeds nodes and relations, and opens the plan in a store. */
export async function openPlan(seed: (rootId: string) => { nodes?: PlanNode[]; edges?: PlanEdge[] } = () => ({})): Promise<OpenPlan> {
  const folder = mkdtempSync(join(tmpdir(), 'atlas-renderer-'));
  const library = openLibrary(join(folder, 'atlas.db'));
  const service = createPlanService(library);
  const account = await service.createAccount({ name: 'Contoso Health', industry: 'Healthcare' });
  const plan = await service.createPlan({ accountId: account.id, title: 'FY27 plan', growthTarget: 2_000_000, currency: 'EUR' });
  const first = await service.loadPlan({ planId: plan.id });
  const root = first.nodes.find((node) => node.parentId === null)!;
  const { nodes = [], edges = [] } = seed(root.id);
  if (nodes.length > 0 || edges.length > 0) await service.applyPatch({ planId: plan.id, upsertNodes: nodes, upsertEdges: edges });
  const document = await service.loadPlan({ planId: plan.id });
  const store = createPlanStore(document, { api: service });
  return {
    store,
    service,
    planId: plan.id,
    root,
    async saved() {
      await store.getState().flush();
      return service.loadPlan({ planId: plan.id });
    },
    close() {
      store.getState().dispose();
      library.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Nodes of a saved plan by id. */
export function byId(document: PlanDocument): Map<string, PlanNode> {
  return new Map(document.nodes.map((node) => [node.id, node]));
}
