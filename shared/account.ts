import { z } from 'zod';
import { moneyAmount } from './kinds/fieldBounds.ts';
import { currencyCode, entityId, isoDate, isoTimestamp, longText, shortText } from './values.ts';

/** Account tiers: only strategic accounts get a full plan. */
export const TIER_OPTIONS = [
  { value: 'strategic', label: 'Strategic' },
  { value: 'key', label: 'Key' },
  { value: 'standard', label: 'Standard' },
] as const;

/** A tier. */
export type Tier = (typeof TIER_OPTIONS)[number]['value'];

/** Reasons that justify a strategic or key tier. */
export const TIER_CRITERIA = [
  { value: 'more-departments', label: 'More departments or locations to sell to' },
  { value: 'growth-expected', label: 'Growth or expansion ahead' },
  { value: 'high-profile', label: 'High-profile name' },
  { value: 'would-hate-to-lose', label: 'Would hate to lose (large revenue)' },
  { value: 'enterprise-prospect', label: 'Prospect that could become an enterprise customer' },
] as const;

/** A tier criterion. */
export type TierCriterion = (typeof TIER_CRITERIA)[number]['value'];

const tierSchema = z.enum(TIER_OPTIONS.map((option) => option.value) as [Tier, ...Tier[]], {
  error: 'expected strategic, key or standard',
});
const criterionSchema = z.enum(TIER_CRITERIA.map((option) => option.value) as [TierCriterion, ...TierCriterion[]], {
  error: `expected one of ${TIER_CRITERIA.map((option) => option.value).join(', ')}`,
});

/** Editable account fields (what a person types in). */
export const accountFieldsSchema = z.strictObject({
  name: shortText.trim().min(1, 'an account needs a name'),
  industry: shortText.default(''),
  website: shortText.default(''),
  revenue: moneyAmount.nullable().default(null),
  revenueCurrency: currencyCode.default('USD'),
  tier: tierSchema.default('strategic'),
  tierCriteria: z.array(criterionSchema).max(TIER_CRITERIA.length).default([]),
  accountManager: shortText.default(''),
  renewalDate: isoDate.nullable().default(null),
  notes: longText.default(''),
});

/** Who may see a field of an account or plan record: everyone, or the account team only (not the customer edition). */
export type FieldVisibility = 'shared' | 'internal';

/**
 * Which account fields the customer edition leaves out: the tier and its criteria are our triage of the
 * customer ("would hate to lose"), the notes are the team's. Checked complete against the account's fields.
 */
export const ACCOUNT_FIELD_VISIBILITY = {
  name: 'shared',
  industry: 'shared',
  website: 'shared',
  revenue: 'shared',
  revenueCurrency: 'shared',
  tier: 'internal',
  tierCriteria: 'internal',
  accountManager: 'shared',
  renewalDate: 'shared',
  notes: 'internal',
} as const satisfies Record<keyof z.output<typeof accountFieldsSchema>, FieldVisibility>;

/** Fields a person can give when creating an account. */
export type AccountInput = z.input<typeof accountFieldsSchema>;
/** The editable fields of an account, all present. */
export type AccountFields = z.output<typeof accountFieldsSchema>;

/** A stored account. */
export const accountSchema = accountFieldsSchema.extend({
  id: entityId,
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

/** A customer account with its tier. */
export type Account = z.output<typeof accountSchema>;

/** Changes to an account: any editable field. */
export const accountChangesSchema = z.strictObject({
  name: accountFieldsSchema.shape.name.optional(),
  industry: shortText.optional(),
  website: shortText.optional(),
  revenue: moneyAmount.nullable().optional(),
  revenueCurrency: currencyCode.optional(),
  tier: tierSchema.optional(),
  tierCriteria: z.array(criterionSchema).max(TIER_CRITERIA.length).optional(),
  accountManager: shortText.optional(),
  renewalDate: isoDate.nullable().optional(),
  notes: longText.optional(),
});
