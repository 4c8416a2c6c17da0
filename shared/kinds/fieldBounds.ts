import { z } from 'zod';

/** Largest amount of money a field holds (in the plan's or account's currency): a trillion. */
export const MONEY_MAX = 1_000_000_000_000;

/** Largest magnitude of a plain number (a milestone's target or actual), either side of zero. */
export const NUMBER_LIMIT = 1_000_000_000_000;

/** Earliest date a date field holds. */
export const DATE_MIN = '1900-01-01';

/** Latest date a date field holds. */
export const DATE_MAX = '2199-12-31';

/** What a number field holds, in the words of its messages. */
export type NumberMeaning = 'amount' | 'percentage' | 'count' | 'number';

/** The bounds of one number field: its unit's bounds, narrowed by the field's own min and max. */
export interface NumberBounds {
  readonly meaning: NumberMeaning;
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
}

/** The parts of a number field spec the bounds depend on. */
export interface NumberFieldShape {
  readonly unit?: 'currency' | 'percent' | 'count';
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
}

const UNIT_BOUNDS = {
  currency: { meaning: 'amount', min: 0, max: MONEY_MAX, integer: false },
  percent: { meaning: 'percentage', min: 0, max: 100, integer: false },
  count: { meaning: 'count', min: 0, max: NUMBER_LIMIT, integer: true },
  none: { meaning: 'number', min: -NUMBER_LIMIT, max: NUMBER_LIMIT, integer: false },
} as const satisfies Record<string, NumberBounds>;

/** The bounds a number field keeps to, wherever its value comes from (typed, patched, imported). */
export function numberBounds(field: NumberFieldShape): NumberBounds {
  const unit = UNIT_BOUNDS[field.unit ?? 'none'];
  return {
    meaning: unit.meaning,
    min: Math.max(unit.min, field.min ?? -Infinity),
    max: Math.min(unit.max, field.max ?? Infinity),
    integer: unit.integer || field.integer === true,
  };
}

/** A number as people read it: 1,000,000,000,000 and −5. */
export function groupedNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 }).replace('-', '−');
}

/** "from 0 to 100" for the messages of a field with these bounds. */
export function boundsRange(bounds: NumberBounds): string {
  return `from ${groupedNumber(bounds.min)} to ${groupedNumber(bounds.max)}`;
}

const MEANING_WORDS = { amount: 'an amount', percentage: 'a percentage', count: 'a whole number', number: 'a number' } as const;

/** The schema's complaint about a number out of bounds: "expected an amount from 0 to 1,000,000,000,000". */
export function boundsComplaint(bounds: NumberBounds): string {
  return `expected ${MEANING_WORDS[bounds.meaning]} ${boundsRange(bounds)}`;
}

/** The zod schema of a number with these bounds (not null). */
export function boundedNumber(bounds: NumberBounds): z.ZodNumber {
  const complaint = boundsComplaint(bounds);
  let schema = z.number({ error: 'expected a number' }).finite(complaint).min(bounds.min, complaint).max(bounds.max, complaint);
  if (bounds.integer) schema = schema.int(complaint);
  return schema;
}

/** An amount of money from 0 to a trillion, for the account's revenue and the plan's growth target. */
export const moneyAmount = boundedNumber(numberBounds({ unit: 'currency' }));
