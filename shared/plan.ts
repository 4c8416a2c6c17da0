import { z } from 'zod';
import { moneyAmount } from './kinds/fieldBounds.ts';
import type { FieldVisibility } from './account.ts';
import { currencyCode, entityId, isoDate, isoTimestamp, shortText } from './values.ts';

/** Plan statuses. */
export const PLAN_STATUS_OPTIONS = [
  { value: 'draft', label: 'Draft' },
  { value: 'active', label: 'Active' },
  { value: 'archived', label: 'Archived' },
] as const;

/** A plan status. */
export type PlanStatus = (typeof PLAN_STATUS_OPTIONS)[number]['value'];

const statusSchema = z.enum(['draft', 'active', 'archived'], { error: 'expected draft, active or archived' });

/** Editable plan fields. */
export const planFieldsSchema = z.strictObject({
  title: shortText.trim().min(1, 'a plan needs a title'),
  periodStart: isoDate.nullable().default(null),
  periodEnd: isoDate.nullable().default(null),
  growthTarget: moneyAmount.nullable().default(null),
  currency: currencyCode.default('USD'),
  status: statusSchema.default('draft'),
});

/**
 * Which plan fields the customer edition leaves out: the growth target is our revenue goal for the account.
 * Checked complete against the plan's fields.
 */
export const PLAN_FIELD_VISIBILITY = {
  title: 'shared',
  periodStart: 'shared',
  periodEnd: 'shared',
  growthTarget: 'internal',
  currency: 'shared',
  status: 'shared',
} as const satisfies Record<keyof z.output<typeof planFieldsSchema>, FieldVisibility>;

/** Fields a person can give when creating a plan. */
export type PlanInput = z.input<typeof planFieldsSchema>;

/** A stored plan. */
export const planSchema = planFieldsSchema.extend({
  id: entityId,
  accountId: entityId,
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

/** A strategic account plan for a period, with its growth target. */
export type Plan = z.output<typeof planSchema>;

/** Changes to a plan. */
export const planChangesSchema = z.strictObject({
  title: planFieldsSchema.shape.title.optional(),
  periodStart: isoDate.nullable().optional(),
  periodEnd: isoDate.nullable().optional(),
  growthTarget: moneyAmount.nullable().optional(),
  currency: currencyCode.optional(),
  status: statusSchema.optional(),
});

/** The saved viewport of a plan's map. */
export const viewportSchema = z.strictObject({
  x: z.number().finite(),
  y: z.number().finite(),
  zoom: z.number().finite().min(0.01).max(10),
});

/** Pan and zoom of the map. */
export type Viewport = z.output<typeof viewportSchema>;
