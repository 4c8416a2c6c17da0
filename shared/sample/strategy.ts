import type { NodeDataMap } from '../kinds/index.ts';
import type { PlanBuilder } from './builder.ts';
import { addDays, daysBetween } from './dates.ts';

/** Group of the customer's needs. */
export const CUSTOMER_NEEDS = 'Customer needs';
/** The top goal of the goal build. */
export const TOP_GOAL = 'Grow Northwind in signed annual value';

/** Dates the strategy hangs on. */
export interface StrategyDates {
  renewalDate: string;
  periodEnd: string;
}

/** The customer's top needs and who holds each. */
export function addNeeds(plan: PlanBuilder, root: string): void {
  plan.add('topic', CUSTOMER_NEEDS, root);
  type Need = NodeDataMap['need'];
  const need = (statement: string, priority: Need['priority'], category: Need['category'], roiMeasure: string, confirmed: boolean, holders: string[]) => {
    plan.add('need', statement, CUSTOMER_NEEDS, { priority, category, roiMeasure, confirmed });
    for (const holder of holders) plan.link('hasNeed', holder, statement);
  };
  need('Cut cost per shipment by 8% on European lanes', 'critical', 'business-goal', 'Cost per shipment per quarter', true, [
    'Dana Whitfield',
    'Helen Brandt',
  ]);
  need('Replace the route-planning system before its 2027 end of support', 'high', 'replacement', 'Planner hours saved and on-time departures', true, [
    'Priya Raman',
    'Tom Becker',
  ]);
  need('Real-time shipment visibility for the top 50 retail customers', 'high', 'initiative', 'SLA penalties avoided per quarter', true, [
    'Marcus Lee',
    'Aisha Karim',
  ]);
  need('Fewer manual customs documents at EU borders', 'medium', 'pain', 'Average border dwell time in hours', false, ['Ravi Patel', 'Marcus Lee']);
  need('Lower fleet emissions by 30% by 2030', 'medium', 'business-goal', 'CO2 per tonne-kilometre', false, ['Lena Fischer']);
}

/** The goal build (components add up to the growth target), its opportunities and the actions behind them. */
export function addGoalBuild(plan: PlanBuilder, root: string, growthTarget: number, dates: StrategyDates): void {
  const { today } = plan;
  plan.add('goal', TOP_GOAL, root, {
    metric: 'Signed annual contract value',
    target: growthTarget,
    achieved: 0,
    dueDate: dates.periodEnd,
    notes: 'Renewal plus two growth components; reviewed every quarter with the sales leader.',
  });
  const component = (label: string, target: number, dueDate: string, metric: string, needs: string[]) => {
    plan.add('goal', label, TOP_GOAL, { metric, target, achieved: 0, dueDate });
    for (const need of needs) plan.link('addresses', label, need);
  };
  plan.link('addresses', TOP_GOAL, 'Cut cost per shipment by 8% on European lanes');
  // 1.2 M + 0.5 M + 0.3 M = the 2.0 M growth target.
  component('Renew the core platform contract', 1_200_000, dates.renewalDate, 'Renewal value', [
    'Replace the route-planning system before its 2027 end of support',
  ]);
  component('Expand into EMEA operations', 500_000, addDays(today, 240), 'New EMEA annual value', [
    'Real-time shipment visibility for the top 50 retail customers',
    'Fewer manual customs documents at EU borders',
  ]);
  component('Launch the sustainability analytics line', 300_000, dates.periodEnd, 'New product annual value', [
    'Lower fleet emissions by 30% by 2030',
  ]);

  type Opportunity = NodeDataMap['opportunity'];
  const opportunity = (label: string, goal: string, type: Opportunity['type'], value: number, stage: Opportunity['stage'], closeDate: string, probability: number, needs: string[], notes: string) => {
    plan.add('opportunity', label, goal, { type, value, stage, closeDate, probability, notes });
    for (const need of needs) plan.link('addresses', label, need);
  };
  opportunity('Route-planning replacement RFP', 'Renew the core platform contract', 'respond', 1_200_000, 'propose', dates.renewalDate, 70,
    ['Replace the route-planning system before its 2027 end of support', 'Cut cost per shipment by 8% on European lanes'],
    'RFP issued by procurement; we were invited because of the renewal.');
  opportunity('EMEA shipment visibility rollout', 'Expand into EMEA operations', 'shape', 500_000, 'qualify', addDays(today, 200), 50,
    ['Real-time shipment visibility for the top 50 retail customers', 'Fewer manual customs documents at EU borders'],
    'Marcus is scoping the project; we are helping write the requirements.');
  opportunity('Fleet emissions dashboard pilot', 'Launch the sustainability analytics line', 'create', 300_000, 'identify', addDays(today, 300), 30,
    ['Lower fleet emissions by 30% by 2030'],
    'Our idea: reuse route data to report emissions per lane. Lena liked it; no budget yet.');

  type Action = NodeDataMap['action'];
  const action = (title: string, parent: string, owner: string, dueInDays: number, status: Action['status'], customerInput = '') => {
    const dueDate = addDays(today, dueInDays);
    const horizon: Action['horizon'] = daysBetween(today, dueDate) <= 90 ? '90-days' : '12-months';
    plan.add('action', title, parent, { owner, dueDate, status, horizon, customerInput });
    plan.link('achieves', title, parent);
  };
  const renewalInDays = daysBetween(today, dates.renewalDate);
  action('Book an executive sponsor meeting with Sam Ortiz', TOP_GOAL, 'Erik Sandberg', 45, 'not-started');
  action('Hold the quarterly plan review with the account team', TOP_GOAL, 'Maya Chen', 80, 'not-started');
  action('Confirm renewal scope and decision timeline with Dana', 'Renew the core platform contract', 'Maya Chen', 14, 'in-progress',
    'Dana asked for a one-page cost comparison before the board meeting.');
  action('Draft the multi-year pricing model', 'Renew the core platform contract', 'Nora Blake', 28, 'in-progress');
  action('Negotiate a three-year renewal with price protection', 'Renew the core platform contract', 'Maya Chen', renewalInDays - 10, 'not-started');
  action('Send the reference-customer case study to Tom', 'Route-planning replacement RFP', 'Luis Romero', -5, 'not-started');
  action('Run an architecture workshop with Priya and Tom', 'Route-planning replacement RFP', 'Luis Romero', 21, 'not-started');
  action('Submit the RFP response for route planning', 'Route-planning replacement RFP', 'Maya Chen', 35, 'not-started');
  action('Kick-off review with Helen on EMEA priorities', 'Expand into EMEA operations', 'Ben Novak', -20, 'done',
    'Helen named Marcus as the owner of the EMEA visibility project.');
  action('Extend coverage to the regional operations directors', 'Expand into EMEA operations', 'Ben Novak', 240, 'not-started');
  action('Map the EMEA depot rollout sequence with Marcus', 'EMEA shipment visibility rollout', 'Grace Okafor', 30, 'in-progress');
  action('Pilot shipment visibility at three EMEA hubs', 'EMEA shipment visibility rollout', 'Grace Okafor', 150, 'not-started');
  action('Qualify the sustainability budget with Dana', 'Launch the sustainability analytics line', 'Maya Chen', 60, 'not-started');
  action('Present the sustainability business case to the board', 'Launch the sustainability analytics line', 'Erik Sandberg', 200, 'not-started');
  action('Co-develop an emissions dashboard prototype with Lena’s team', 'Fleet emissions dashboard pilot', 'Luis Romero', 120, 'not-started');
}
