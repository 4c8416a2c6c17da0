import { describe, expect, it } from 'vitest';
import { MILESTONE_RUN_UP_DAYS, milestoneStatus } from '../../../shared/rules/milestoneStatus.ts';

const TODAY = '2027-03-12';
const status = (target: number | null, actual: number | null, dueDate: string | null) => milestoneStatus({ target, actual, dueDate }, TODAY);

describe('milestoneStatus', () => {
  it('is achieved once the actual reaches the target, before, on or after the due date', () => {
    expect(status(10, 10, '2027-06-01')).toBe('achieved');
    expect(status(10, 12, TODAY)).toBe('achieved');
    expect(status(10, 10, '2027-01-01')).toBe('achieved');
  });

  it('is on track short of the target while the due date is more than the run-up away (target 1, actual 0, due next year)', () => {
    expect(MILESTONE_RUN_UP_DAYS).toBe(30);
    expect(status(1, 0, '2028-01-15')).toBe('on-track');
    expect(status(10, null, '2027-04-12')).toBe('on-track');
    expect(status(10, 3, null)).toBe('on-track');
  });

  it('is behind short of the target within the run-up and on the due date itself', () => {
    expect(status(10, 3, '2027-04-11')).toBe('behind');
    expect(status(10, 3, TODAY)).toBe('behind');
    expect(status(10, null, TODAY)).toBe('behind');
  });

  it('is missed short of the target once the due date has passed; without a target there is nothing to judge', () => {
    expect(status(10, 3, '2027-03-11')).toBe('missed');
    expect(status(10, null, '2026-01-01')).toBe('missed');
    expect(status(null, 3, '2026-01-01')).toBe('no-target');
  });
});
