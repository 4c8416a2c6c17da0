import { describe, expect, it } from 'vitest';
import { horizonEnd, isOutsideHorizon, isOverdue } from '../../../shared/rules/actions.ts';
import { STALE_CONTACT_DAYS, isStaleContact } from '../../../shared/rules/contacts.ts';

const TODAY = '2027-03-12';

describe('action rules', () => {
  it('an open action is overdue the day after its due date, not on it; a done one never', () => {
    expect(isOverdue({ dueDate: '2027-03-11', status: 'in-progress' }, TODAY)).toBe(true);
    expect(isOverdue({ dueDate: TODAY, status: 'not-started' }, TODAY)).toBe(false);
    expect(isOverdue({ dueDate: '2027-01-01', status: 'done' }, TODAY)).toBe(false);
    expect(isOverdue({ dueDate: null, status: 'blocked' }, TODAY)).toBe(false);
  });

  it('an action due after the end of its horizon is outside it; sooner than its horizon is inside', () => {
    expect(horizonEnd('90-days', TODAY)).toBe('2027-06-10');
    expect(horizonEnd('12-months', TODAY)).toBe('2028-03-12');
    const action = (dueDate: string | null, horizon: '90-days' | '12-months', status: 'not-started' | 'done' = 'not-started') => ({ dueDate, horizon, status });
    expect(isOutsideHorizon(action('2027-10-12', '90-days'), TODAY)).toBe(true);
    expect(isOutsideHorizon(action('2027-06-10', '90-days'), TODAY)).toBe(false);
    expect(isOutsideHorizon(action('2027-06-11', '90-days'), TODAY)).toBe(true);
    expect(isOutsideHorizon(action('2027-04-01', '12-months'), TODAY)).toBe(false);
    expect(isOutsideHorizon(action('2028-03-13', '12-months'), TODAY)).toBe(true);
    expect(isOutsideHorizon(action('2027-10-12', '90-days', 'done'), TODAY)).toBe(false);
    expect(isOutsideHorizon(action(null, '90-days'), TODAY)).toBe(false);
  });
});

describe('stale contacts', () => {
  it('a contact more than 90 days ago is stale; exactly 90 days or no date is not', () => {
    expect(STALE_CONTACT_DAYS).toBe(90);
    expect(isStaleContact('2026-12-12', TODAY)).toBe(false);
    expect(isStaleContact('2026-12-11', TODAY)).toBe(true);
    expect(isStaleContact(null, TODAY)).toBe(false);
  });
});
