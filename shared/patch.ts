import { z } from 'zod';
import { edgeRecordSchema, nodeRecordSchema } from './model.ts';
import { viewportSchema } from './plan.ts';
import { MAX_PATCH_EDGES, MAX_PATCH_NODES } from './limits.ts';
import { entityId } from './values.ts';

/** New position of one node after a drag or a layout. */
export const positionChangeSchema = z.strictObject({ id: entityId, x: z.number().finite(), y: z.number().finite() });

/**
 * A small change to one plan: upserts and deletes of nodes and relations, a batch of positions and the viewport.
 * Applied atomically; applying the same patch twice leaves the same state, so a client may retry.
 */
export const planPatchSchema = z.strictObject({
  planId: entityId,
  upsertNodes: z.array(nodeRecordSchema).max(MAX_PATCH_NODES).default([]),
  deleteNodes: z.array(entityId).max(MAX_PATCH_NODES).default([]),
  upsertEdges: z.array(edgeRecordSchema).max(MAX_PATCH_EDGES).default([]),
  deleteEdges: z.array(entityId).max(MAX_PATCH_EDGES).default([]),
  positions: z.array(positionChangeSchema).max(MAX_PATCH_NODES).default([]),
  viewport: viewportSchema.optional(),
});

/** A patch as a client sends it (every list optional). */
export type PlanPatchInput = z.input<typeof planPatchSchema>;
/** A validated patch. */
export type PlanPatch = z.output<typeof planPatchSchema>;
