import { z } from 'zod';
import { accountSchema } from './account.ts';
import { edgeRecordSchema, nodeRecordSchema, snapshotSummarySchema } from './model.ts';
import type { PlanDocument, Snapshot } from './model.ts';
import { planSchema, viewportSchema } from './plan.ts';

/** Identifies an Account Atlas plan file. */
export const PLAN_FILE_FORMAT = 'account-atlas-plan';
/** Version of the plan file layout. */
export const PLAN_FILE_VERSION = 1;

/** A plan as exported to JSON: account, plan, map, viewport and snapshots. */
export const planFileSchema = z.strictObject({
  format: z.literal(PLAN_FILE_FORMAT, { error: `expected "${PLAN_FILE_FORMAT}" (is this an Account Atlas plan file?)` }),
  version: z.literal(PLAN_FILE_VERSION, { error: `expected version ${PLAN_FILE_VERSION}` }),
  account: accountSchema,
  plan: planSchema,
  nodes: z.array(nodeRecordSchema).max(100000),
  edges: z.array(edgeRecordSchema).max(200000),
  viewport: viewportSchema.nullable(),
  snapshots: z
    .array(
      snapshotSummarySchema.extend({
        content: z.strictObject({
          plan: planSchema,
          nodes: z.array(nodeRecordSchema),
          edges: z.array(edgeRecordSchema),
        }),
      }),
    )
    .default([]),
});

/** A parsed plan file. */
export type PlanFile = Omit<z.output<typeof planFileSchema>, 'snapshots'> & { snapshots: Snapshot[] } & Pick<
    PlanDocument,
    'nodes' | 'edges'
  >;
