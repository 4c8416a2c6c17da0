import { newId } from '../ids.ts';
import { layoutMindMap } from '../layout.ts';
import type { PlanFile } from '../planFile.ts';
import { PLAN_FILE_FORMAT, PLAN_FILE_VERSION } from '../planFile.ts';
import { createPlanBuilder } from './builder.ts';
import { addDays, addMonths, startOfMonth } from './dates.ts';
import { addAccountTeam, addBuyingCentre } from './people.ts';
import { addCompetition, addDashboard, addSwot, addTeamSupport } from './position.ts';
import { addGoalBuild, addNeeds } from './strategy.ts';

/** Name of the sample account. */
export const SAMPLE_ACCOUNT_NAME = 'Northwind Logistics';
/** Growth target of the sample plan. */
export const SAMPLE_GROWTH_TARGET = 2_000_000;

/** Options of the sample plan; `newId` lets tests make ids predictable. */
export interface SamplePlanOptions {
  newId?: () => string;
}

/**
 * A complete, realistic plan for a fictional strategic account, with dates relative to `today` (YYYY-MM-DD).
 * The same `today` always gives the same plan, apart from ids.
 */
export function buildSamplePlan(today: string, options: SamplePlanOptions = {}): PlanFile {
  const makeId = options.newId ?? newId;
  const timestamp = `${today}T09:00:00.000Z`;
  const renewalDate = addMonths(today, 4);
  const periodStart = startOfMonth(today);
  const periodEnd = addDays(addMonths(periodStart, 12), -1);
  const fiscalYear = `FY${periodEnd.slice(2, 4)}`;
  const accountId = makeId();
  const planId = makeId();

  const plan = createPlanBuilder(today, makeId);
  const root = plan.add('account', SAMPLE_ACCOUNT_NAME, null, {
    overview:
      'Northwind Logistics moves freight for retailers across North America and Europe: 1,400 trucks, ' +
      '38 depots and a growing cross-border business into the EU.',
    financialHealth: 'Revenue 4.8 B, up 6% last year; margins under pressure from fuel costs. Investment grade.',
    history:
      'Customer for six years on our route-planning platform. One escalation in year three, resolved by the ' +
      'delivery team; operations staff have been strong supporters since.',
  });
  addBuyingCentre(plan, root);
  addNeeds(plan, root);
  addGoalBuild(plan, root, SAMPLE_GROWTH_TARGET, { renewalDate, periodEnd });
  addAccountTeam(plan, root);
  addCompetition(plan, root);
  addSwot(plan, root);
  addTeamSupport(plan, root);
  addDashboard(plan, root, renewalDate);

  const positions = layoutMindMap(plan.nodes);
  const nodes = plan.nodes.map((node) => ({ ...node, position: positions.get(node.id) ?? node.position }));

  return {
    format: PLAN_FILE_FORMAT,
    version: PLAN_FILE_VERSION,
    account: {
      id: accountId,
      name: SAMPLE_ACCOUNT_NAME,
      industry: 'Freight and logistics',
      website: 'https://northwind-logistics.example',
      revenue: 4_800_000_000,
      revenueCurrency: 'USD',
      tier: 'strategic',
      tierCriteria: ['more-departments', 'growth-expected', 'would-hate-to-lose'],
      accountManager: 'Maya Chen',
      renewalDate,
      notes: 'Fictional sample account: explore the map, then export the plan document.',
      createdAt: timestamp,
      updatedAt: timestamp,
    },
    plan: {
      id: planId,
      accountId,
      title: `${SAMPLE_ACCOUNT_NAME} — ${fiscalYear} growth plan`,
      periodStart,
      periodEnd,
      growthTarget: SAMPLE_GROWTH_TARGET,
      currency: 'USD',
      status: 'active',
      createdAt: timestamp,
      updatedAt: timestamp,
    },
    nodes,
    edges: plan.edges,
    viewport: null,
    snapshots: [],
  };
}
