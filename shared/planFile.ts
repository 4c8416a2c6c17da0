import { z } from 'zod';
import { accountSchema } from './account.ts';
import { MAX_PLAN_EDGES, MAX_PLAN_NODES, MAX_TREE_DEPTH, treeDepths } from './limits.ts';
import { edgeRecordSchema, nodeRecordSchema, snapshotSummarySchema } from './model.ts';
import type { PlanDocument, Snapshot } from './model.ts';
import { planSchema, viewportSchema } from './plan.ts';

/** Identifies an Account Atlas plan file. */
export const PLAN_FILE_FORMAT = 'account-atlas-plan';
/** Version of the plan file layout. */
export const PLAN_FILE_VERSION = 1;

const count = (value: number) => value.toLocaleString('en-US');

const nodeList = z
  .array(nodeRecordSchema)
  .max(MAX_PLAN_NODES, `a plan holds at most ${count(MAX_PLAN_NODES)} nodes`);
const edgeList = z
  .array(edgeRecordSchema)
  .max(MAX_PLAN_EDGES, `a plan holds at most ${count(MAX_PLAN_EDGES)} relations`);

type Issues = z.core.$RefinementCtx;

/** Refuses a second item with the id of an earlier one in the same list (it would silently replace it). */
function checkUniqueIds(items: readonly { id: string }[], path: (string | number)[], context: Issues): void {
  const first = new Map<string, number>();
  items.forEach((item, at) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, at);
    else {
      const list = String(path.at(-1));
      context.addIssue({ code: 'custom', path: [...path, at, 'id'], message: `duplicate id "${item.id}" (first at ${list}[${earlier}])` });
    }
  });
}

/** Refuses a node deeper below the account than MAX_TREE_DEPTH (cycles and missing parents are refused on import). */
function checkDepth(nodes: readonly { id: string; parentId: string | null }[], path: (string | number)[], context: Issues): void {
  const depths = treeDepths(nodes);
  const at = nodes.findIndex((node) => (depths.get(node.id) ?? 0) > MAX_TREE_DEPTH);
  if (at < 0) return;
  context.addIssue({
    code: 'custom',
    path: [...path, at, 'parentId'],
    message: `this node sits ${count(depths.get(nodes[at]!.id)!)} levels below the account; a plan nests at most ${count(MAX_TREE_DEPTH)} levels`,
  });
}

function checkMap(map: { nodes: readonly { id: string; parentId: string | null }[]; edges: readonly { id: string }[] }, path: (string | number)[], context: Issues): void {
  checkUniqueIds(map.nodes, [...path, 'nodes'], context);
  checkUniqueIds(map.edges, [...path, 'edges'], context);
  checkDepth(map.nodes, [...path, 'nodes'], context);
}

/** A plan as exported to JSON: account, plan, map, viewport and snapshots. */
export const planFileSchema = z
  .strictObject({
    format: z.literal(PLAN_FILE_FORMAT, { error: `expected "${PLAN_FILE_FORMAT}" (is this an Account Atlas plan file?)` }),
    version: z.literal(PLAN_FILE_VERSION, { error: `expected version ${PLAN_FILE_VERSION}` }),
    account: accountSchema,
    plan: planSchema,
    nodes: nodeList,
    edges: edgeList,
    viewport: viewportSchema.nullable(),
    snapshots: z
      .array(
        snapshotSummarySchema.extend({
          content: z.strictObject({
            plan: planSchema,
            nodes: nodeList,
            edges: edgeList,
          }),
        }),
      )
      .default([]),
  })
  .superRefine((file, context) => {
    checkMap(file, [], context);
    checkUniqueIds(file.snapshots, ['snapshots'], context);
    file.snapshots.forEach((snapshot, at) => checkMap(snapshot.content, ['snapshots', at, 'content'], context));
  });

/** A parsed plan file. */
export type PlanFile = Omit<z.output<typeof planFileSchema>, 'snapshots'> & { snapshots: Snapshot[] } & Pick<
    PlanDocument,
    'nodes' | 'edges'
  >;
