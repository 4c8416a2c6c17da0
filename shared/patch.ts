import { z } from 'zod';
import { accountChangesSchema } from './account.ts';
import { edgeKindSchema } from './edges.ts';
import { edgeRecordSchema, kindNameSchema, nodeRecordSchema, positionSchema } from './model.ts';
import { MAX_PATCH_EDGES, MAX_PATCH_NODES } from './limits.ts';
import { planChangesSchema, viewportSchema } from './plan.ts';
import { entityId, longText } from './values.ts';

/** New position of one node after a drag or a layout. */
export const positionChangeSchema = z.strictObject({ id: entityId, x: z.number().finite(), y: z.number().finite() });

const dataFieldsSchema = z.record(z.string(), z.unknown());

/** The fields of one node a change sets; the backend merges them into the stored node and validates the result. */
export const nodeUpdateSchema = z.strictObject({
  id: entityId,
  kind: kindNameSchema.optional(),
  label: longText.optional(),
  data: dataFieldsSchema.optional(),
  position: positionSchema.optional(),
  parentId: entityId.nullable().optional(),
  order: z.number().finite().optional(),
  collapsed: z.boolean().optional(),
  internal: z.boolean().optional(),
});

/** The fields of one relation a change sets; merged like node updates. */
export const edgeUpdateSchema = z.strictObject({
  id: entityId,
  kind: edgeKindSchema.optional(),
  source: entityId.optional(),
  target: entityId.optional(),
  data: dataFieldsSchema.optional(),
});

/**
 * A change to one plan: whole nodes and relations it creates or replaces, fields of nodes and relations it
 * updates, deletes, a batch of positions, the viewport, and fields of the plan and its account. Applied
 * atomically; applying the same patch twice leaves the same state, so a client may retry.
 */
export const planPatchSchema = z.strictObject({
  planId: entityId,
  /** The client's id for this change, echoed on the live channel so the client knows its own changes. */
  changeId: entityId.optional(),
  account: accountChangesSchema.optional(),
  plan: planChangesSchema.optional(),
  upsertNodes: z.array(nodeRecordSchema).max(MAX_PATCH_NODES).default([]),
  updateNodes: z.array(nodeUpdateSchema).max(MAX_PATCH_NODES).default([]),
  deleteNodes: z.array(entityId).max(MAX_PATCH_NODES).default([]),
  upsertEdges: z.array(edgeRecordSchema).max(MAX_PATCH_EDGES).default([]),
  updateEdges: z.array(edgeUpdateSchema).max(MAX_PATCH_EDGES).default([]),
  deleteEdges: z.array(entityId).max(MAX_PATCH_EDGES).default([]),
  positions: z.array(positionChangeSchema).max(MAX_PATCH_NODES).default([]),
  viewport: viewportSchema.optional(),
});

/** A patch as a client sends it (every list optional). */
export type PlanPatchInput = z.input<typeof planPatchSchema>;
/** A validated patch. */
export type PlanPatch = z.output<typeof planPatchSchema>;

/** What the backend answers to an accepted patch. */
export interface PatchResult {
  planId: string;
  updatedAt: string;
  /** The plan's revision after the patch (unchanged when the patch changed nothing but the viewport). */
  revision: number;
}

/** One accepted change in a plan's log. */
export interface LoggedChange {
  revision: number;
  changedAt: string;
  author: string;
  /** The id the client gave the change, when it gave one. */
  changeId?: string;
  change: Omit<PlanPatchInput, 'planId' | 'viewport' | 'changeId'>;
}
