import { describe, expect, it } from 'vitest';
import { accountChangesSchema, accountFieldsSchema } from '../../shared/account.ts';
import { DATE_MAX, DATE_MIN, MONEY_MAX, numberBounds } from '../../shared/kinds/fieldBounds.ts';
import { kinds } from '../../shared/kinds/index.ts';
import { nodeRecordSchema } from '../../shared/model.ts';
import { planChangesSchema, planFieldsSchema } from '../../shared/plan.ts';
import { describeZodError } from '../../shared/validation.ts';
import { isoDate } from '../../shared/values.ts';

function opportunity(data: Record<string, unknown>) {
  return nodeRecordSchema.safeParse({ id: 'o1', kind: 'opportunity', label: 'Renewal', parentId: 'root', data });
}

function complaint(result: ReturnType<typeof opportunity>): string {
  if (result.success) throw new Error('expected a refusal');
  return describeZodError(result.error);
}

describe('the bounds of every number and date field', () => {
  it('gives each unit its bounds, narrowed by the field', () => {
    expect(numberBounds(kinds.opportunity.field('value') as never)).toEqual({ meaning: 'amount', min: 0, max: MONEY_MAX, integer: false });
    expect(numberBounds(kinds.opportunity.field('probability') as never)).toEqual({ meaning: 'percentage', min: 0, max: 100, integer: false });
    expect(numberBounds({ unit: 'count' })).toEqual({ meaning: 'count', min: 0, max: 1e12, integer: true });
    expect(numberBounds({})).toEqual({ meaning: 'number', min: -1e12, max: 1e12, integer: false });
    expect(numberBounds({ unit: 'percent', min: 10 })).toMatchObject({ min: 10, max: 100 });
  });

  it('refuses a stored or patched amount, percentage or date out of bounds, saying which and why', () => {
    expect(opportunity({ value: MONEY_MAX, probability: 100, closeDate: DATE_MAX }).success).toBe(true);
    expect(opportunity({ value: 0, probability: 0, closeDate: DATE_MIN }).success).toBe(true);
    expect(complaint(opportunity({ value: 1e99 }))).toBe('Invalid input: data.value: expected an amount from 0 to 1,000,000,000,000.');
    expect(complaint(opportunity({ value: -1 }))).toBe('Invalid input: data.value: expected an amount from 0 to 1,000,000,000,000.');
    expect(complaint(opportunity({ probability: 150 }))).toBe('Invalid input: data.probability: expected a percentage from 0 to 100.');
    expect(complaint(opportunity({ closeDate: '1850-01-01' }))).toBe('Invalid input: data.closeDate: expected a date from 1900-01-01 to 2199-12-31.');
    expect(complaint(opportunity({ closeDate: '10000-01-01' }))).toBe('Invalid input: data.closeDate: expected a date from 1900-01-01 to 2199-12-31.');
    expect(complaint(opportunity({ closeDate: '2026-02-30' }))).toBe('Invalid input: data.closeDate: not a real calendar date.');
    const milestone = nodeRecordSchema.safeParse({ id: 'm1', kind: 'milestone', label: 'Pipeline', parentId: 'root', data: { target: 1e99 } });
    expect(milestone.success).toBe(false);
  });

  it('keeps the account revenue, the growth target and record dates to the same bounds', () => {
    expect(accountFieldsSchema.safeParse({ name: 'Globex', revenue: MONEY_MAX }).success).toBe(true);
    expect(accountFieldsSchema.safeParse({ name: 'Globex', revenue: 1e99 }).success).toBe(false);
    expect(accountChangesSchema.safeParse({ revenue: MONEY_MAX + 1 }).success).toBe(false);
    expect(accountChangesSchema.safeParse({ renewalDate: '2200-01-01' }).success).toBe(false);
    expect(planFieldsSchema.safeParse({ title: 'FY27', growthTarget: 1e99 }).success).toBe(false);
    expect(planChangesSchema.safeParse({ growthTarget: -5 }).success).toBe(false);
    expect(planChangesSchema.safeParse({ periodStart: '1899-12-31' }).success).toBe(false);
    expect(isoDate.safeParse('2199-12-31').success).toBe(true);
  });
});
