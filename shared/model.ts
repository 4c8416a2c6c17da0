import { z } from 'zod';
import type { Account } from './account.ts';
import type { EdgeKind } from './edges.ts';
import { edgeInputSchema, edgeKindSchema, isEdgeKind } from './edges.ts';
import type { NodeDataMap, NodeKind } from './kinds/index.ts';
import { NODE_KINDS, isNodeKind, kindOf } from './kinds/index.ts';
import type { Plan, Viewport } from './plan.ts';
import { entityId, isoTimestamp, longText, shortText } from './values.ts';

/** A point on the map. */
export interface Position {
  x: number;
  y: number;
}

/** One node of a plan's map, typed by kind. */
export interface PlanNodeOf<K extends NodeKind> {
  id: string;
  kind: K;
  /** What the node is called: a stakeholder's name, a need's statement, an action's title. */
  label: string;
  data: NodeDataMap[K];
  position: Position;
  /** Parent in the mind-map tree; null only for the account root. */
  parentId: string | null;
  /** Sort order among siblings. */
  order: number;
  collapsed: boolean;
  /** Left out of the customer edition. */
  internal: boolean;
  /**
   * Set when the library holds this node's data in a form that no longer reads (say why): the node is shown with
   * its kind's defaults but cannot be changed, so the stored record is never replaced by them.
   */
  damaged?: string;
}

/** A node of any kind (a discriminated union on `kind`). */
export type PlanNode = { [K in NodeKind]: PlanNodeOf<K> }[NodeKind];

/** A typed relation between two nodes. */
export interface PlanEdge {
  id: string;
  kind: EdgeKind;
  source: string;
  target: string;
  data: Record<string, unknown>;
}

/** Everything needed to show and edit one plan. */
export interface PlanDocument {
  account: Account;
  plan: Plan;
  nodes: PlanNode[];
  edges: PlanEdge[];
  viewport: Viewport | null;
  /** The plan's revision when it was loaded: every accepted change raises it by one. */
  revision?: number;
}

/** A plan frozen at a moment, for history and the performance dashboard. */
export interface SnapshotSummary {
  id: string;
  planId: string;
  label: string;
  takenAt: string;
  nodeCount: number;
}

/** A snapshot with its frozen content. */
export interface Snapshot extends SnapshotSummary {
  content: { plan: Plan; nodes: PlanNode[]; edges: PlanEdge[] };
}

/** All nodes of one kind, typed. */
export function nodesOfKind<K extends NodeKind>(nodes: readonly PlanNode[], kind: K): Extract<PlanNode, { kind: K }>[] {
  return nodes.filter((node): node is Extract<PlanNode, { kind: K }> => node.kind === kind);
}

/** A node kind's name. */
export const kindNameSchema = z.string().refine(isNodeKind, { message: `expected one of ${NODE_KINDS.join(', ')}` });

/** A point on the map. */
export const positionSchema = z.strictObject({ x: z.number().finite(), y: z.number().finite() });

/** A node as it comes in through the API or a file: data validated against its kind, defaults filled. */
export const nodeRecordSchema = z
  .strictObject({
    id: entityId,
    kind: kindNameSchema,
    label: longText,
    data: z.record(z.string(), z.unknown()).default({}),
    position: positionSchema.default({ x: 0, y: 0 }),
    parentId: entityId.nullable().default(null),
    order: z.number().finite().default(0),
    collapsed: z.boolean().default(false),
    internal: z.boolean().optional(),
  })
  .transform((node, context) => {
    const kind = node.kind as NodeKind;
    const definition = kindOf(kind);
    const parsed = definition.inputSchema.safeParse(node.data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) context.addIssue({ ...issue, path: ['data', ...issue.path] } as never);
      return z.NEVER;
    }
    return {
      ...node,
      kind,
      data: parsed.data,
      internal: node.internal ?? definition.internalByDefault,
    } as PlanNode;
  });

/** An edge as it comes in: data validated against its relation kind. */
export const edgeRecordSchema = z
  .strictObject({
    id: entityId,
    kind: edgeKindSchema,
    source: entityId,
    target: entityId,
    data: z.record(z.string(), z.unknown()).default({}),
  })
  .transform((edge, context) => {
    if (!isEdgeKind(edge.kind)) return z.NEVER;
    const parsed = edgeInputSchema(edge.kind).safeParse(edge.data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) context.addIssue({ ...issue, path: ['data', ...issue.path] } as never);
      return z.NEVER;
    }
    return { ...edge, kind: edge.kind, data: parsed.data } as PlanEdge;
  });


/** A stored snapshot summary. */
export const snapshotSummarySchema = z.strictObject({
  id: entityId,
  planId: entityId,
  label: shortText,
  takenAt: isoTimestamp,
  nodeCount: z.number().int().min(0),
});
