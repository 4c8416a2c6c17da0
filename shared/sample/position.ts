import type { NodeDataMap } from '../kinds/index.ts';
import type { PlanBuilder } from './builder.ts';
import { addDays } from './dates.ts';
import { TOP_GOAL } from './strategy.ts';

/** Competitors at the account and what each competes for. */
export function addCompetition(plan: PlanBuilder, root: string): void {
  const group = plan.add('topic', 'Competition', root, {}, { internal: true });
  plan.add('competitor', 'RouteMax Systems', group, {
    position: 'incumbent',
    strengths: 'Installed in every depot; deep integration with Northwind’s ERP; Tom Becker built it.',
    weaknesses: 'On-premise product reaching end of support in 2027; slow support tickets; no customs data.',
    threat: 'high',
    ourPosition: 'We win on cost per shipment and on the roadmap; we lose on switching effort.',
  });
  plan.add('competitor', 'FleetPulse', group, {
    position: 'challenger',
    strengths: 'Aggressive pricing; a modern driver app that operations staff like.',
    weaknesses: 'No EU customs coverage; a small services team with no EMEA presence.',
    threat: 'medium',
    ourPosition: 'Ahead on EMEA delivery capacity and references; behind on price.',
  });
  plan.link('competesFor', 'RouteMax Systems', 'Route-planning replacement RFP');
  plan.link('competesFor', 'RouteMax Systems', 'Tom Becker');
  plan.link('competesFor', 'FleetPulse', 'EMEA shipment visibility rollout');
}

/** A SWOT of our position with this customer, two entries per quadrant. */
export function addSwot(plan: PlanBuilder, root: string): void {
  const group = plan.add('topic', 'SWOT', root, {}, { internal: true });
  const entries: [NodeDataMap['swot']['quadrant'], string][] = [
    ['strength', 'Six-year delivery record with operations'],
    ['strength', 'Only vendor with integrated EU customs data'],
    ['weakness', 'Thin relationship with the CEO and the board'],
    ['weakness', 'EMEA implementation team is short-staffed'],
    ['opportunity', 'Route-planning system reaches end of support in 2027'],
    ['opportunity', 'New EU emissions reporting creates demand for analytics'],
    ['threat', 'RouteMax may offer a free upgrade to keep the contract'],
    ['threat', 'Budget freeze if freight volumes fall in Q3'],
  ];
  for (const [quadrant, text] of entries) plan.add('swot', text, group, { quadrant });
}

/** Internal commitments and external conditions the plan depends on. */
export function addTeamSupport(plan: PlanBuilder, root: string): void {
  const { today } = plan;
  const group = plan.add('topic', 'Team support', root);
  type Dependency = NodeDataMap['dependency'];
  const dependency = (label: string, scope: Dependency['scope'], area: Dependency['area'], owner: string, status: Dependency['status'], neededInDays: number | null, dependents: string[]) => {
    // Our internal commitments stay out of the customer edition; the conditions outside our control may show.
    plan.add('dependency', label, group, { scope, area, owner, status, dueDate: neededInDays === null ? null : addDays(today, neededInDays) }, { internal: scope === 'internal' });
    for (const dependent of dependents) plan.link('dependsOn', dependent, label);
  };
  dependency('Two EMEA implementation consultants from next quarter', 'internal', 'delivery', 'Grace Okafor', 'requested', 60, [
    'Pilot shipment visibility at three EMEA hubs',
  ]);
  dependency('Legal approval of the price-protection clause', 'internal', 'legal', 'Maya Chen', 'open', 75, [
    'Negotiate a three-year renewal with price protection',
  ]);
  dependency('Deal desk sign-off on the three-year discount', 'internal', 'finance', 'Nora Blake', 'committed', 40, ['Draft the multi-year pricing model']);
  dependency('Product commitment to an emissions analytics roadmap', 'internal', 'innovation', 'Erik Sandberg', 'at-risk', 90, [
    'Co-develop an emissions dashboard prototype with Lena’s team',
  ]);
  dependency('Freight volumes stay above the customer’s plan', 'external', 'market', 'Northwind', 'open', null, [TOP_GOAL]);
  dependency('Timing of the EU customs digitalisation rules', 'external', 'political', 'European Commission', 'open', null, [
    'Expand into EMEA operations',
  ]);
}

/** Milestones with targets and actuals for the performance dashboard (one is behind), plus the last review notes. */
export function addDashboard(plan: PlanBuilder, root: string, renewalDate: string): void {
  const { today } = plan;
  const group = plan.add('topic', 'Dashboard', root);
  const milestone = (label: string, metric: string, target: number, actual: number | null, dueDate: string, goal: string, adjustment = '') => {
    plan.add('milestone', label, group, { metric, target, actual, dueDate, adjustment });
    plan.link('measures', label, goal);
  };
  milestone('Qualified pipeline for the year', 'Qualified pipeline (USD)', 1_500_000, 1_650_000, addDays(today, -30), TOP_GOAL);
  milestone('In-depth coverage of key stakeholders', 'Stakeholders covered in depth', 6, 3, addDays(today, -10), TOP_GOAL,
    'Behind: add executive coverage of Sam Ortiz and Priya Raman before the RFP decision.');
  milestone('Renewal signed', 'Renewal value (USD)', 1_200_000, null, renewalDate, 'Renew the core platform contract');
  milestone('EMEA pilot hubs live', 'Hubs live', 3, 0, addDays(today, 150), 'Expand into EMEA operations');
  plan.add('topic', 'Last quarterly review', group, {
    text:
      'Pipeline is ahead of target but coverage is thin above the operations team. ' +
      'Agreed: executive sponsor meeting with the CEO, and a workshop to bring IT architecture on side.',
  });
}
