import { describe, expect, it } from 'vitest';
import { SAMPLE_PLAN_ID, findSamplePlan, freeSamplePlanId, isSamplePlanId } from '../../shared/sample/find.ts';

const own = { id: 'a1', plans: [{ id: 'p1', status: 'active' }] };

describe('finding the sample plan in the library', () => {
  it('knows the sample by its id, not by a name the user may change', () => {
    expect(isSamplePlanId(SAMPLE_PLAN_ID)).toBe(true);
    expect(isSamplePlanId('sample-plan-3')).toBe(true);
    expect(isSamplePlanId('sample-plan-0')).toBe(false);
    expect(isSamplePlanId('sample-planet')).toBe(false);
    expect(isSamplePlanId('p1')).toBe(false);
  });

  it('finds none in a library of the user\u2019s own plans, and the sample when it is there', () => {
    expect(findSamplePlan([])).toBeNull();
    expect(findSamplePlan([own])).toBeNull();
    expect(findSamplePlan([own, { id: 'n', plans: [{ id: 'sample-plan', status: 'active' }] }])).toEqual({ accountId: 'n', planId: 'sample-plan' });
  });

  it('prefers a sample still in use to one archived by a roll forward', () => {
    const archived = { id: 'n1', plans: [{ id: 'sample-plan', status: 'archived' }] };
    const current = { id: 'n2', plans: [{ id: 'sample-plan-2', status: 'draft' }] };
    expect(findSamplePlan([archived, current])).toEqual({ accountId: 'n2', planId: 'sample-plan-2' });
    expect(findSamplePlan([archived])).toEqual({ accountId: 'n1', planId: 'sample-plan' });
  });

  it('gives a fresh sample the first id not taken', () => {
    expect(freeSamplePlanId(() => false)).toBe('sample-plan');
    const taken = new Set(['sample-plan', 'sample-plan-2']);
    expect(freeSamplePlanId((id) => taken.has(id))).toBe('sample-plan-3');
  });
});
