import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../../electron/backend/library.ts';
import type { Library } from '../../electron/backend/library.ts';
import { createPlanService } from '../../electron/backend/service.ts';
import type { PlanService } from '../../electron/backend/service.ts';
import { planHealthScore } from '../../shared/healthScore.ts';
import { tempFolder } from './tempLibrary.ts';

let temp: ReturnType<typeof tempFolder>;
let library: Library;
let clock = new Date('2026-11-22T10:00:00.000Z');
let service: PlanService;

beforeEach(() => {
  temp = tempFolder();
  library = openLibrary(temp.path('atlas.db'));
  clock = new Date('2026-11-22T10:00:00.000Z');
  service = createPlanService(library, { now: () => clock });
});
afterEach(() => {
  library.close();
  temp.cleanup();
});

describe('portfolio', () => {
  it('lists every account with its tier, criteria, current plan, health, overdue actions, review and renewal', async () => {
    const { accountId, planId } = await service.createSamplePlan({});
    await service.createAccount({ name: 'Acme Retail', tier: 'strategic', tierCriteria: ['high-profile'], renewalDate: '2027-05-01' });
    await service.createAccount({ name: 'Beta Foods', tier: 'standard' });

    const rows = await service.portfolio({});
    expect(rows.map((row) => row.accountName)).toEqual(['Acme Retail', 'Beta Foods', 'Northwind Logistics']);
    const [acme, beta, northwind] = rows;
    expect(acme).toMatchObject({ tier: 'strategic', tierCriteria: ['high-profile'], plan: null, health: null, nextRenewal: '2027-05-01', flags: ['strategic-without-plan'] });
    expect(beta).toMatchObject({ tier: 'standard', plan: null, flags: [] });

    const document = await service.loadPlan({ planId });
    const overdue = document.nodes.filter((node) => node.kind === 'action' && node.data.dueDate !== null && node.data.dueDate < '2026-11-22' && node.data.status !== 'done');
    expect(northwind).toMatchObject({
      accountId,
      tier: 'strategic',
      tierCriteria: document.account.tierCriteria,
      plan: { id: planId, title: document.plan.title, periodStart: document.plan.periodStart, periodEnd: document.plan.periodEnd, status: 'active' },
      health: planHealthScore(document, '2026-11-22', { lastReviewAt: null }).score,
      healthTrend: 'none',
      overdueActions: overdue.length,
      lastReviewAt: null,
      nextRenewal: document.account.renewalDate,
      flags: [],
    });
    expect(overdue.length).toBeGreaterThan(0);
  });

  it('gives the trend against the last review and flags a plan not reviewed for 90 days', async () => {
    const { planId } = await service.createSamplePlan({});
    const review = await service.takeSnapshot({ planId, label: 'Q4 review' });
    let [row] = await service.portfolio({});
    expect(row).toMatchObject({ lastReviewAt: review.takenAt, healthTrend: 'same', flags: [] });
    expect(row!.healthAtLastReview).toBe(row!.health);

    // Completing every overdue action after the review raises the score: the trend is up.
    const document = await service.loadPlan({ planId });
    const late = document.nodes.filter((node) => node.kind === 'action' && node.data.dueDate !== null && node.data.dueDate < '2026-11-22' && node.data.status !== 'done');
    await service.applyPatch({ planId, updateNodes: late.map((node) => ({ id: node.id, data: { status: 'done' } })) });
    [row] = await service.portfolio({});
    expect(row!.health).toBeGreaterThan(row!.healthAtLastReview!);
    expect(row!.healthTrend).toBe('up');

    clock = new Date('2027-02-21T10:00:00.000Z');
    [row] = await service.portfolio({});
    expect(row!.flags).toEqual(['not-reviewed-90-days']);
  });

  it('takes the current plan: not an archived one, not one whose period is over', async () => {
    const account = await service.createAccount({ name: 'Contoso', tier: 'strategic' });
    await service.createPlan({ accountId: account.id, title: 'FY25 plan', periodStart: '2025-01-01', periodEnd: '2025-12-31', status: 'active' });
    const archived = await service.createPlan({ accountId: account.id, title: 'Old', periodStart: '2026-01-01', periodEnd: '2026-12-31', status: 'archived' });
    let [row] = await service.portfolio({});
    expect(row!.plan).toBeNull();
    expect(row!.flags).toEqual(['strategic-without-plan']);
    const draft = await service.createPlan({ accountId: account.id, title: 'FY26 plan', periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    [row] = await service.portfolio({});
    expect(row!.plan?.id).toBe(draft.id);
    expect(row!.plan?.id).not.toBe(archived.id);
  });
});
